// One report table as staff see it: a heading, a chart of one of its columns (when a chart helps), the table
// itself with row headers and a total row, and a CSV download of exactly these rows and cells. The card and table
// are the shared TableView.

import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../reports/types';
import { api } from './api';
import { BarChart, ColumnChart, type ChartDatum } from './charts';
import { downloadCsv, tableCsv } from './csv';
import type { Filters } from './filters';
import { cellText, rowLabel, tickLabel, type LabelContext } from './labels';
import { TableView } from './TableView';

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
  const column = table.columns[chartColumn]!;
  const title = t(`tables.${table.id}`);
  const data: ChartDatum[] = table.rows.map((row) => ({
    label: rowLabel(table.rowKind, row.key, labels),
    tick: tickLabel(table.rowKind, row.key, labels),
    value: row.cells[chartColumn] ?? null,
    text: cellText(row.cells[chartColumn] ?? null, column.kind, labels),
  }));
  const download = () => {
    downloadCsv(`biotech-${table.id}-${filters.from}-${filters.to}.csv`, tableCsv(table, labels));
    void api.noteExport(table.id).catch(() => undefined); // the file is the browser's already; the log line may wait
  };
  return (
    <TableView
      title={title}
      tableId={table.id}
      rowHeader={t(`rowKinds.${table.rowKind}`)}
      columns={table.columns.map((header) => ({ id: header.id, header: t(`columns.${header.id}`), numeric: true }))}
      rows={table.rows.map((row) => ({
        key: row.key,
        header: rowLabel(table.rowKind, row.key, labels),
        cells: row.cells.map((cell, index) => cellText(cell, table.columns[index]!.kind, labels)),
      }))}
      total={table.total === null ? null : { header: t('table.total'), cells: table.total.map((cell, index) => cellText(cell, table.columns[index]!.kind, labels)) }}
      actions={
        <button type="button" className="button secondary" onClick={download}>
          {t('table.downloadCsv')}
          <span className="visually-hidden"> – {title}</span>
        </button>
      }
    >
      {chart === 'none' || table.rows.length === 0 ? null : chart === 'columns' ? <ColumnChart data={data} /> : <BarChart data={data} />}
    </TableView>
  );
}
