// The games page: per game, how often it was started and completed, the completion rate, the median duration of
// completed plays (from the 5-second duration histogram of the rollup), and the stars distribution, which is the
// score on the same 0-3 scale for every game. Stars of a game add up to its completions, so they are protected
// together with that figure.

import { GAME_IDS } from '../../common/ids';
import { durationBucketWidth } from '../storage/rollups';
import type { SqlDriver } from '../storage/sqlDriver';
import { countsSource } from './countsSource';
import type { ReportFilters } from './filters';
import { ProtectedFigures, primaryCell } from './suppression';
import type { Cell, ReportTable, TablesReport } from './types';

const STARS = [0, 1, 2, 3] as const;

/** The median of a histogram {bucket lower bound (s) -> count}, as the middle of its bucket, in whole seconds. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const buckets = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const count = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  let seen = 0;
  for (const [lower, n] of buckets) {
    seen += n;
    if (seen * 2 >= count) return lower + Math.floor(durationBucketWidth(lower) / 2);
  }
  return null;
}

export async function gamesReport(driver: SqlDriver, filters: ReportFilters): Promise<TablesReport> {
  const source = countsSource(['game-started', 'game-completed', 'game-stars', 'game-duration'], filters);
  const rows = await driver.readCommitted<{ metric: string; dim: string; n: number | string }>(
    `SELECT metric, dim, SUM(n) AS n FROM ${source.sql} GROUP BY metric, dim`,
    source.params,
  );
  const started = new Map<string, number>();
  const completed = new Map<string, number>();
  const stars = new Map<string, number>();
  const durations = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const n = Number(row.n);
    if (row.metric === 'game-started') started.set(row.dim, n);
    else if (row.metric === 'game-completed') completed.set(row.dim, n);
    else if (row.metric === 'game-stars') stars.set(row.dim, n);
    else {
      const [gameId = '', bucket = '0'] = row.dim.split('|');
      const histogram = durations.get(gameId) ?? new Map<number, number>();
      histogram.set(Number(bucket), n);
      durations.set(gameId, histogram);
    }
  }

  const figures = new ProtectedFigures();
  const completedHandles = new Map(GAME_IDS.map((gameId) => [gameId, figures.add(completed.get(gameId) ?? 0)] as const));
  const starHandles = new Map(
    GAME_IDS.map((gameId) => {
      const handles = STARS.map((value) => figures.add(stars.get(`${gameId}|${value}`) ?? 0));
      figures.sum(completedHandles.get(gameId)!, handles);
      return [gameId, handles] as const;
    }),
  );
  figures.settle();

  const playRows = GAME_IDS.map((gameId) => {
    const startedCell = primaryCell(started.get(gameId) ?? 0);
    const completedCell = figures.cell(completedHandles.get(gameId)!);
    const bothShown = typeof startedCell === 'number' && typeof completedCell === 'number';
    const rate: Cell = bothShown ? Math.round((completedCell / startedCell) * 1000) / 10 : null;
    const median: Cell = typeof completedCell === 'number' ? histogramMedian(durations.get(gameId) ?? new Map()) : null;
    return { key: gameId, cells: [startedCell, completedCell, rate, median] };
  });
  const plays: ReportTable = {
    id: 'games',
    rowKind: 'game',
    columns: [
      { id: 'started', kind: 'count' },
      { id: 'completed', kind: 'count' },
      { id: 'completion-rate', kind: 'percent' },
      { id: 'median-duration', kind: 'seconds' },
    ],
    rows: playRows,
    total: null,
  };
  const starsTable: ReportTable = {
    id: 'game-stars',
    rowKind: 'game',
    columns: [{ id: 'completed', kind: 'count' }, ...STARS.map((value) => ({ id: `stars-${value}`, kind: 'count' as const }))],
    rows: GAME_IDS.map((gameId) => ({
      key: gameId,
      cells: [figures.cell(completedHandles.get(gameId)!), ...starHandles.get(gameId)!.map((handle) => figures.cell(handle))],
    })),
    total: null,
  };
  return { period: { from: filters.from, to: filters.to }, summary: [], tables: [plays, starsTable] };
}
