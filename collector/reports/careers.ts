// The careers page: roles viewed, pathways shown and QR codes shown per role; the interest types the quiz found
// (a quiz names up to three, so they do not add up to the quizzes); where visitors started their pathways. Pathways
// per role and pathways per starting point add up to the same total, so both are protected with it.

import { INTEREST_TYPES, ROLE_IDS, STARTING_PROFILES } from '../../common/ids';
import type { SqlDriver } from '../storage/sqlDriver';
import { countsSource } from './countsSource';
import type { ReportFilters } from './filters';
import { ProtectedFigures, primaryCell } from './suppression';
import type { TablesReport } from './types';

export async function careersReport(driver: SqlDriver, filters: ReportFilters): Promise<TablesReport> {
  const source = countsSource(['career-viewed', 'pathway-role', 'pathway-start', 'qr-shown', 'quiz-completed', 'quiz-type'], filters);
  const rows = await driver.readCommitted<{ metric: string; dim: string; n: number | string }>(
    `SELECT metric, dim, SUM(n) AS n FROM ${source.sql} GROUP BY metric, dim`,
    source.params,
  );
  const count = new Map(rows.map((row) => [`${row.metric}|${row.dim}`, Number(row.n)] as const));
  const of = (metric: string, dim: string) => count.get(`${metric}|${dim}`) ?? 0;

  const figures = new ProtectedFigures();
  const pathwayTotal = figures.add(ROLE_IDS.reduce((sum, roleId) => sum + of('pathway-role', roleId), 0));
  const pathwayByRole = ROLE_IDS.map((roleId) => figures.add(of('pathway-role', roleId)));
  const pathwayByStart = STARTING_PROFILES.map((start) => figures.add(of('pathway-start', start)));
  figures.sum(pathwayTotal, pathwayByRole);
  figures.sum(pathwayTotal, pathwayByStart);
  figures.settle();

  return {
    period: { from: filters.from, to: filters.to },
    summary: [{ id: 'quizzes-completed', value: primaryCell(of('quiz-completed', '')) }],
    tables: [
      {
        id: 'roles',
        rowKind: 'role',
        columns: [
          { id: 'viewed', kind: 'count' },
          { id: 'pathways', kind: 'count' },
          { id: 'qr-shown', kind: 'count' },
        ],
        rows: ROLE_IDS.map((roleId, index) => ({
          key: roleId,
          cells: [primaryCell(of('career-viewed', roleId)), figures.cell(pathwayByRole[index]!), primaryCell(of('qr-shown', roleId))],
        })),
        total: [null, figures.cell(pathwayTotal), null],
      },
      {
        id: 'quiz-types',
        rowKind: 'interest',
        columns: [{ id: 'quizzes-naming', kind: 'count' }],
        rows: INTEREST_TYPES.map((type) => ({ key: type, cells: [primaryCell(of('quiz-type', type))] })),
        total: null,
      },
      {
        id: 'pathway-starts',
        rowKind: 'pathway-start',
        columns: [{ id: 'pathways', kind: 'count' }],
        rows: STARTING_PROFILES.map((start, index) => ({ key: start, cells: [figures.cell(pathwayByStart[index]!)] })),
        total: [figures.cell(pathwayTotal)],
      },
    ],
  };
}
