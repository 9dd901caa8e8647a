// The dashboard's filters (date range, site, device, mode, language) from a request's query string, and the SQL
// WHERE clause that applies them to the `daily_counts` rollup. Values are bound as parameters, never spliced.

import { z } from 'zod';
import { MODES } from '../../common/config/deviceConfig';
import { LANGUAGES } from '../../common/i18n/languages';
import { UNKNOWN_LANGUAGE } from '../storage/rollups';
import type { SqlValue } from '../storage/sqlDriver';
import { GRANULARITIES, type Period } from './types';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_RANGE_DAYS = 3 * 366;

export const filtersSchema = z
  .strictObject({
    from: z.string().regex(DAY),
    to: z.string().regex(DAY),
    site: z.string().min(1).max(80).optional(),
    device: z.string().min(1).max(64).optional(),
    mode: z.enum(MODES).optional(),
    language: z.enum([...LANGUAGES, UNKNOWN_LANGUAGE]).optional(),
    granularity: z.enum(GRANULARITIES).optional(),
  })
  .refine((filters) => filters.from <= filters.to, { message: 'from must not be after to', path: ['to'] })
  .refine((filters) => daysBetween(filters.from, filters.to) < MAX_RANGE_DAYS, { message: 'the range may span at most 3 years', path: ['to'] });

export type ReportFilters = z.infer<typeof filtersSchema>;

export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

export function dayOf(dayNumberValue: number): string {
  return new Date(dayNumberValue * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  const start = dayNumber(period.from);
  return { from: dayOf(start - length), to: dayOf(start - 1) };
}

/** `metric = ? AND day BETWEEN ...` plus the chosen filters, with its parameters. */
export function whereClause(metrics: readonly string[], filters: ReportFilters, period: Period = filters): { sql: string; params: SqlValue[] } {
  const clauses = [metrics.length === 1 ? 'metric = ?' : `metric IN (${metrics.map(() => '?').join(', ')})`, 'day >= ?', 'day <= ?'];
  const params: SqlValue[] = [...metrics, period.from, period.to];
  const optional: [string, string | undefined][] = [
    ['site_label', filters.site],
    ['device_id', filters.device],
    ['mode', filters.mode],
    ['language', filters.language],
  ];
  for (const [column, value] of optional) {
    if (value === undefined) continue;
    clauses.push(`${column} = ?`);
    params.push(value);
  }
  return { sql: clauses.join(' AND '), params };
}
