// The overview page: sessions in the period (with the previous period of the same length for the trend), over
// time by day, week or month, and split by mode, site, device and starting language; visitor profiles and age
// bands. Each SQL query groups the rollups (the day series `daily_counts`, the rest whole months from
// `monthly_counts`, see countsSource.ts); suppression sees every figure the page can publish.

import { MODES } from '../../common/config/deviceConfig';
import { LANGUAGES } from '../../common/i18n/languages';
import { AGE_BANDS, VISITOR_PROFILES } from '../../common/events/fields';
import type { SqlDriver } from '../storage/sqlDriver';
import { countsSource } from './countsSource';
import { dayNumber, dayOf, previousPeriod, whereClause, type ReportFilters } from './filters';
import { ProtectedFigures } from './suppression';
import type { Cell, Granularity, OverviewReport, ReportTable, RowKind } from './types';

interface SplitRow {
  site_label: string;
  device_id: string;
  mode: string;
  language: string;
  n: number | string;
}

const COUNT = [{ id: 'sessions', kind: 'count' as const }];

/** Monday of the ISO week of `day`. */
function weekOf(day: string): string {
  const number = dayNumber(day);
  const weekday = (new Date(number * 86_400_000).getUTCDay() + 6) % 7;
  return dayOf(number - weekday);
}

function increment(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds one figure per key to `figures`, with their sum tied to `total`; returns key -> handle. */
function addGroup(figures: ProtectedFigures, total: number, keys: readonly string[], counts: ReadonlyMap<string, number>): Map<string, number> {
  const handles = new Map(keys.map((key) => [key, figures.add(counts.get(key) ?? 0)] as const));
  figures.sum(total, [...handles.values()]);
  return handles;
}

function table(id: string, rowKind: RowKind, handles: ReadonlyMap<string, number>, figures: ProtectedFigures, total: number | null): ReportTable {
  return {
    id,
    rowKind,
    columns: COUNT,
    rows: [...handles].map(([key, handle]) => ({ key, cells: [figures.cell(handle)] })),
    total: total === null ? null : [figures.cell(total)],
  };
}

/** Ties each parent to its children when every child belongs to exactly one parent in the data (devices in a site). */
function nestingSums(figures: ProtectedFigures, rows: readonly SplitRow[], parentOf: (row: SplitRow) => string, parents: Map<string, number>, devices: Map<string, number>): void {
  const parentOfDevice = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = parentOfDevice.get(row.device_id) ?? new Set<string>();
    set.add(parentOf(row));
    parentOfDevice.set(row.device_id, set);
  }
  if ([...parentOfDevice.values()].some((set) => set.size > 1)) return;
  for (const [parent, handle] of parents) {
    const children = [...parentOfDevice].filter(([, set]) => set.has(parent)).map(([device]) => devices.get(device)!);
    figures.sum(handle, children);
  }
}

export async function overviewReport(driver: SqlDriver, filters: ReportFilters): Promise<OverviewReport> {
  const granularity: Granularity = filters.granularity ?? 'day';
  const sessions = whereClause(['sessions'], filters);
  const previous = previousPeriod(filters);
  const sessionSource = countsSource(['sessions'], filters);
  const previousSource = countsSource(['sessions'], filters, previous);
  const profileSource = countsSource(['profile', 'age-band'], filters);
  const [dayRows, splitRows, previousRows, profileRows] = await Promise.all([
    driver.readCommitted<{ day: string; n: number | string }>(`SELECT day, SUM(n) AS n FROM daily_counts WHERE ${sessions.sql} GROUP BY day`, sessions.params),
    driver.readCommitted<SplitRow>(
      `SELECT site_label, device_id, mode, language, SUM(n) AS n FROM ${sessionSource.sql} GROUP BY site_label, device_id, mode, language`,
      sessionSource.params,
    ),
    driver.readCommitted<{ n: number | string | null }>(`SELECT SUM(n) AS n FROM ${previousSource.sql}`, previousSource.params),
    driver.readCommitted<{ metric: string; dim: string; n: number | string }>(
      `SELECT metric, dim, SUM(n) AS n FROM ${profileSource.sql} GROUP BY metric, dim`,
      profileSource.params,
    ),
  ]);

  const figures = new ProtectedFigures();
  const perDay = new Map(dayRows.map((row) => [row.day, Number(row.n)] as const));
  const grandTotal = [...perDay.values()].reduce((sum, n) => sum + n, 0);
  const total = figures.add(grandTotal);

  // Every day of the period, then weeks and months as sums of those days: all three views are protected together.
  const days: string[] = [];
  for (let number = dayNumber(filters.from); number <= dayNumber(filters.to); number += 1) days.push(dayOf(number));
  const dayHandles = new Map(days.map((day) => [day, figures.add(perDay.get(day) ?? 0)] as const));
  const weekCounts = new Map<string, number>();
  const monthCounts = new Map<string, number>();
  for (const day of days) {
    increment(weekCounts, weekOf(day), perDay.get(day) ?? 0);
    increment(monthCounts, day.slice(0, 7), perDay.get(day) ?? 0);
  }
  const weekHandles = addGroup(figures, total, [...weekCounts.keys()], weekCounts);
  const monthHandles = addGroup(figures, total, [...monthCounts.keys()], monthCounts);
  figures.sum(total, [...dayHandles.values()]);
  for (const [week, handle] of weekHandles) figures.sum(handle, days.filter((day) => weekOf(day) === week).map((day) => dayHandles.get(day)!));
  for (const [month, handle] of monthHandles) figures.sum(handle, days.filter((day) => day.startsWith(month)).map((day) => dayHandles.get(day)!));

  const byMode = new Map<string, number>();
  const bySite = new Map<string, number>();
  const byDevice = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  for (const row of splitRows) {
    increment(byMode, row.mode, Number(row.n));
    increment(bySite, row.site_label, Number(row.n));
    increment(byDevice, row.device_id, Number(row.n));
    increment(byLanguage, row.language, Number(row.n));
  }
  const modeHandles = addGroup(figures, total, MODES, byMode);
  const siteHandles = addGroup(figures, total, [...bySite.keys()].sort(), bySite);
  const deviceHandles = addGroup(figures, total, [...byDevice.keys()].sort(), byDevice);
  const languageKeys = [...LANGUAGES, ...[...byLanguage.keys()].filter((key) => !(LANGUAGES as readonly string[]).includes(key))];
  const languageHandles = addGroup(figures, total, languageKeys, byLanguage);
  nestingSums(figures, splitRows, (row) => row.site_label, siteHandles, deviceHandles);
  nestingSums(figures, splitRows, (row) => row.mode, modeHandles, deviceHandles);

  const profiles = new Map<string, number>();
  const ageBands = new Map<string, number>();
  for (const row of profileRows) increment(row.metric === 'profile' ? profiles : ageBands, row.dim, Number(row.n));
  const answers = figures.add([...profiles.values()].reduce((sum, n) => sum + n, 0));
  const profileHandles = addGroup(figures, answers, VISITOR_PROFILES, profiles);
  const ageHandles = addGroup(figures, answers, AGE_BANDS, ageBands);
  figures.settle();

  const previousCount = Number(previousRows[0]?.n ?? 0);
  const previousSessions: Cell = previousCount < 5 ? '<5' : previousCount;
  const current = figures.cell(total);
  const changePercent =
    typeof current === 'number' && typeof previousSessions === 'number' ? Math.round(((current - previousSessions) / previousSessions) * 1000) / 10 : null;
  const series = { day: dayHandles, week: weekHandles, month: monthHandles }[granularity];

  return {
    period: { from: filters.from, to: filters.to },
    previousPeriod: previous,
    sessions: current,
    previousSessions,
    changePercent,
    tables: [
      table('sessions-over-time', granularity, series, figures, total),
      table('sessions-by-mode', 'mode', modeHandles, figures, total),
      table('sessions-by-language', 'language', languageHandles, figures, total),
      table('sessions-by-site', 'site', siteHandles, figures, total),
      table('sessions-by-device', 'device', deviceHandles, figures, total),
      table('visitor-profiles', 'profile', profileHandles, figures, answers),
      table('age-bands', 'age-band', ageHandles, figures, answers),
    ],
  };
}
