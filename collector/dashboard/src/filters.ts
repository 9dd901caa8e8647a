// The filter state of the dashboard and its defaults: the current month up to today, all sites, devices, modes
// and languages, sessions by day. Kept as strings, exactly what goes into the query string ('' = all).

import type { Granularity } from '../../reports/types';

export interface Filters {
  readonly from: string;
  readonly to: string;
  readonly site: string;
  readonly device: string;
  readonly mode: string;
  readonly language: string;
  readonly granularity: Granularity;
}

function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function defaultFilters(today: Date = new Date()): Filters {
  return { from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)), to: isoDay(today), site: '', device: '', mode: '', language: '', granularity: 'day' };
}
