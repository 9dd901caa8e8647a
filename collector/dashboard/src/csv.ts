// CSV export of a report table exactly as it is shown: the same rows, the same "<5", the filter applied.
// RFC 4180 quoting, a UTF-8 byte order mark so spreadsheet programs read accents, and labels that could be taken
// for a formula (= + - @) prefixed with an apostrophe.

import type { ReportTable } from '../../reports/types';
import { csvCell, rowLabel, type LabelContext } from './labels';

function quote(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableCsv(table: ReportTable, context: LabelContext): string {
  const { t } = context;
  const header = [t(`rowKinds.${table.rowKind}`), ...table.columns.map((column) => t(`columns.${column.id}`))];
  const lines = [header, ...table.rows.map((row) => [rowLabel(table.rowKind, row.key, context), ...row.cells.map((cell, index) => csvCell(cell, table.columns[index]!.kind))])];
  if (table.total !== null) lines.push([t('table.total'), ...table.total.map((cell, index) => csvCell(cell, table.columns[index]!.kind))]);
  return `\uFEFF${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Hands the CSV to the browser as a download; the object URL is released right after. */
export function downloadCsv(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
