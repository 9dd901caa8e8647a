// The SQLite driver with its connection on a database thread: SQLite's errors reach the caller with their codes,
// transactions are all or nothing, a statement never lands inside another caller's open transaction, a thread that
// dies is replaced (up to a limit) without keeping half a transaction, and a closed or unopenable database gives a
// clear error instead of hanging. The query-only reader answers readCommitted() while the writer is busy.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDriver } from '../storage/sqliteDriver';
import type { SqlExecutor } from '../storage/sqlDriver';

describe('SqliteDriver (database thread)', () => {
  let dir: string;
  let driver: SqliteDriver;
  const count = async () => Number((await driver.all<{ n: number }>('SELECT COUNT(*) AS n FROM visits'))[0]?.n);

  /** A transaction that inserts `id`, then holds the connection until release() before running `after` in it. */
  function heldTransaction(id: string, after: (tx: SqlExecutor) => Promise<unknown>) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedOne = new Promise<void>((resolve) => (inserted = resolve));
    const done = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO visits (id, n) VALUES (?, ?)', [id, 1]);
      inserted();
      await held;
      await after(tx);
    });
    return { insertedOne, release, done };
  }

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sqlite-driver-'));
    driver = await SqliteDriver.open(path.join(dir, 'nested', 'test.sqlite'));
    await driver.run('CREATE TABLE visits (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
  });
  afterEach(async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs statements on its thread and hands back rows and changed-row counts', async () => {
    expect(await driver.run('INSERT INTO visits (id, n) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2])).toBe(2);
    expect(await driver.all('SELECT id, n FROM visits ORDER BY id')).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
  });

  it("keeps SQLite's message and error codes when a statement fails", async () => {
    await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 1]);
    const failure = await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 2]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/UNIQUE constraint failed: visits\.id/);
    expect(failure).toMatchObject({ code: 'ERR_SQLITE_ERROR', errcode: 1555 }); // SQLITE_CONSTRAINT_PRIMARYKEY
  });

  it('rolls a transaction back when its work fails, keeping none of it', async () => {
    const failed = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 1]);
      throw new Error('the work failed');
    });
    await expect(failed).rejects.toThrow('the work failed');
    expect(await count()).toBe(0);
  });

  it("never runs a statement inside another caller's open transaction", async () => {
    const { insertedOne, release, done: transaction } = heldTransaction('a', async () => {
      throw new Error('rolled back on purpose');
    });
    await insertedOne;
    // Sent while the transaction holds the connection with one uncommitted row: it must wait and see none.
    const counted = count();
    const stepped = driver.transactionSteps([{ sql: 'INSERT INTO visits (id, n) VALUES (?, ?)', params: ['b', 2] }]);
    release();
    await expect(transaction).rejects.toThrow('rolled back on purpose');
    expect(await counted).toBe(0);
    expect(await stepped).toEqual([1]);
    expect(await driver.all('SELECT id FROM visits')).toEqual([{ id: 'b' }]);
  });

  it('runs transaction steps all or nothing and reports the rows each one changed', async () => {
    const insert = 'INSERT INTO visits (id, n) VALUES (?, ?)';
    await expect(
      driver.transactionSteps([
        { sql: insert, params: ['a', 1] },
        { sql: insert, params: ['a', 2] },
      ]),
    ).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await count()).toBe(0);
    expect(
      await driver.transactionSteps([
        { sql: insert, params: ['a', 1] },
        { sql: 'UPDATE visits SET n = n + 1 WHERE id IN (?, ?)', params: ['a', 'missing'] },
      ]),
    ).toEqual([1, 1]);
  });

  it('reads what is committed beside a transaction that holds the writer, and never writes there', async () => {
    await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 1]);
    const { insertedOne, release, done } = heldTransaction('b', async () => undefined);
    await insertedOne;
    // The writer is held inside a transaction: all() would wait for it; readCommitted() answers now, without 'b'.
    expect(await driver.readCommitted('SELECT id FROM visits ORDER BY id')).toEqual([{ id: 'a' }]);
    await expect(driver.readCommitted('INSERT INTO visits (id, n) VALUES (?, ?)', ['c', 3])).rejects.toThrow(/readonly database/);
    release();
    await done;
    expect(await driver.readCommitted('SELECT id FROM visits ORDER BY id')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  /** Ends the database thread the way a crash would (the driver is not told beforehand). */
  const killThread = () => (driver as unknown as { thread: { worker: Worker } }).thread.worker.terminate();

  it('starts a new database thread when its thread dies: only what was in flight fails, nothing half-done is kept', async () => {
    await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 1]);
    const { insertedOne, release, done: transaction } = heldTransaction('b', (tx) => tx.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['c', 3]));
    await insertedOne;
    await killThread();
    release();
    await expect(transaction).rejects.toThrow(/the SQLite database thread stopped/);
    expect(await driver.all('SELECT id FROM visits ORDER BY id')).toEqual([{ id: 'a' }]);
    expect(await driver.transactionSteps([{ sql: 'INSERT INTO visits (id, n) VALUES (?, ?)', params: ['d', 4] }])).toEqual([1]);
    expect(await count()).toBe(2);
  });

  it('starts a new reading thread when it dies, and the writer goes on', async () => {
    await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['a', 1]);
    await (driver as unknown as { reader: { worker: Worker } }).reader.worker.terminate();
    expect(await driver.readCommitted('SELECT id FROM visits')).toEqual([{ id: 'a' }]);
    expect(await driver.run('INSERT INTO visits (id, n) VALUES (?, ?)', ['b', 2])).toBe(1);
  });

  it('stops restarting a thread that keeps dying, and says so', async () => {
    for (let death = 0; death < 4; death += 1) {
      await driver.all('SELECT 1 AS one');
      await killThread();
    }
    await expect(driver.all('SELECT 1 AS one')).rejects.toThrow(/stopped 4 times within a minute, so it is not restarted again/);
  });

  it('refuses statements after close with a clear error, and closing twice is harmless', async () => {
    await driver.close();
    await expect(driver.all('SELECT 1')).rejects.toThrow('the SQLite database is closed');
    await expect(driver.close()).resolves.toBeUndefined();
  });
});

describe('opening a SQLite database that cannot be opened', () => {
  it('names the file and the reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sqlite-driver-'));
    try {
      const file = path.join(dir, 'not-a-database.sqlite');
      writeFileSync(file, 'this is a text file, not SQLite, and it is long enough to have a header that does not match');
      await expect(SqliteDriver.open(file)).rejects.toThrow(`cannot open the SQLite database ${file}: file is not a database`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
