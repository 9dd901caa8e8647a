// The one table component of the dashboard: a titled card with an optional lead, actions beside the title and
// content above the table (a chart, an alert), then the table itself with column headers, one header cell per row,
// subtotal rows among the others, an optional total row, and what to say while it loads, when it failed or when it is
// empty. Report tables, devices, staff accounts, the audit log, releases and classes all use it, so they look, scroll
// and read the same to a screen reader.

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
  /** Written on the row as data-* attributes for tests: { 'class-row': code } gives data-class-row="<code>". */
  readonly data?: Readonly<Record<string, string>>;
  /** A subtotal among the rows (e.g. a school's classes together), set in bold. */
  readonly subtotal?: boolean;
}

export interface TableTotal {
  readonly header: string;
  /** How many leading columns the total's header cell spans (the row-header column counts as one); 1 unless told. */
  readonly headerSpan?: number;
  /** One cell per column after those the header spans. */
  readonly cells: readonly ReactNode[];
}

export interface TableViewProps {
  readonly title: string;
  /** The header of the first column, the one that names each row. */
  readonly rowHeader: string;
  readonly columns: readonly TableColumn[];
  /** The rows, or the state of their loading. */
  readonly rows: readonly TableRow[] | 'loading' | 'failed';
  readonly total?: TableTotal | null;
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

/** A row's cells, the first one under columns[first]; each says its column in data-column. */
function dataCells(cells: readonly ReactNode[], columns: readonly TableColumn[], first = 0) {
  return cells.map((cell, index) => {
    const column = columns[first + index];
    return (
      <td key={column?.id ?? index} className={cellClass(column)} data-column={column?.id}>
        {cell}
      </td>
    );
  });
}

function dataAttributes(data: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return data === undefined ? {} : Object.fromEntries(Object.entries(data).map(([name, value]) => [`data-${name}`, value]));
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
                <tr key={row.key} className={row.subtotal === true ? 'subtotal' : undefined} {...dataAttributes(row.data)}>
                  <th scope="row">{row.header}</th>
                  {dataCells(row.cells, columns)}
                </tr>
              ))}
            </tbody>
            {total === null ? null : (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={(total.headerSpan ?? 1) > 1 ? total.headerSpan : undefined}>
                    {total.header}
                  </th>
                  {dataCells(total.cells, columns, (total.headerSpan ?? 1) - 1)}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
