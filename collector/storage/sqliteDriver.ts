// SQLite through Node's built-in node:sqlite (no native addon). One connection per process, WAL journal, and
// synchronous=FULL so an acknowledged batch survives a power cut, not only a crash (the kiosk deletes its copy
// after the acknowledgement). node:sqlite is synchronous; a promise chain keeps each transaction exclusive.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqlDriver, SqlExecutor, SqlValue } from './sqlDriver';

const STATEMENT_CACHE_LIMIT = 200;

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  readonly migrationLockSql = null;
  readonly file: string;
  private readonly database: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly executor: SqlExecutor;

  constructor(file: string) {
    this.file = file;
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.database = new DatabaseSync(file);
    this.database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    this.executor = {
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.statement(sql).all(...params) as Row[],
      run: async (sql: string, params: readonly SqlValue[] = []) => Number(this.statement(sql).run(...params).changes),
    };
  }

  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.exclusive(() => this.executor.all<Row>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.exclusive(() => this.executor.run(sql, params));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      this.database.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.executor);
        this.database.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.database.isTransaction) this.database.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.database.isOpen) this.database.close();
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `work` after everything queued before it, so statements of two requests never interleave. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
