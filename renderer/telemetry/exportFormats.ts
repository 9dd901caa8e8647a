// The admin's USB export of the local events: JSON Lines (one event per line, exactly what the collector ingests)
// and CSV (for a spreadsheet). Pure functions; exportFile.ts turns them into a downloadable file.

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

export function toJsonLines(events: Iterable<EngagementEvent>): string {
  let text = '';
  for (const event of events) text += jsonLine(event);
  return text;
}

/**
 * Quotes a cell per RFC 4180, and defuses text a spreadsheet would run as a formula (a site label such as
 * "+32 Hall" or "-Hall"): such a cell gets a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join('|') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(event: EngagementEvent): string {
  const record = event as Readonly<Record<string, unknown>>;
  return `${CSV_COLUMNS.map((column) => csvCell(record[column])).join(',')}\r\n`;
}

export function toCsv(events: Iterable<EngagementEvent>): string {
  let text = csvHeader();
  for (const event of events) text += csvRow(event);
  return text;
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
