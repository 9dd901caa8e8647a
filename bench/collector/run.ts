// Collector benchmark: ingest throughput over real HTTP (validation, auth, one transaction per batch) on SQLite
// and on PostgreSQL, each compared in the same run with a raw batched INSERT of the same rows into the same
// database (target: at least 50 %). (The drain of a client's backlog is measured in Chromium: bench/browser/drain.mjs.)
// run() returns the figures; load it through Vite/Vitest (renderer/telemetry is not strip-only TypeScript).

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { enrolmentCodeHash, newEnrolmentCode } from '../../collector/security/secrets';
import { buildApp } from '../../collector/server/app';
import { parseBatch } from '../../collector/server/batch';
import { createLogger } from '../../collector/server/logging';
import type { StorageSettings } from '../../collector/settings';
import { EVENT_COLUMNS, eventValues, newIngestBatchId } from '../../collector/storage/collectorStore';
import { openStore, SQLITE_FILE_NAME } from '../../collector/storage/openStore';
import { SqliteConnection } from '../../collector/storage/sqliteConnection';
import { multiRowInsert, type SqlDriver } from '../../collector/storage/sqlDriver';
import { batchBody } from '../../collector/test/sampleEvents';
import type { EngagementEvent } from '../../common/events';
import { VisitGenerator } from '../fixtures/visits';
import { onBothBackends } from './backends';

export interface IngestFigures {
  readonly backend: 'sqlite' | 'postgres';
  readonly events: number;
  readonly ingestEventsPerSecond: number;
  readonly rawInsertEventsPerSecond: number;
  /** ingest / raw; the target is at least 0.5. */
  readonly ratio: number;
  /** From the last batch's answer until the rollups hold every event (the fold after the uploads pause). */
  readonly foldSeconds: number;
  /** Events per second from the first upload until the rollups hold them all. */
  readonly ingestAndFoldEventsPerSecond: number;
}

export interface CollectorBenchFigures {
  readonly ingest: IngestFigures[];
  readonly notes: string[];
}

const BATCH = 500;

/** bench_raw_events: the events table's columns, primary key and indexes, empty. */
async function createRawTable(driver: SqlDriver): Promise<void> {
  if (driver.dialect === 'postgres') {
    await driver.run('CREATE TABLE bench_raw_events (LIKE events INCLUDING ALL)');
    return;
  }
  const statements = await driver.all<{ sql: string }>("SELECT sql FROM sqlite_master WHERE tbl_name = 'events' AND sql IS NOT NULL ORDER BY type DESC");
  for (const { sql } of statements) {
    await driver.run(sql.replace(/\bCREATE (TABLE|INDEX) (\w+)/, (_all, kind: string, name: string) => `CREATE ${kind} bench_raw_${name}`).replace(/\bON events\b/, 'ON bench_raw_events'));
  }
}

async function benchIngest(backend: 'sqlite' | 'postgres', settings: StorageSettings, totalEvents: number): Promise<IngestFigures> {
  const store = await openStore(settings);
  const app = buildApp({ store, logger: createLogger('silent'), rateLimit: { perMinute: 1e6, burst: 1e6 } });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const code = newEnrolmentCode();
    await store.createEnrolmentCode(enrolmentCodeHash(code)!, 'Bench', Date.now(), Date.now() + 60_000);
    const { deviceToken } = (await (await fetch(`${address}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { deviceToken: string };
    // Realistic traffic: whole visits (~12 events each, see bench/fixtures/visits.ts) over the last 30 days from 20
    // installations (sites and modes vary; all sent with the one enrolled token), cut into batches of 500 as the sync
    // client sends them. The raw INSERT gets the very same rows.
    const generator = new VisitGenerator();
    const events: EngagementEvent[] = [];
    const visits = Math.ceil(totalEvents / 12);
    for (let visit = 0; events.length < totalEvents; visit += 1) {
      events.push(...generator.visit(visit % 20, Date.now() - 30 * 86_400_000 + Math.floor((visit / visits) * 30 * 86_400_000)));
    }
    const batches = Array.from({ length: totalEvents / BATCH }, (_, index) => batchBody(events.slice(index * BATCH, (index + 1) * BATCH)));
    const bodies = batches.map((batch) => Buffer.from(JSON.stringify(batch), 'utf8'));
    const rawRows = batches.map((batch) => {
      const parsed = parseBatch(JSON.parse(JSON.stringify(batch)), Date.now());
      if (!('rows' in parsed)) throw new Error(`sample batch is invalid: ${parsed.problem.message}`);
      return parsed.rows;
    });

    // Ingest: two clients in parallel (two kiosks), each sending its batches one after the other, from a worker
    // thread (ingestClient.mjs) so the load generator does not share the collector's event loop.
    const ingestStart = performance.now();
    const ingestSeconds = await new Promise<number>((resolve, reject) => {
      const client = new Worker(new URL('./ingestClient.mjs', import.meta.url), { workerData: { address, deviceToken, bodies, lanes: 2 } });
      client.once('message', (message: { seconds: number }) => resolve(message.seconds));
      client.once('error', reject);
      client.once('exit', (code) => reject(new Error(`ingest client exited with ${code} before finishing`)));
    });
    // The uploads are answered once their events are stored; the rollups follow when uploads pause (250 ms idle).
    // Here the fold is asked for at once, and timed until the rollups hold every event.
    const foldStart = performance.now();
    await store.foldRollups();
    const foldSeconds = (performance.now() - foldStart) / 1000;
    const ingestAndFoldSeconds = (performance.now() - ingestStart) / 1000;
    const [backlog] = await store.driver.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM rollup_backlog');
    if (Number(backlog?.n) !== 0) throw new Error('the rollup backlog is not empty after the fold');

    // Raw: the same number of rows, same columns, same batch size, one plain INSERT per batch in a transaction, into
    // a table with the events table's own primary key and indexes (an unindexed copy would count the cost of the
    // indexes every collector needs as ingest overhead). On SQLite through its own connection on this thread, so the
    // raw figure pays no message passing to the collector's database thread.
    await createRawTable(store.driver);
    const sql = multiRowInsert('bench_raw_events', EVENT_COLUMNS, BATCH);
    const direct = backend === 'sqlite' ? new SqliteConnection(path.join(settings.dataDir, SQLITE_FILE_NAME)) : null;
    const rawStart = performance.now();
    for (const rows of rawRows) {
      const params = rows.flatMap((row) => eventValues('bench-device', newIngestBatchId(), row));
      if (direct !== null) direct.transactionSteps([{ sql, params }]);
      else await store.driver.transactionSteps([{ sql, params }]);
    }
    const rawSeconds = (performance.now() - rawStart) / 1000;
    direct?.close();
    await store.driver.run('DROP TABLE bench_raw_events');
    const ingestEventsPerSecond = Math.round(totalEvents / ingestSeconds);
    const rawInsertEventsPerSecond = Math.round(totalEvents / rawSeconds);
    return {
      backend,
      events: totalEvents,
      ingestEventsPerSecond,
      rawInsertEventsPerSecond,
      ratio: Number((ingestEventsPerSecond / rawInsertEventsPerSecond).toFixed(2)),
      foldSeconds: Number(foldSeconds.toFixed(2)),
      ingestAndFoldEventsPerSecond: Math.round(totalEvents / ingestAndFoldSeconds),
    };
  } finally {
    await app.close();
    await store.close();
  }
}

export async function run(options: { ingestEvents?: number } = {}): Promise<CollectorBenchFigures> {
  const ingestEvents = options.ingestEvents ?? 50_000;
  const { figures, notes } = await onBothBackends('ingest', (backend, storage) => benchIngest(backend, storage, ingestEvents));
  return { ingest: figures, notes };
}
