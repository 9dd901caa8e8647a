// The admin's USB export of the local events: JSON Lines (one event per line, exactly what the collector ingests)
// and CSV (for a spreadsheet). Pure functions; exportFile.ts turns them into a downloadable file.

import { csvLine, type CsvValue } from '../../common/csv/csv';
import type { EngagementEvent } from '../../common/events';

export type ExportFormat = 'jsonl' | 'csv';

/** Every field any event can have, envelope first; a CSV row leaves the fields its event lacks empty. */
export const CSV_COLUMNS = [
  'eventId',
  'occurredAt',
  'type',
  'sessionId',
  'installationId',
  'appVersion',
  'mode',
  'siteLabel',
  'hostKind',
  'language',
  'from',
  'to',
  'profile',
  'ageBand',
  'screen',
  'gameId',
  'level',
  'score',
  'stars',
  'durationMs',
  'progress',
  'roleId',
  'topTypes',
  'fromProfile',
  'setting',
  'value',
  'reason',
] as const;

export function jsonLine(event: EngagementEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** The header line of the CSV export. */
export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

/** One event as a CSV line (common/csv: RFC 4180, formula-safe); list fields are joined with "|". */
export function csvRow(event: EngagementEvent): string {
  const record = event as Readonly<Record<string, unknown>>;
  return csvLine(CSV_COLUMNS.map((column) => csvValue(record[column])));
}

function csvValue(value: unknown): CsvValue {
  if (Array.isArray(value)) return value.join('|');
  return typeof value === 'object' ? undefined : (value as CsvValue);
}

export function exportMediaType(format: ExportFormat): string {
  return format === 'jsonl' ? 'application/jsonl' : 'text/csv;charset=utf-8';
}

/** e.g. engagement-log-hall-a-2026-11-26.csv: safe on FAT32 USB sticks and every OS. */
export function exportFileName(siteLabel: string, now: Date, format: ExportFormat): string {
  const slug =
    siteLabel
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'device';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `engagement-log-${slug}-${day}.${format}`;
}
