// Turns the model's state into short sentences: a status line per patient card, the news of what just happened
// (for the aria-live region and the advice line), and a full status reading on request. Pure: translation and
// number formatting are passed in, so the same code serves every language and the unit tests.

import type { FormatNumber, Translate } from '../sdk/types';
import { CONDITIONING_DAYS, STEPS_PER_DAY, daysToSteps } from './constants';
import { currentDay, daysWaiting, type CellTherapySnapshot, type LogEntry, type PatientState } from './model';

/** Spells a code digit by digit for screen readers ("CT-4172" -> "C T 4 1 7 2"), so a swapped pair is audible. */
export function spellCode(code: string): string {
  return code.replace('-', '').split('').join(' ');
}

/** Whole days (rounded up) until the patient's current automatic stage ends, or null. */
export function daysLeft(patient: PatientState, step: number): number | null {
  if (patient.endsAt === null) return null;
  return Math.max(0, Math.ceil((patient.endsAt - step) / STEPS_PER_DAY));
}

/** The patient's status for their card: the stage, and how long it still takes when it runs on its own. */
export function patientStatus(patient: PatientState, snapshot: CellTherapySnapshot, t: Translate): string {
  let stage = t(`stage.${patient.stage}`);
  if (patient.stage === 'atHospital' && patient.shippedAt !== null) {
    const readyAt = patient.shippedAt + daysToSteps(CONDITIONING_DAYS);
    if (snapshot.step < readyAt) stage = t('stage.conditioning');
  }
  const left = daysLeft(patient, snapshot.step);
  const freshBag = patient.stage === 'reception' || patient.stage === 'accepted';
  if (left === null || patient.stage === 'infused') return stage;
  return `${stage} ${t(freshBag ? 'status.freshLeft' : 'status.daysLeft', { days: left })}`;
}

export function patientName(patient: PatientState, t: Translate): string {
  return t('patient.name', { number: patient.index + 1 });
}

/** One sentence for a log entry, for the live region. */
export function describeLogEntry(entry: LogEntry, snapshot: CellTherapySnapshot, t: Translate): string {
  const patient = snapshot.patients[entry.patient];
  if (!patient) return '';
  return t(`log.${entry.kind}`, {
    patient: patientName(patient, t),
    code: patient.code,
    label: patient.bagLabel,
    spokenCode: spellCode(patient.code),
    spokenLabel: spellCode(patient.bagLabel),
  });
}

/** Log kinds worth announcing (the others are routine and would flood the live region). */
const ANNOUNCED: ReadonlySet<LogEntry['kind']> = new Set([
  'bagArrived',
  'identityRefused',
  'bagExpired',
  'expansionLow',
  'qcOutOfSpec',
  'qcPassed',
  'courierDelayed',
  'arrivedAtHospital',
  'infused',
]);

/** Sentences for the entries added since the last announcement (at most maxEntries, newest kept). */
export function describeNews(entries: readonly LogEntry[], snapshot: CellTherapySnapshot, t: Translate, maxEntries = 3): string {
  return entries
    .filter((entry) => ANNOUNCED.has(entry.kind))
    .slice(-maxEntries)
    .map((entry) => describeLogEntry(entry, snapshot, t))
    .join(' ');
}

/** A full reading: day, free suites and QC slots, and every patient's status with their code. */
export function describeStatus(snapshot: CellTherapySnapshot, t: Translate, formatNumber: FormatNumber): string {
  const freeSuites = snapshot.suites.filter((suite) => suite === null).length;
  const freeQc = snapshot.qcSlots.filter((slot) => slot === null).length;
  const sentences = [
    t('describe.day', { day: currentDay(snapshot) }),
    t('describe.resources', { suites: freeSuites, suitesTotal: snapshot.suites.length, qc: freeQc, qcTotal: snapshot.qcSlots.length }),
  ];
  for (const patient of snapshot.patients) {
    const waited = formatNumber(daysWaiting(patient, snapshot.step), 0);
    const started = patient.stage !== 'awaitingCollection' || patient.completedSteps.includes('collection');
    sentences.push(
      t(started ? 'describe.patient' : 'describe.patientLater', {
        patient: patientName(patient, t),
        code: spellCode(patient.code),
        status: patientStatus(patient, snapshot, t),
        days: waited,
      }),
    );
  }
  return sentences.join(' ');
}

/** The patients the player should act for now, most urgent first (fresh bags, then anything waiting longest). */
export function patientsNeedingAction(snapshot: CellTherapySnapshot, canAct: (patient: number) => boolean): number[] {
  const urgency = (patient: PatientState): number => (patient.stage === 'reception' || patient.stage === 'accepted' ? 0 : 1);
  return snapshot.patients
    .filter((patient) => canAct(patient.index))
    .sort((a, b) => urgency(a) - urgency(b) || a.firstCollectionAt - b.firstCollectionAt)
    .map((patient) => patient.index);
}
