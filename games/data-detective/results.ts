// What the results screen shows after Data Detective: the score, the stars, the lessons, the batches caught and the
// player's and the trained model's precision and recall (pure; the translation and the number format are passed in).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import { percent } from './describer';
import type { DataDetectiveSnapshot } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

export function dataDetectiveResult(snapshot: DataDetectiveSnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluateRun(snapshot);
  const summaryLines = [
    t('results.batches', { caught: evaluation.caught, faulty: evaluation.faultyBatches, released: evaluation.released }),
    t('results.falseAlarms', { alarms: evaluation.falseAlarms }),
    t('results.player', { precision: percent(evaluation.playerPrecision, formatNumber), recall: percent(evaluation.playerRecall, formatNumber) }),
    t('results.labels', { right: evaluation.labelsRight, total: evaluation.labels }),
    t('results.model', { precision: percent(evaluation.modelPrecision ?? 0, formatNumber), recall: percent(evaluation.modelRecall ?? 0, formatNumber) }),
    t('results.meaning'),
  ];
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines };
}
