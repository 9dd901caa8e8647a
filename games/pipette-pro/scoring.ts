// Turns a finished series into the game's result: the right choices, the series' accuracy and precision against the
// ISO 8655-2 limits, the last tube against the QC test's tolerance, stars and score. Pure functions of the snapshot.

import type { Stars } from '../sdk/types';
import { POINTS_ISO, POINTS_PER_RIGHT_CHOICE, POINTS_QC, QC_TOLERANCE } from './constants';
import type { PipetteSnapshot } from './model';
import { seriesQuality, type SeriesQuality } from './series';

export interface RunEvaluation {
  readonly quality: SeriesQuality;
  readonly rightChoices: number;
  readonly choices: number;
  readonly withinQc: boolean;
  readonly stars: Stars;
  readonly score: number;
}

/** Half the QC tolerance's worth of error five times over: the series is no use at all (no star). */
const USELESS_ERROR = 5 * QC_TOLERANCE;

export function evaluateRun(snapshot: PipetteSnapshot): RunEvaluation {
  const quality = snapshot.quality ?? seriesQuality(snapshot.tubes, snapshot.rules.diluentUl);
  const rightChoices = snapshot.choices.filter((choice) => choice.right).length;
  const withinQc = Math.abs(quality.finalError) <= QC_TOLERANCE;
  // Three stars: inside the ISO limits (any one mistake breaks them); two: the QC test still gets a usable tube.
  const stars: Stars = quality.withinIso ? 3 : withinQc ? 2 : Math.abs(quality.finalError) <= USELESS_ERROR ? 1 : 0;
  const score = rightChoices * POINTS_PER_RIGHT_CHOICE + (quality.withinIso ? POINTS_ISO : 0) + (withinQc ? POINTS_QC : 0);
  return { quality, rightChoices, choices: snapshot.choices.length, withinQc, stars, score };
}

/** The lessons for this run: always the dilution arithmetic, then what mattered most in the player's series. */
export function learnedKeysFor(snapshot: PipetteSnapshot, evaluation: RunEvaluation): string[] {
  const keys = ['learned.dilution'];
  const wrong = new Set(snapshot.choices.filter((choice) => !choice.right).map((choice) => choice.step));
  if (wrong.has('mix') || wrong.has('tip')) keys.push('learned.mixAndTips');
  else if (wrong.size > 0) keys.push('learned.technique');
  else keys.push('learned.accuracy');
  keys.push(evaluation.withinQc ? 'learned.qcRelease' : 'learned.qcRisk');
  return keys;
}
