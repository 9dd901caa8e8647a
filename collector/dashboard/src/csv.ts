// CSV export of a report table exactly as it is shown: the same rows, the same "<5", the filter applied; numbers as
// plain digits (no thousands separators) so spreadsheets read them as numbers.
// The project's one CSV writer (common/csv: RFC 4180, formula-safe), with a UTF-8 byte order mark so spreadsheet
// programs read accents.

import { csvLine } from '../../../common/csv/csv';
import type { ReportTable } from '../../reports/types';
import { rowLabel, type LabelContext } from './labels';

export function tableCsv(table: ReportTable, context: LabelContext): string {
  const { t } = context;
  const header = [t(`rowKinds.${table.rowKind}`), ...table.columns.map((column) => t(`columns.${column.id}`))];
  const lines = [header, ...table.rows.map((row) => [rowLabel(table.rowKind, row.key, context), ...row.cells])];
  if (table.total !== null) lines.push([t('table.total'), ...table.total]);
  return `\uFEFF${lines.map(csvLine).join('')}`;
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
