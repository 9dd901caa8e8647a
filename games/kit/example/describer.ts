// The example game's sentences for the advice line and its results (pure; the translation and the number format are
// passed in, as in every game).

import type { FormatNumber, GameResult, Translate } from '../../sdk/types';
import { TARGET_CELLS, type ExampleSnapshot } from './model';

export function describeCulture(snapshot: ExampleSnapshot, t: Translate, formatNumber: FormatNumber): string {
  if (snapshot.finished) return t('describe.grown');
  return t(snapshot.digesting ? 'describe.digesting' : 'describe.hungry', { cells: formatNumber(snapshot.cells, 0), target: formatNumber(TARGET_CELLS, 0) });
}

export function exampleResult(snapshot: ExampleSnapshot, t: Translate): GameResult {
  const score = Math.max(0, 100 - 10 * (snapshot.feeds - TARGET_CELLS / 2));
  return { score, stars: snapshot.finished ? 3 : 0, completed: snapshot.finished, learnedKeys: ['learned.feeding'], summaryLines: [t('results.feeds', { feeds: snapshot.feeds })] };
}
