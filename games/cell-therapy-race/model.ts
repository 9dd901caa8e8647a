// Cell Therapy Race model: autologous CAR-T manufacturing for a few patients at once, advanced by fixed steps of
// 6 hours. Each patient's own cells go leukapheresis -> courier -> reception (identity check) -> activation -> gene
// transfer -> expansion -> QC release -> cryo-shipping -> infusion, sharing a few cleanroom suites and QC slots.
// The single source of truth for the game: the scene, the DOM controls and the describer read snapshot().
// Pure TypeScript with an injected seeded Random, so a seed and a list of actions replay exactly.

import type { Random } from '../../common/random/seededRandom';
import {
  ACTIVATION_DAYS,
  CONDITIONING_DAYS,
  COURIER_TO_PLANT_DAYS,
  CRYO_SHIPPING_DAYS,
  DELAYED_COURIER_EXTRA_DAYS,
  EXPANSION_DAYS,
  EXTRA_EXPANSION_DAYS,
  FRESH_WINDOW_DAYS,
  GENE_TRANSFER_DAYS,
  MAX_RUN_DAYS,
  QC_DAYS,
  QC_RETEST_DAYS,
  RECOLLECTION_DELAY_DAYS,
  RELABEL_DAYS,
  STEPS_PER_DAY,
  THAW_EXTRA_DAYS,
  daysToSteps,
} from './constants';
import { LEVEL_RULES, type CellTherapyLevel, type EventKind, type LevelRules } from './levels';

/** Where a patient's cells are. "ready*" stages wait for the player; the others run on their own until endsAt. */
export type Stage =
  | 'awaitingCollection'
  | 'toPlant'
  | 'reception'
  | 'accepted'
  | 'frozen'
  | 'activation'
  | 'readyGeneTransfer'
  | 'geneTransfer'
  | 'readyExpansion'
  | 'expansion'
  | 'expansionLow'
  | 'readyQc'
  | 'qc'
  | 'qcOutOfSpec'
  | 'released'
  | 'shipping'
  | 'atHospital'
  | 'infused';

/** The manufacturing steps in order, for the timeline and for "no step out of order". */
export const PROCESS_STEPS = ['collection', 'activation', 'geneTransfer', 'expansion', 'qc', 'shipping', 'infusion'] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** Everything a player can ask for. Each is refused (returns false) when not allowed right now. */
export type ActionId =
  | 'acceptBag'
  | 'sendBagBack'
  | 'freezeBag'
  | 'startActivation'
  | 'startGeneTransfer'
  | 'startExpansion'
  | 'extendExpansion'
  | 'sendToQc'
  | 'retestQc'
  | 'ship'
  | 'infuse';

export interface PatientState {
  readonly index: number;
  /** The patient's chain-of-identity code (printed on every bag of their cells). Random digits, no personal data. */
  readonly code: string;
  /** The code actually printed on the bag now at the plant (differs from code when mislabelled). */
  readonly bagLabel: string;
  readonly stage: Stage;
  /** Step at which the current automatic stage ends (or the fresh bag expires), null when waiting for the player. */
  readonly endsAt: number | null;
  /** Step of the first leukapheresis: vein-to-vein time counts from here. */
  readonly firstCollectionAt: number;
  /** Step of the (next) leukapheresis. */
  readonly collectionAt: number;
  /** Step the product was shipped (conditioning starts then), or null. */
  readonly shippedAt: number | null;
  readonly infusedAt: number | null;
  readonly suite: number | null;
  readonly qcSlot: number | null;
  readonly frozenBag: boolean;
  /** Seeded events still to happen to this patient. */
  readonly pendingEvents: readonly EventKind[];
  /** Events that have happened (for the describer and results). */
  readonly eventsSeen: readonly EventKind[];
  /** Completed steps, in the order they were done (for "no step out of order" and the timeline). */
  readonly completedSteps: readonly ProcessStep[];
  /** Step intervals of each manufacturing step, for the timeline drawing. */
  readonly timeline: readonly TimelineBar[];
}

export interface TimelineBar {
  readonly step: ProcessStep | 'waiting';
  readonly from: number;
  readonly to: number | null;
}

export type LogEntryKind =
  | 'collected'
  | 'bagArrived'
  | 'identityRefused'
  | 'bagAccepted'
  | 'bagSentBack'
  | 'bagFrozen'
  | 'bagExpired'
  | 'stepStarted'
  | 'stepDone'
  | 'expansionLow'
  | 'qcOutOfSpec'
  | 'qcPassed'
  | 'courierDelayed'
  | 'arrivedAtHospital'
  | 'infused';

export interface LogEntry {
  readonly at: number;
  readonly patient: number;
  readonly kind: LogEntryKind;
}

export interface CellTherapySnapshot {
  readonly level: CellTherapyLevel;
  readonly step: number;
  readonly patients: readonly PatientState[];
  /** suites[i] = index of the patient in suite i, or null when free. */
  readonly suites: readonly (number | null)[];
  readonly qcSlots: readonly (number | null)[];
  /** Times the barcode check refused a bag whose label did not match its patient. */
  readonly identityAlarms: number;
  /** Bags accepted for the wrong patient. The model refuses every such bag, so this stays 0 by construction. */
  readonly identityMixUps: number;
  readonly expiredBags: number;
  readonly finished: boolean;
  readonly log: readonly LogEntry[];
}

export interface CellTherapyOptions {
  readonly level: CellTherapyLevel;
  readonly random: Random;
}

type MutablePatient = { -readonly [K in keyof PatientState]: PatientState[K] } & {
  pendingEvents: EventKind[];
  eventsSeen: EventKind[];
  completedSteps: ProcessStep[];
  timeline: TimelineBar[];
};

/** Steps that occupy a cleanroom suite. */
const SUITE_STAGES: readonly Stage[] = ['activation', 'readyGeneTransfer', 'geneTransfer', 'readyExpansion', 'expansion', 'expansionLow'];
const QC_STAGES: readonly Stage[] = ['qc', 'qcOutOfSpec'];
/** Stages in which the player has something to do for this patient. */
const WAITING_FOR_PLAYER: readonly Stage[] = ['reception', 'accepted', 'frozen', 'readyGeneTransfer', 'readyExpansion', 'expansionLow', 'readyQc', 'qcOutOfSpec', 'released', 'atHospital'];

export function patientCode(random: Random, taken: ReadonlySet<string>): string {
  for (;;) {
    const digits = String(random.int(1000, 9999));
    // Two different middle digits, so a swapped label is always visibly different.
    if (digits[1] === digits[2] || taken.has(digits)) continue;
    return `CT-${digits}`;
  }
}

/** The typical chain-of-identity slip: two digits swapped. */
export function swappedLabel(code: string): string {
  const chars = code.split('');
  const [a, b] = [chars[4], chars[5]];
  chars[4] = b ?? '';
  chars[5] = a ?? '';
  return chars.join('');
}

export class CellTherapyModel {
  readonly level: CellTherapyLevel;
  readonly rules: LevelRules;
  private step = 0;
  private readonly patients: MutablePatient[];
  private readonly suites: (number | null)[];
  private readonly qcSlots: (number | null)[];
  private identityAlarms = 0;
  private expiredBags = 0;
  private readonly log: LogEntry[] = [];
  private finished = false;

  constructor(options: CellTherapyOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    const { random } = options;
    const codes = new Set<string>();
    this.patients = [];
    for (let index = 0; index < this.rules.patients; index++) {
      const code = patientCode(random, codes);
      codes.add(code);
      const collectionAt = daysToSteps(index * this.rules.collectionIntervalDays);
      this.patients.push({
        index,
        code,
        bagLabel: code,
        stage: 'awaitingCollection',
        endsAt: collectionAt,
        firstCollectionAt: collectionAt,
        collectionAt,
        shippedAt: null,
        infusedAt: null,
        suite: null,
        qcSlot: null,
        frozenBag: false,
        pendingEvents: [],
        eventsSeen: [],
        completedSteps: [],
        timeline: [],
      });
    }
    // Each seeded event goes to a different patient (shuffled order), never to the very first one for the
    // mislabelled bag, so the player has seen one normal reception first.
    const order = this.patients.map((patient) => patient.index);
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const firstNonZero = order.findIndex((index) => index !== 0);
    if (order[0] === 0 && firstNonZero > 0) [order[0], order[firstNonZero]] = [order[firstNonZero] as number, 0];
    this.rules.events.forEach((event, i) => {
      const patient = this.patients[order[i % order.length] as number];
      patient?.pendingEvents.push(event);
    });
    this.suites = Array.from({ length: this.rules.suites }, () => null);
    this.qcSlots = Array.from({ length: this.rules.qcSlots }, () => null);
    this.advanceTimers();
  }

  get currentStep(): number {
    return this.step;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  snapshot(): CellTherapySnapshot {
    return {
      level: this.level,
      step: this.step,
      patients: this.patients.map((patient) => ({
        ...patient,
        pendingEvents: [...patient.pendingEvents],
        eventsSeen: [...patient.eventsSeen],
        completedSteps: [...patient.completedSteps],
        timeline: patient.timeline.map((bar) => ({ ...bar })),
      })),
      suites: [...this.suites],
      qcSlots: [...this.qcSlots],
      identityAlarms: this.identityAlarms,
      identityMixUps: 0,
      expiredBags: this.expiredBags,
      finished: this.finished,
      log: [...this.log],
    };
  }

  /** Advances one fixed step (6 hours). */
  advance(): void {
    if (this.finished) return;
    this.step += 1;
    this.advanceTimers();
    if (this.patients.every((patient) => patient.stage === 'infused') || this.step >= daysToSteps(MAX_RUN_DAYS)) {
      this.finished = true;
      for (const patient of this.patients) this.closeBar(patient);
    }
  }

  /** Whether the action is allowed for this patient right now (the buttons' enabled state). */
  canPerform(patientIndex: number, action: ActionId): boolean {
    const patient = this.patients[patientIndex];
    if (!patient || this.finished) return false;
    switch (action) {
      case 'acceptBag':
      case 'sendBagBack':
        return patient.stage === 'reception';
      case 'freezeBag':
        return patient.stage === 'accepted';
      case 'startActivation':
        return (patient.stage === 'accepted' || patient.stage === 'frozen') && this.suites.includes(null);
      case 'startGeneTransfer':
        return patient.stage === 'readyGeneTransfer';
      case 'startExpansion':
        return patient.stage === 'readyExpansion';
      case 'extendExpansion':
        return patient.stage === 'expansionLow';
      case 'sendToQc':
        return patient.stage === 'readyQc' && this.qcSlots.includes(null);
      case 'retestQc':
        return patient.stage === 'qcOutOfSpec';
      case 'ship':
        return patient.stage === 'released';
      case 'infuse':
        return patient.stage === 'atHospital' && patient.shippedAt !== null && this.step >= patient.shippedAt + daysToSteps(CONDITIONING_DAYS);
    }
  }

  /** The main next step of every patient, in patient order (null where the player has nothing to do). */
  primaryActions(): (ActionId | null)[] {
    return this.patients.map((_, index) => this.primaryAction(index));
  }

  /** The second choice of every patient, in patient order. */
  secondaryActions(): (ActionId | null)[] {
    return this.patients.map((_, index) => this.secondaryAction(index));
  }

  /** The player's main action for a patient now (the one the big button and the canvas tap do), if any. */
  primaryAction(patientIndex: number): ActionId | null {
    const patient = this.patients[patientIndex];
    if (!patient) return null;
    const byStage: Partial<Record<Stage, ActionId>> = {
      reception: 'acceptBag',
      accepted: 'startActivation',
      frozen: 'startActivation',
      readyGeneTransfer: 'startGeneTransfer',
      readyExpansion: 'startExpansion',
      expansionLow: 'extendExpansion',
      readyQc: 'sendToQc',
      qcOutOfSpec: 'retestQc',
      released: 'ship',
      atHospital: 'infuse',
    };
    return byStage[patient.stage] ?? null;
  }

  /** The second choice some stages offer: send a bag back to be relabelled, or freeze a fresh bag. */
  secondaryAction(patientIndex: number): ActionId | null {
    const stage = this.patients[patientIndex]?.stage;
    if (stage === 'reception') return 'sendBagBack';
    if (stage === 'accepted') return 'freezeBag';
    return null;
  }

  /** True when the player has something to do for this patient (even if a suite or QC slot is still busy). */
  isWaitingForPlayer(patientIndex: number): boolean {
    const patient = this.patients[patientIndex];
    return patient !== undefined && WAITING_FOR_PLAYER.includes(patient.stage);
  }

  /**
   * Does the action; returns false and changes nothing when it is not allowed. The one exception is accepting a bag
   * whose label does not match its patient: the barcode check refuses it and counts an identity alarm.
   */
  perform(patientIndex: number, action: ActionId): boolean {
    const patient = this.patients[patientIndex];
    if (!patient || this.finished) return false;
    if (action === 'acceptBag' && patient.stage === 'reception' && patient.bagLabel !== patient.code) {
      this.identityAlarms += 1;
      this.record(patient, 'identityRefused');
      return false;
    }
    if (!this.canPerform(patientIndex, action)) return false;
    switch (action) {
      case 'acceptBag':
        patient.stage = 'accepted';
        // The fresh-bag window keeps running from the bag's arrival (endsAt was set then).
        this.record(patient, 'bagAccepted');
        break;
      case 'sendBagBack':
        patient.stage = 'toPlant';
        patient.endsAt = this.step + daysToSteps(RELABEL_DAYS);
        patient.bagLabel = patient.code;
        this.record(patient, 'bagSentBack');
        break;
      case 'freezeBag':
        patient.stage = 'frozen';
        patient.frozenBag = true;
        patient.endsAt = null;
        this.record(patient, 'bagFrozen');
        break;
      case 'startActivation': {
        const suite = this.suites.indexOf(null);
        this.suites[suite] = patient.index;
        patient.suite = suite;
        this.startStep(patient, 'activation', 'activation', ACTIVATION_DAYS + (patient.frozenBag ? THAW_EXTRA_DAYS : 0));
        break;
      }
      case 'startGeneTransfer':
        this.startStep(patient, 'geneTransfer', 'geneTransfer', GENE_TRANSFER_DAYS);
        break;
      case 'startExpansion':
        this.startStep(patient, 'expansion', 'expansion', EXPANSION_DAYS);
        break;
      case 'extendExpansion':
        this.startStep(patient, 'expansion', 'expansion', EXTRA_EXPANSION_DAYS);
        break;
      case 'sendToQc': {
        const slot = this.qcSlots.indexOf(null);
        this.qcSlots[slot] = patient.index;
        patient.qcSlot = slot;
        this.startStep(patient, 'qc', 'qc', QC_DAYS);
        break;
      }
      case 'retestQc':
        this.startStep(patient, 'qc', 'qc', QC_RETEST_DAYS);
        break;
      case 'ship': {
        const delayed = this.takeEvent(patient, 'delayedCourier');
        patient.shippedAt = this.step;
        this.startStep(patient, 'shipping', 'shipping', CRYO_SHIPPING_DAYS + (delayed ? DELAYED_COURIER_EXTRA_DAYS : 0));
        if (delayed) this.record(patient, 'courierDelayed');
        break;
      }
      case 'infuse':
        this.closeBar(patient);
        patient.stage = 'infused';
        patient.endsAt = null;
        patient.infusedAt = this.step;
        patient.completedSteps.push('infusion');
        patient.timeline.push({ step: 'infusion', from: this.step, to: this.step });
        this.record(patient, 'infused');
        break;
    }
    return true;
  }

  private startStep(patient: MutablePatient, stage: Stage, step: ProcessStep, days: number): void {
    this.closeBar(patient);
    patient.stage = stage;
    patient.endsAt = this.step + daysToSteps(days);
    patient.timeline.push({ step, from: this.step, to: null });
    this.record(patient, 'stepStarted');
  }

  private wait(patient: MutablePatient, stage: Stage): void {
    this.closeBar(patient);
    patient.stage = stage;
    patient.endsAt = null;
    patient.timeline.push({ step: 'waiting', from: this.step, to: null });
  }

  private closeBar(patient: MutablePatient): void {
    const last = patient.timeline[patient.timeline.length - 1];
    if (last && last.to === null) patient.timeline[patient.timeline.length - 1] = { ...last, to: this.step };
  }

  private takeEvent(patient: MutablePatient, event: EventKind): boolean {
    const at = patient.pendingEvents.indexOf(event);
    if (at < 0) return false;
    patient.pendingEvents.splice(at, 1);
    patient.eventsSeen.push(event);
    return true;
  }

  private complete(patient: MutablePatient, step: ProcessStep): void {
    patient.completedSteps.push(step);
    this.record(patient, 'stepDone');
  }

  private record(patient: MutablePatient, kind: LogEntryKind): void {
    this.log.push({ at: this.step, patient: patient.index, kind });
  }

  /** Runs every automatic transition that is due at the current step. */
  private advanceTimers(): void {
    for (const patient of this.patients) {
      if (patient.endsAt === null || this.step < patient.endsAt) continue;
      switch (patient.stage) {
        case 'awaitingCollection':
          // Leukapheresis at the hospital; the fresh bag leaves for the plant at once.
          this.closeBar(patient);
          patient.collectionAt = this.step;
          if (!patient.completedSteps.includes('collection')) patient.completedSteps.push('collection');
          patient.timeline.push({ step: 'collection', from: this.step, to: null });
          patient.stage = 'toPlant';
          patient.endsAt = this.step + daysToSteps(COURIER_TO_PLANT_DAYS);
          patient.bagLabel = this.takeEvent(patient, 'mislabelledBag') ? swappedLabel(patient.code) : patient.code;
          this.record(patient, 'collected');
          break;
        case 'toPlant':
          this.wait(patient, 'reception');
          // The fresh-bag clock starts on arrival.
          patient.endsAt = this.step + daysToSteps(FRESH_WINDOW_DAYS);
          this.record(patient, 'bagArrived');
          break;
        case 'reception':
        case 'accepted':
          // Too late for fresh cells: the hospital books a new collection.
          this.expiredBags += 1;
          this.record(patient, 'bagExpired');
          this.closeBar(patient);
          patient.stage = 'awaitingCollection';
          patient.bagLabel = patient.code;
          patient.endsAt = this.step + daysToSteps(RECOLLECTION_DELAY_DAYS);
          patient.timeline.push({ step: 'waiting', from: this.step, to: null });
          break;
        case 'activation':
          this.complete(patient, 'activation');
          this.wait(patient, 'readyGeneTransfer');
          break;
        case 'geneTransfer':
          this.complete(patient, 'geneTransfer');
          this.wait(patient, 'readyExpansion');
          break;
        case 'expansion':
          if (this.takeEvent(patient, 'failedExpansion')) {
            this.record(patient, 'expansionLow');
            this.wait(patient, 'expansionLow');
            break;
          }
          this.complete(patient, 'expansion');
          // Harvested, formulated and frozen: the suite is free for the next patient.
          this.freeSuite(patient);
          this.wait(patient, 'readyQc');
          break;
        case 'qc':
          if (this.takeEvent(patient, 'qcOutOfSpec')) {
            this.record(patient, 'qcOutOfSpec');
            this.wait(patient, 'qcOutOfSpec');
            break;
          }
          this.complete(patient, 'qc');
          this.freeQcSlot(patient);
          this.record(patient, 'qcPassed');
          this.wait(patient, 'released');
          break;
        case 'shipping':
          this.complete(patient, 'shipping');
          this.record(patient, 'arrivedAtHospital');
          this.wait(patient, 'atHospital');
          break;
        default:
          break;
      }
    }
  }

  private freeSuite(patient: MutablePatient): void {
    if (patient.suite !== null) this.suites[patient.suite] = null;
    patient.suite = null;
  }

  private freeQcSlot(patient: MutablePatient): void {
    if (patient.qcSlot !== null) this.qcSlots[patient.qcSlot] = null;
    patient.qcSlot = null;
  }
}

export function isInSuite(stage: Stage): boolean {
  return SUITE_STAGES.includes(stage);
}

export function isInQc(stage: Stage): boolean {
  return QC_STAGES.includes(stage);
}

/** Vein-to-vein time in days (first collection to infusion), null until infused. */
export function veinToVeinDays(patient: PatientState): number | null {
  return patient.infusedAt === null ? null : (patient.infusedAt - patient.firstCollectionAt) / STEPS_PER_DAY;
}

/** Days since the patient's first collection (for patients still waiting). */
export function daysWaiting(patient: PatientState, step: number): number {
  return Math.max(0, (Math.min(step, patient.infusedAt ?? step) - patient.firstCollectionAt) / STEPS_PER_DAY);
}

export function currentDay(snapshot: CellTherapySnapshot): number {
  return Math.floor(snapshot.step / STEPS_PER_DAY);
}

/** Fraction of the whole job done, 0..1: infused patients plus progress through the steps. */
export function runProgress(snapshot: CellTherapySnapshot): number {
  const total = snapshot.patients.length * PROCESS_STEPS.length;
  const done = snapshot.patients.reduce((sum, patient) => sum + patient.completedSteps.length, 0);
  return total === 0 ? 1 : Math.min(1, done / total);
}
