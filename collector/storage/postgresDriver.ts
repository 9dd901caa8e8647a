// PostgreSQL through pg's connection pool, for hubs that run several collector instances on one database.
// Every connection uses the configured schema (search_path), which the driver creates if needed.

import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlStep, SqlValue } from './sqlDriver';

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (our SQL never has a literal question mark). */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function executorOf(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberPlaceholders(sql), params as SqlValue[])).rows as Row[],
    run: async (sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0,
  };
}

export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres';
  /** A transaction-scoped advisory lock; the number is arbitrary but fixed for this application. */
  readonly migrationLockSql = 'SELECT pg_advisory_xact_lock(727274001)';
  readonly lockRowsSuffix = ' FOR UPDATE';
  private readonly pool: pg.Pool;
  private readonly executor: SqlExecutor;
  private closing: Promise<void> | null = null;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
    this.executor = executorOf(pool);
  }

  static async open(connectionString: string, schema: string): Promise<PostgresDriver> {
    if (schema !== 'public') {
      const setup = new pg.Client({ connectionString });
      await setup.connect();
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } finally {
        await setup.end();
      }
    }
    const pool = new pg.Pool({ connectionString, max: 10, options: `-c search_path=${schema}` });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const driver = new PostgresDriver(pool);
    await driver.all('SELECT 1');
    return driver;
  }

  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.executor.all<Row>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.executor.run(sql, params);
  }

  /** The pool's connections already read beside each other's writes. */
  readCommitted<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.executor.all<Row>(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(executorOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  transactionSteps(steps: readonly SqlStep[]): Promise<number[]> {
    return this.transaction(async (tx) => {
      const changes: number[] = [];
      for (const step of steps) changes.push(await tx.run(step.sql, step.params));
      return changes;
    });
  }

  /** Ends the pool once; closing again is a no-op. */
  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }
}
