// What the results screen shows after a harvest: the score, the stars, the lessons and the harvest's figures in
// sentences (pure; the translation and the number format are passed in).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import type { BioreactorSnapshot } from './model';
import { evaluateHarvest, learnedKeysFor } from './scoring';

export function harvestSummary(snapshot: BioreactorSnapshot, t: Translate, formatNumber: FormatNumber): string[] {
  const evaluation = evaluateHarvest(snapshot);
  const summaryLines = [
    t('results.titre', { value: formatNumber(evaluation.titre, 2) }),
    t('results.peakCells', { value: formatNumber(evaluation.peakViableCellDensity / 1e6, 1) }),
    t('results.viability', { value: formatNumber(evaluation.viability * 100, 0) }),
    t('results.harvestDay', { day: evaluation.harvestDay }),
  ];
  if (!evaluation.viabilityPassed) summaryLines.push(t('results.viabilityTooLow'));
  if (evaluation.qualityHold) summaryLines.push(t('results.qualityHold'));
  return summaryLines;
}

export function bioreactorResult(snapshot: BioreactorSnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluateHarvest(snapshot);
  return {
    score: evaluation.score,
    stars: evaluation.stars,
    completed: true,
    learnedKeys: learnedKeysFor(snapshot, evaluation),
    summaryLines: harvestSummary(snapshot, t, formatNumber),
  };
}
