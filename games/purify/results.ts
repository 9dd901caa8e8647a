// What the results screen shows after a purification: the score, the stars, the lessons and the batch's figures in
// sentences (pure; the translation and the number format are passed in).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import type { PurifySnapshot } from './model';
import { evaluate, learnedKeysFor } from './scoring';

export function purifyResult(snapshot: PurifySnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluate(snapshot);
  const summaryLines = [
    t('results.yield', { value: formatNumber(evaluation.overallYield * 100, 0) }),
    t('results.hcp', { value: formatNumber(evaluation.hcpPpm, 0) }),
    t('results.aggregates', { value: formatNumber(evaluation.aggregatePct, 1) }),
    t('results.virus', { value: formatNumber(evaluation.virusLrv, 1) }),
    t('results.cycles', { cycles: evaluation.captureCycles }),
    ...evaluation.failedTests.map((test) => t(`results.failed.${test}`)),
  ];
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(evaluation, snapshot.history), summaryLines };
}
