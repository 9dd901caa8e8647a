// What the results screen shows after Pipette Pro: the score, the stars, the lessons, and the series tube by tube
// against its target, with accuracy and precision beside the ISO 8655-2 limits (pure; t and the number format are
// passed in).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import { QC_TOLERANCE } from './constants';
import { formatConcentration } from './describer';
import type { PipetteSnapshot } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

export function pipetteResult(snapshot: PipetteSnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluateRun(snapshot);
  const { quality } = evaluation;
  const percent = (fraction: number, digits = 1): string => formatNumber(fraction * 100, digits);
  const summaryLines = [
    t('results.choices', { right: evaluation.rightChoices, total: evaluation.choices }),
    ...snapshot.tubes.map((tube, index) =>
      t('results.tube', { tube: index + 1, value: formatConcentration(tube.concentration, formatNumber), target: formatConcentration(tube.target, formatNumber) }),
    ),
    t('results.accuracy', { value: percent(quality.systematic), limit: percent(quality.systematicLimit) }),
    t('results.precision', { value: percent(quality.cv), limit: percent(quality.randomLimit) }),
    t(quality.withinIso ? 'results.isoPass' : 'results.isoFail'),
    t(evaluation.withinQc ? 'results.qcPass' : 'results.qcFail', { error: percent(quality.finalError, 0), tolerance: percent(QC_TOLERANCE, 0) }),
  ];
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines };
}
