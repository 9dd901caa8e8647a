// SQLite for the collector, with the connection on its own thread (sqliteThread.ts): node:sqlite is synchronous, so
// statements and each COMMIT's fsync would otherwise stop the HTTP server; a long dashboard query would stall every
// kiosk's upload. This side sends statements and awaits their replies.
// A second thread holds a query-only connection for readCommitted(): the device lookup before each upload and the
// dashboard's reports read there, beside the writer, instead of waiting behind the uploads being stored (and the
// uploads no longer wait behind a report). In WAL mode a reader never waits for the writer.
// Ordering: single statements and transactionSteps() are one message each and run in the order sent; a transaction()
// spans several messages, so while one is queued or open, new statements wait for it to end and never land inside it.
// If the thread dies (SQL errors do not kill it: they are answered), what was in flight fails, SQLite drops the
// uncommitted transaction, and a new thread opens the file again; after 3 deaths in a minute the driver gives up.

import { Worker } from 'node:worker_threads';
import type { SqliteRole, SqliteStep } from './sqliteConnection';
import { deserializeError, type ThreadReply, type ThreadRequest } from './sqliteThreadProtocol';
import type { SqlDriver, SqlExecutor, SqlStep, SqlValue } from './sqlDriver';

/** A request before the driver numbers it (each member of the union without its id). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ThreadRequest>;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One database thread: its worker, the replies it owes, and why it ended (once it has). */
interface DatabaseThread {
  readonly role: SqliteRole;
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
  /** Resolves once the thread has opened the file. */
  readonly opened: Promise<void>;
  /** Resolves once the thread has opened the file or failed to (a failure is handled where `opened` is awaited). */
  readonly settled: Promise<void>;
  lost: Error | null;
}

/** More deaths than this within a minute: the thread is not restarted again. */
const MAX_RESTARTS_PER_MINUTE = 3;

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  readonly migrationLockSql = null;
  /** One connection, and BEGIN IMMEDIATE takes the write lock for the whole transaction: nothing to add. */
  readonly lockRowsSuffix = '';
  readonly file: string;
  private thread: DatabaseThread;
  /** The query-only connection's thread, started once the writer has opened the file (open()). */
  private reader: DatabaseThread | null = null;
  private readonly deaths: number[] = [];
  /** False until the first thread has opened the file: a thread that cannot open it is not restarted. */
  private opened = false;
  private nextId = 1;
  /** Set once the database is closed or given up: every later statement is refused with it. */
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Multi-message transactions queued or open, and the end of the last one. */
  private transactions = 0;
  private transactionTail: Promise<unknown> = Promise.resolve();

  private constructor(file: string) {
    this.file = file;
    this.thread = this.startThread('writer');
  }

  /** Starts the database thread and opens `file` there (created with its folder if missing). */
  static async open(file: string): Promise<SqliteDriver> {
    const driver = new SqliteDriver(file);
    try {
      await driver.thread.opened;
    } catch (error) {
      driver.failure = error as Error;
      await driver.thread.worker.terminate();
      throw new Error(`cannot open the SQLite database ${file}: ${(error as Error).message}`, { cause: error });
    }
    // The reader opens the file once the writer has created it and put it in WAL mode.
    const reader = driver.startThread('reader');
    driver.reader = reader;
    try {
      await reader.opened;
    } catch (error) {
      driver.failure = error as Error;
      await Promise.all([driver.thread.worker.terminate(), reader.worker.terminate()]);
      throw new Error(`cannot open the SQLite database ${file} for reading: ${(error as Error).message}`, { cause: error });
    }
    driver.opened = true;
    return driver;
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.single({ op: 'all', sql, params }) as Promise<Row[]>;
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.single({ op: 'run', sql, params }) as Promise<number>;
  }

  /** On the reader's thread, at once: it sees what is committed, whatever the writer is doing (see SqlDriver). */
  readCommitted<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    if (this.reader === null) return Promise.reject(this.failure ?? new Error('the SQLite database is not open'));
    return this.call({ op: 'all', sql, params }, this.reader) as Promise<Row[]>;
  }

  transactionSteps(steps: readonly SqlStep[]): Promise<number[]> {
    return this.single({ op: 'steps', steps: steps as readonly SqliteStep[] }) as Promise<number[]>;
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.transactions += 1;
    const body = async (): Promise<T> => {
      // Every statement of the transaction goes to the thread that began it: if that thread dies, the rest fails
      // instead of running, outside any transaction, on the next thread.
      const thread = this.thread;
      const tx: SqlExecutor = {
        all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await this.call({ op: 'all', sql, params }, thread)) as Row[],
        run: async (sql: string, params: readonly SqlValue[] = []) => (await this.call({ op: 'run', sql, params }, thread)) as number,
      };
      try {
        await this.call({ op: 'exec', sql: 'BEGIN IMMEDIATE' }, thread);
        try {
          const result = await work(tx);
          await this.call({ op: 'exec', sql: 'COMMIT' }, thread);
          return result;
        } catch (error) {
          await this.call({ op: 'rollback' }, thread).catch(() => undefined);
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
      if (this.failure === null) {
        const reader = this.reader;
        await Promise.all([
          this.call({ op: 'close' }).catch(() => undefined),
          reader === null ? undefined : this.call({ op: 'close' }, reader).catch(() => undefined),
        ]);
      }
      this.failure ??= new Error('the SQLite database is closed');
      await Promise.all([this.thread.worker.terminate(), this.reader?.worker.terminate()]);
    })();
    return this.closing;
  }

  private startThread(role: SqliteRole): DatabaseThread {
    const worker = new Worker(new URL('./sqliteThread.ts', import.meta.url), { workerData: { file: this.file, role } });
    const waiting = new Map<number, Waiting>();
    const opened = new Promise<void>((resolve, reject) => waiting.set(0, { resolve: () => resolve(), reject }));
    const thread: DatabaseThread = { role, worker, waiting, opened, settled: opened.catch(() => undefined), lost: null };
    // Kept alive only while a reply is awaited, so a forgotten close() never hangs a command.
    worker.ref();
    worker.on('message', (reply: ThreadReply) => this.settle(thread, reply));
    const name = role === 'writer' ? 'the SQLite database thread' : 'the SQLite reading thread';
    worker.on('error', (error) => this.lose(thread, new Error(`${name} failed: ${error.message}`)));
    worker.on('exit', (code) => this.lose(thread, new Error(`${name} stopped (exit code ${code})`)));
    return thread;
  }

  /**
   * A thread ended: what it owed fails; a new one takes its place (writer or reader) unless the driver is closing or
   * threads keep dying (the two threads' deaths count together).
   */
  private lose(thread: DatabaseThread, error: Error): void {
    if (thread.lost !== null) return;
    thread.lost = error;
    for (const waiting of thread.waiting.values()) waiting.reject(error);
    thread.waiting.clear();
    const current = thread.role === 'writer' ? this.thread : this.reader;
    if (!this.opened || this.closing !== null || this.failure !== null || thread !== current) return;
    const now = Date.now();
    while (this.deaths.length > 0 && now - this.deaths[0]! > 60_000) this.deaths.shift();
    this.deaths.push(now);
    if (this.deaths.length > MAX_RESTARTS_PER_MINUTE) {
      this.failure = new Error(`${error.message}; it stopped ${this.deaths.length} times within a minute, so it is not restarted again`);
      return;
    }
    const next = this.startThread(thread.role);
    if (thread.role === 'writer') this.thread = next;
    else this.reader = next;
    next.opened.catch((openError: unknown) => {
      this.failure ??= new Error(`cannot open the SQLite database ${this.file} again: ${(openError as Error).message}`);
    });
  }

  /** A one-message request: sent at once, unless a transaction is queued or open (then right after it). */
  private single(request: Request): Promise<unknown> {
    if (this.transactions === 0) return this.call(request);
    return this.transactionTail.then(() => this.call(request));
  }

  /** Sends `request` to `bound` (a transaction's thread) or the current thread, once that one has opened the file. */
  private async call(request: Request, bound?: DatabaseThread): Promise<unknown> {
    const thread = bound ?? this.thread;
    await thread.settled;
    if (this.failure !== null) throw this.failure;
    if (thread.lost !== null) throw thread.lost;
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      if (thread.waiting.size === 0) thread.worker.ref();
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  private settle(thread: DatabaseThread, reply: ThreadReply): void {
    const waiting = thread.waiting.get(reply.id);
    if (waiting === undefined) return;
    thread.waiting.delete(reply.id);
    if (thread.waiting.size === 0) thread.worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(deserializeError(reply.error));
  }
}
