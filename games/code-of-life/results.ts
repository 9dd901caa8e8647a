// What the results screen shows after a Code of Life run: the score, the stars, the lessons and the run in sentences
// (pure; the translation is passed in).

import type { GameResult, Translate } from '../sdk/types';
import type { CodeOfLifeSnapshot } from './model';
import { evaluate, learnedKeysFor } from './scoring';

export function codeOfLifeResult(snapshot: CodeOfLifeSnapshot, t: Translate): GameResult {
  const evaluation = evaluate(snapshot);
  const summaryLines = [
    t('results.protein', { length: snapshot.protein.length }),
    t('results.accuracy', { value: Math.round(evaluation.accuracy * 100) }),
    t('results.predictions', { correct: evaluation.correctPredictions, total: evaluation.questions }),
  ];
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines };
}
