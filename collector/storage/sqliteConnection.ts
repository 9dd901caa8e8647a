// One synchronous connection to the collector's SQLite file through Node's built-in node:sqlite: WAL journal, and
// synchronous=FULL so an acknowledged batch survives a power cut, not only a crash (the kiosk deletes its copy after
// the acknowledgement). It runs on a database thread (sqliteThread.ts), never on the thread that serves HTTP.
// Two roles: the writer (every statement and transaction) and the reader, a query-only second connection for reads
// that need only what is committed (WAL lets it read while the writer commits; see SqlDriver.readCommitted).
// Imports only Node built-ins, with explicit extensions, so a worker thread can load it without any resolve hook.

import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

export type SqliteValue = string | number | null;

/** The writer owns the file (creates it, sets the journal); the reader opens it afterwards and can only query. */
export type SqliteRole = 'writer' | 'reader';

/** One statement of a transaction given as a list (see SqlDriver.transactionSteps). */
export interface SqliteStep {
  readonly sql: string;
  readonly params: readonly SqliteValue[];
}

const STATEMENT_CACHE_LIMIT = 200;
/** Only the collector's own user may read the database: it holds device token hashes and staff password hashes. */
const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (0700 when new) and the database file with mode 0600 before SQLite opens it. */
function createPrivately(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

export class SqliteConnection {
  readonly file: string;
  private readonly database: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();

  constructor(file: string, role: SqliteRole = 'writer') {
    this.file = file;
    if (role === 'reader') {
      // Opened after the writer: the file exists and is in WAL mode (a setting kept in the file). query_only makes
      // SQLite refuse any write sent here by mistake. A second ':memory:' connection would be another, empty database.
      if (file === ':memory:') throw new Error('a reading connection needs a database file, not :memory:');
      this.database = new DatabaseSync(file);
      this.database.exec('PRAGMA query_only = ON; PRAGMA busy_timeout = 5000;');
      return;
    }
    if (file !== ':memory:') createPrivately(file);
    this.database = new DatabaseSync(file);
    this.database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    // SQLite gives the -wal and -shm files the database file's mode; files left by an older version are narrowed too.
    if (file !== ':memory:') for (const companion of [`${file}-wal`, `${file}-shm`]) if (existsSync(companion)) chmodSync(companion, PRIVATE_FILE_MODE);
  }

  get isTransaction(): boolean {
    return this.database.isTransaction;
  }

  exec(sql: string): void {
    this.database.exec(sql);
  }

  all(sql: string, params: readonly SqliteValue[]): unknown[] {
    return this.statement(sql).all(...params);
  }

  run(sql: string, params: readonly SqliteValue[]): number {
    return Number(this.statement(sql).run(...params).changes);
  }

  /** Runs the steps in one write transaction and returns how many rows each changed; all or nothing. */
  transactionSteps(steps: readonly SqliteStep[]): number[] {
    this.exec('BEGIN IMMEDIATE');
    try {
      const changes = steps.map((step) => this.run(step.sql, step.params));
      this.exec('COMMIT');
      return changes;
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Ends an open transaction without keeping any of it (nothing happens when none is open). */
  rollback(): void {
    if (this.database.isTransaction) this.database.exec('ROLLBACK');
  }

  close(): void {
    this.statements.clear();
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
}
