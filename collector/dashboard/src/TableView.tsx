// The one table component of the dashboard: a titled card with an optional lead, actions beside the title and
// content above the table (a chart, an alert), then the table itself with column headers, one header cell per row,
// an optional total row, and what to say while it loads, when it failed or when it is empty. Report tables, devices,
// staff accounts and the audit log all use it, so they look, scroll and read the same to a screen reader.

import { useId, type ReactNode } from 'react';
import { LoadState } from './LoadState';

export interface TableColumn {
  /** Also written on every cell of the column as data-column, for tests and print styles. */
  readonly id: string;
  readonly header: string;
  readonly numeric?: boolean;
}

export interface TableRow {
  readonly key: string;
  /** The row's header cell (scope=row): what the row is about. */
  readonly header: ReactNode;
  /** One cell per column after the header column. */
  readonly cells: readonly ReactNode[];
}

export interface TableViewProps {
  readonly title: string;
  /** The header of the first column, the one that names each row. */
  readonly rowHeader: string;
  readonly columns: readonly TableColumn[];
  /** The rows, or the state of their loading. */
  readonly rows: readonly TableRow[] | 'loading' | 'failed';
  readonly total?: { readonly header: string; readonly cells: readonly ReactNode[] } | null;
  readonly lead?: string;
  readonly actions?: ReactNode;
  /** Shown between the title and the table (a chart, an alert). */
  readonly children?: ReactNode;
  /** Said instead of an empty table. */
  readonly empty?: string;
  /** data-table on the card, naming it for tests and for the CSV export. */
  readonly tableId?: string;
}

function cellClass(column: TableColumn | undefined): string | undefined {
  return column?.numeric === true ? 'number' : undefined;
}

export function TableView({ title, rowHeader, columns, rows, total = null, lead, actions, children, empty, tableId }: TableViewProps) {
  const headingId = useId();
  return (
    <section className="report-table" aria-labelledby={headingId} data-table={tableId}>
      <div className="report-table-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {lead === undefined ? null : <p className="muted">{lead}</p>}
      {children}
      {typeof rows === 'string' ? (
        <LoadState state={rows} />
      ) : rows.length === 0 && empty !== undefined ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                {columns.map((column) => (
                  <th scope="col" key={column.id} className={cellClass(column)}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index]?.id ?? index} className={cellClass(columns[index])} data-column={columns[index]?.id}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {total === null ? null : (
              <tfoot>
                <tr>
                  <th scope="row">{total.header}</th>
                  {total.cells.map((cell, index) => (
                    <td key={columns[index]?.id ?? index} className={cellClass(columns[index])} data-column={columns[index]?.id}>
                      {cell}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
