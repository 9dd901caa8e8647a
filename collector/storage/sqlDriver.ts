// The small SQL surface the collector needs from a database, implemented once for SQLite (node:sqlite) and once
// for PostgreSQL (pg). Statements are written with `?` placeholders in SQL both dialects understand; the
// PostgreSQL driver numbers them ($1, $2, ...).

export type SqlValue = string | number | null;

export interface SqlExecutor {
  /** Runs a query and returns its rows (column names as written in the SQL). */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** One statement of a transaction given as a list. */
export interface SqlStep {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * A query that needs only what is already committed, and so need not wait for writes still in flight: the device
   * lookup before every upload, and the dashboard's reports (read once the fold they await has committed). SQLite: a
   * second, query-only connection on a thread of its own (in WAL mode it reads while the writer commits), so the
   * lookup does not queue behind other devices' uploads being stored, and a long report delays no upload. Unlike all(),
   * it is not ordered after statements sent before it and not yet answered: await a write before reading it back.
   * PostgreSQL: the pool, as all().
   */
  readCommitted<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it rejects. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs statements that do not depend on each other's results in one transaction, all or nothing, and returns how
   * many rows each changed. Unlike transaction(), the database gets them all at once (SQLite: one message to its
   * thread, which never waits on this thread in the middle of the transaction).
   */
  transactionSteps(steps: readonly SqlStep[]): Promise<number[]>;
  /** Appended to a SELECT inside a transaction to lock the rows it reads against other collector instances. */
  readonly lockRowsSuffix: string;
  /** A statement that, run first in a transaction, keeps other collector instances out of the migrations. */
  readonly migrationLockSql: string | null;
  close(): Promise<void>;
}

/** `INSERT INTO table (columns) VALUES (?, ...), (?, ...)` for `rowCount` rows. */
export function multiRowInsert(table: string, columns: readonly string[], rowCount: number, suffix = ''): string {
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rowCount }, () => row).join(', ')}${suffix}`;
}
