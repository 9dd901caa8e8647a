// One report table as staff see it: a heading, an SVG chart of its first column (when a chart helps), the table
// itself with row headers and a total row, and a CSV download of exactly these rows and cells.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../reports/types';
import { api } from './api';
import { BarChart, ColumnChart, type ChartDatum } from './charts';
import { downloadCsv, tableCsv } from './csv';
import type { Filters } from './filters';
import { cellText, rowLabel, type LabelContext } from './labels';

export interface ReportTableViewProps {
  readonly table: ReportTable;
  readonly filters: Filters;
  readonly labels: LabelContext;
  readonly chart?: 'bars' | 'columns' | 'none';
  /** Which column the chart draws (default the first). */
  readonly chartColumn?: number;
}

export function ReportTableView({ table, filters, labels, chart = 'bars', chartColumn = 0 }: ReportTableViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const column = table.columns[chartColumn]!;
  const data: ChartDatum[] = table.rows.map((row) => ({
    label: rowLabel(table.rowKind, row.key, labels),
    value: row.cells[chartColumn] ?? null,
    text: cellText(row.cells[chartColumn] ?? null, column.kind, labels),
  }));
  const download = () => {
    downloadCsv(`biotech-${table.id}-${filters.from}-${filters.to}.csv`, tableCsv(table, labels));
    void api.noteExport(table.id).catch(() => undefined); // the file is the browser's already; the log line may wait
  };
  return (
    <section className="report-table" aria-labelledby={headingId} data-table={table.id}>
      <div className="report-table-head">
        <h2 id={headingId}>{t(`tables.${table.id}`)}</h2>
        <button type="button" className="button secondary" onClick={download}>
          {t('table.downloadCsv')}
          <span className="visually-hidden"> – {t(`tables.${table.id}`)}</span>
        </button>
      </div>
      {chart === 'none' || table.rows.length === 0 ? null : chart === 'columns' ? <ColumnChart data={data} /> : <BarChart data={data} />}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t(`tables.${table.id}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`rowKinds.${table.rowKind}`)}</th>
              {table.columns.map((header) => (
                <th scope="col" key={header.id} className="number">
                  {t(`columns.${header.id}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{rowLabel(table.rowKind, row.key, labels)}</th>
                {row.cells.map((cell, index) => (
                  <td key={table.columns[index]!.id} className="number">
                    {cellText(cell, table.columns[index]!.kind, labels)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {table.total === null ? null : (
            <tfoot>
              <tr>
                <th scope="row">{t('table.total')}</th>
                {table.total.map((cell, index) => (
                  <td key={table.columns[index]!.id} className="number">
                    {cellText(cell, table.columns[index]!.kind, labels)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}
