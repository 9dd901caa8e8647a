// Collector benchmark: ingest throughput over real HTTP (validation, auth, one transaction per batch) on SQLite
// and on PostgreSQL, each compared in the same run with a raw batched INSERT of the same rows into the same
// database (target: at least 50 %). (The drain of a client's backlog is measured in Chromium: bench/browser/drain.mjs.)
// run() returns the figures; load it through Vite/Vitest (renderer/telemetry is not strip-only TypeScript).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { enrolmentCodeHash, newEnrolmentCode } from '../../collector/security/secrets';
import { buildApp } from '../../collector/server/app';
import { parseBatch } from '../../collector/server/batch';
import { createLogger } from '../../collector/server/logging';
import type { StorageSettings } from '../../collector/settings';
import { EVENT_COLUMNS, eventValues } from '../../collector/storage/collectorStore';
import { openStore } from '../../collector/storage/openStore';
import { multiRowInsert, type SqlDriver } from '../../collector/storage/sqlDriver';
import { batchBody } from '../../collector/test/sampleEvents';
import type { EngagementEvent } from '../../common/events';
import { VisitGenerator } from '../fixtures/visits';

export interface IngestFigures {
  readonly backend: 'sqlite' | 'postgres';
  readonly events: number;
  readonly ingestEventsPerSecond: number;
  readonly rawInsertEventsPerSecond: number;
  /** ingest / raw; the target is at least 0.5. */
  readonly ratio: number;
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
    const bodies = batches.map((batch) => JSON.stringify(batch));
    const rawRows = batches.map((batch) => {
      const parsed = parseBatch(JSON.parse(JSON.stringify(batch)), Date.now());
      if (!('rows' in parsed)) throw new Error(`sample batch is invalid: ${parsed.problem.message}`);
      return parsed.rows;
    });

    // Ingest: two clients in parallel (two kiosks), each sending its batches one after the other, from a worker
    // thread (ingestClient.mjs) so the load generator does not share the collector's event loop.
    const ingestSeconds = await new Promise<number>((resolve, reject) => {
      const client = new Worker(new URL('./ingestClient.mjs', import.meta.url), { workerData: { address, deviceToken, bodies, lanes: 2 } });
      client.once('message', (message: { seconds: number }) => resolve(message.seconds));
      client.once('error', reject);
      client.once('exit', (code) => reject(new Error(`ingest client exited with ${code} before finishing`)));
    });

    // Raw: the same number of rows, same columns, same batch size, one plain INSERT per batch in a transaction, into
    // a table with the events table's own primary key and indexes (an unindexed copy would count the cost of the
    // indexes every collector needs as ingest overhead).
    await createRawTable(store.driver);
    const sql = multiRowInsert('bench_raw_events', EVENT_COLUMNS, BATCH);
    const rawStart = performance.now();
    for (const rows of rawRows) {
      const params = rows.flatMap((row) => eventValues('bench-device', row));
      await store.driver.transaction((tx) => tx.run(sql, params));
    }
    const rawSeconds = (performance.now() - rawStart) / 1000;
    await store.driver.run('DROP TABLE bench_raw_events');
    const ingestEventsPerSecond = Math.round(totalEvents / ingestSeconds);
    const rawInsertEventsPerSecond = Math.round(totalEvents / rawSeconds);
    return { backend, events: totalEvents, ingestEventsPerSecond, rawInsertEventsPerSecond, ratio: Number((ingestEventsPerSecond / rawInsertEventsPerSecond).toFixed(2)) };
  } finally {
    await app.close();
    await store.close();
  }
}

export async function run(options: { ingestEvents?: number } = {}): Promise<CollectorBenchFigures> {
  const ingestEvents = options.ingestEvents ?? 50_000;
  const notes: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'collector-bench-'));
  const ingest: IngestFigures[] = [];
  try {
    ingest.push(await benchIngest('sqlite', { databaseUrl: null, databaseSchema: 'public', dataDir: path.join(dataDir, 'ingest') }, ingestEvents));
    const postgresUrl = process.env.BIOTECH_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (postgresUrl === undefined) {
      notes.push('PostgreSQL skipped: set BIOTECH_TEST_DATABASE_URL');
    } else {
      const schema = `collector_bench_${process.pid}`;
      try {
        ingest.push(await benchIngest('postgres', { databaseUrl: postgresUrl, databaseSchema: schema, dataDir }, ingestEvents));
      } finally {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    }
    return { ingest, notes };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
