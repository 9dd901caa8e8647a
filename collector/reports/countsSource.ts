// Which rollup rows answer a period: the whole calendar months inside it come from `monthly_counts` (one row per
// month and dimension), the days before the first and after the last whole month from `daily_counts`. A year is then
// 12 monthly rows per dimension instead of 365 daily ones, which keeps long ranges fast at millions of events; both
// tables are written in the same fold transaction, so the sum is the same either way (tested).

import type { SqlValue } from '../storage/sqlDriver';
import { dayNumber, dayOf, type ReportFilters } from './filters';
import type { Period } from './types';

/** A period cut into whole months ('YYYY-MM', inclusive) and the leftover day ranges around them. */
export interface PeriodParts {
  readonly months: { readonly from: string; readonly to: string } | null;
  readonly days: readonly Period[];
}

function firstOfNextMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function lastOfMonth(day: string): string {
  return dayOf(dayNumber(firstOfNextMonth(day)) - 1);
}

/** Cuts `period` into the whole months it covers and the days outside them. */
export function splitIntoMonths(period: Period): PeriodParts {
  const firstWhole = period.from.endsWith('-01') ? period.from : firstOfNextMonth(period.from);
  const lastWhole = period.to === lastOfMonth(period.to) ? period.to : dayOf(dayNumber(period.to.slice(0, 8) + '01') - 1);
  if (firstWhole > lastWhole) return { months: null, days: [period] };
  const days: Period[] = [];
  if (period.from < firstWhole) days.push({ from: period.from, to: dayOf(dayNumber(firstWhole) - 1) });
  if (lastWhole < period.to) days.push({ from: dayOf(dayNumber(lastWhole) + 1), to: period.to });
  return { months: { from: firstWhole.slice(0, 7), to: lastWhole.slice(0, 7) }, days };
}

/** The columns every source row has; reports group by some of them and sum `n`. */
const COLUMNS = 'metric, dim, site_label, device_id, mode, language, n';

/**
 * A derived table `(...) AS counts` with the rows of `metrics` in `period` that match the filters (site, device,
 * mode, language), with the columns metric, dim, site_label, device_id, mode, language and n.
 */
export function countsSource(metrics: readonly string[], filters: ReportFilters, period: Period = filters): { sql: string; params: SqlValue[] } {
  const metricClause = metrics.length === 1 ? 'metric = ?' : `metric IN (${metrics.map(() => '?').join(', ')})`;
  const optional: string[] = [];
  const optionalParams: SqlValue[] = [];
  for (const [column, value] of [
    ['site_label', filters.site],
    ['device_id', filters.device],
    ['mode', filters.mode],
    ['language', filters.language],
  ] as const) {
    if (value === undefined) continue;
    optional.push(` AND ${column} = ?`);
    optionalParams.push(value);
  }
  const parts = splitIntoMonths(period);
  const selects: string[] = [];
  const params: SqlValue[] = [];
  if (parts.months !== null) {
    selects.push(`SELECT ${COLUMNS} FROM monthly_counts WHERE ${metricClause} AND month >= ? AND month <= ?${optional.join('')}`);
    params.push(...metrics, parts.months.from, parts.months.to, ...optionalParams);
  }
  for (const days of parts.days) {
    selects.push(`SELECT ${COLUMNS} FROM daily_counts WHERE ${metricClause} AND day >= ? AND day <= ?${optional.join('')}`);
    params.push(...metrics, days.from, days.to, ...optionalParams);
  }
  return { sql: `(${selects.join(' UNION ALL ')}) AS counts`, params };
}
