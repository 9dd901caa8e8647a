// SQLite for the collector, with the connection on its own thread (sqliteThread.ts): node:sqlite is synchronous, so
// statements and each COMMIT's fsync would otherwise stop the HTTP server; a long dashboard query would stall every
// kiosk's upload. This side sends statements and awaits their replies.
// Ordering: single statements and transactionSteps() are one message each and run in the order sent; a transaction()
// spans several messages, so while one is queued or open, new statements wait for it to end and never land inside it.

import { Worker } from 'node:worker_threads';
import type { SqliteStep } from './sqliteConnection';
import { deserializeError, type ThreadReply, type ThreadRequest } from './sqliteThreadProtocol';
import type { SqlDriver, SqlExecutor, SqlStep, SqlValue } from './sqlDriver';

type Request = ThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  readonly migrationLockSql = null;
  /** One connection, and BEGIN IMMEDIATE takes the write lock for the whole transaction: nothing to add. */
  readonly lockRowsSuffix = '';
  readonly file: string;
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Set once the thread has stopped or failed: every later statement is refused with it. */
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Multi-message transactions queued or open, and the end of the last one. */
  private transactions = 0;
  private transactionTail: Promise<unknown> = Promise.resolve();
  private readonly executor: SqlExecutor = {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await this.call({ op: 'all', sql, params })) as Row[],
    run: async (sql: string, params: readonly SqlValue[] = []) => (await this.call({ op: 'run', sql, params })) as number,
  };

  private constructor(file: string, worker: Worker) {
    this.file = file;
    this.worker = worker;
    worker.on('message', (reply: ThreadReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(new Error(`the SQLite database thread failed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(new Error(`the SQLite database thread stopped (exit code ${code})`)));
    worker.unref();
  }

  /** Starts the database thread and opens `file` there (created with its folder if missing). */
  static open(file: string): Promise<SqliteDriver> {
    const worker = new Worker(new URL('./sqliteThread.ts', import.meta.url), { workerData: { file } });
    const driver = new SqliteDriver(file, worker);
    return new Promise<SqliteDriver>((resolve, reject) => {
      driver.waitFor(0, {
        resolve: () => resolve(driver),
        reject: (error) => {
          void worker.terminate();
          reject(new Error(`cannot open the SQLite database ${file}: ${error.message}`, { cause: error }));
        },
      });
    });
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.single({ op: 'all', sql, params }) as Promise<Row[]>;
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.single({ op: 'run', sql, params }) as Promise<number>;
  }

  transactionSteps(steps: readonly SqlStep[]): Promise<number[]> {
    return this.single({ op: 'steps', steps: steps as readonly SqliteStep[] }) as Promise<number[]>;
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.transactions += 1;
    const body = async (): Promise<T> => {
      try {
        await this.call({ op: 'exec', sql: 'BEGIN IMMEDIATE' });
        try {
          const result = await work(this.executor);
          await this.call({ op: 'exec', sql: 'COMMIT' });
          return result;
        } catch (error) {
          await this.call({ op: 'rollback' }).catch(() => undefined);
          throw error;
        }
      } finally {
        this.transactions -= 1;
      }
    };
    const result = this.transactionTail.then(body, body);
    this.transactionTail = result.catch(() => undefined);
    return result;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.transactionTail;
      if (this.failure === null) await this.call({ op: 'close' }).catch(() => undefined);
      this.failure ??= new Error('the SQLite database is closed');
      await this.worker.terminate();
    })();
    return this.closing;
  }

  /** A one-message request: sent at once, unless a transaction is queued or open (then right after it). */
  private single(request: Request): Promise<unknown> {
    if (this.transactions === 0) return this.call(request);
    return this.transactionTail.then(() => this.call(request));
  }

  private call(request: Request): Promise<unknown> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.waitFor(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  /** Keeps the process alive only while a reply is awaited, so a forgotten close() never hangs a command. */
  private waitFor(id: number, waiting: Waiting): void {
    if (this.waiting.size === 0) this.worker.ref();
    this.waiting.set(id, waiting);
  }

  private settle(reply: ThreadReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(deserializeError(reply.error));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }
}
