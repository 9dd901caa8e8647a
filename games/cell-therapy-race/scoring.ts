// Turns a finished run into the game's result: vein-to-vein days per patient against the real medians, patients
// treated, identity alarms, stars and score. Pure functions of the model snapshot.

import type { Stars } from '../sdk/types';
import { REAL_MEDIANS, THREE_STAR_MEAN_DAYS, TWO_STAR_MEAN_DAYS } from './constants';
import { veinToVeinDays, type CellTherapySnapshot } from './model';

export interface RunEvaluation {
  /** Vein-to-vein days per patient, null for a patient not treated before the run ended. */
  readonly veinToVein: readonly (number | null)[];
  readonly treated: number;
  readonly patients: number;
  /** Mean vein-to-vein days of the treated patients, null when nobody was treated. */
  readonly meanDays: number | null;
  readonly fastestDays: number | null;
  /** Treated patients faster than the US axi-cel median (27 days). */
  readonly fasterThanBestMedian: number;
  readonly identityAlarms: number;
  readonly identityMixUps: number;
  readonly expiredBags: number;
  readonly stars: Stars;
  readonly score: number;
}

/** Points per treated patient, plus up to this many for each day under the slowest real median. */
const POINTS_PER_PATIENT = 100;
const POINTS_PER_DAY_SAVED = 10;
const POINTS_PER_ALARM = 50;

export function evaluateRun(snapshot: CellTherapySnapshot): RunEvaluation {
  const veinToVein = snapshot.patients.map(veinToVeinDays);
  const treatedDays = veinToVein.filter((days): days is number => days !== null);
  const treated = treatedDays.length;
  const meanDays = treated === 0 ? null : treatedDays.reduce((sum, days) => sum + days, 0) / treated;
  const allTreated = treated === snapshot.patients.length;
  let stars: Stars = 0;
  if (meanDays !== null) {
    if (allTreated && meanDays <= THREE_STAR_MEAN_DAYS) stars = 3;
    else if (allTreated && meanDays <= TWO_STAR_MEAN_DAYS) stars = 2;
    else stars = 1;
  }
  // An identity alarm means a wrong bag nearly went in: never three stars with one.
  if (snapshot.identityAlarms > 0 && stars === 3) stars = 2;
  const daysSaved = treatedDays.reduce((sum, days) => sum + Math.max(0, REAL_MEDIANS.tisaCel - days), 0);
  const score = Math.max(0, Math.round(treated * POINTS_PER_PATIENT + daysSaved * POINTS_PER_DAY_SAVED - snapshot.identityAlarms * POINTS_PER_ALARM));
  return {
    veinToVein,
    treated,
    patients: snapshot.patients.length,
    meanDays,
    fastestDays: treated === 0 ? null : Math.min(...treatedDays),
    fasterThanBestMedian: treatedDays.filter((days) => days <= REAL_MEDIANS.axiCelUs).length,
    identityAlarms: snapshot.identityAlarms,
    identityMixUps: snapshot.identityMixUps,
    expiredBags: snapshot.expiredBags,
    stars,
    score,
  };
}

/** Two or three "what you learned" keys, chosen from what happened in this run. */
export function learnedKeysFor(snapshot: CellTherapySnapshot, evaluation: RunEvaluation): string[] {
  const keys = ['learned.autologous', 'learned.speed'];
  if (evaluation.identityAlarms > 0 || snapshot.patients.some((patient) => patient.eventsSeen.includes('mislabelledBag'))) keys.push('learned.identity');
  else if (evaluation.expiredBags > 0) keys.push('learned.coldChain');
  else keys.push('learned.quality');
  return keys;
}
