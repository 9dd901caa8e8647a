// Dashboard query latency at scale: seeds N synthetic events (a year, 20 devices, 4 languages) through the store's
// real ingest path (events in one transaction per batch, then the fold into the daily and monthly rollups), then times each dashboard report,
// median of 5 runs, for a month and for the whole year, with and without filters. Usage:
//   node bench/dashboard/run.ts --events 1000000 [--backend sqlite|postgres]   (PostgreSQL: BIOTECH_TEST_DATABASE_URL)
// Run with Node 24 and the collector's resolve hook: node --import ./collector/resolveHooks.ts bench/dashboard/run.ts

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { careersReport } from '../../collector/reports/careers';
import { filtersSchema } from '../../collector/reports/filters';
import { gamesReport } from '../../collector/reports/games';
import { overviewReport } from '../../collector/reports/overview';
import { storedRow, type StoredEventRow } from '../../collector/storage/collectorStore';
import { openStore } from '../../collector/storage/openStore';
import { VisitGenerator } from '../fixtures/visits';

const args = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2) args.set(process.argv[index]!.replace(/^--/, ''), process.argv[index + 1] ?? '');
const total = Number(args.get('events') ?? 1_000_000);
const backend = args.get('backend') ?? 'sqlite';
const DEVICES = 20;
const START = Date.UTC(2025, 0, 1);
const visits = new VisitGenerator();

/** One visit of about 12 events on `device` at `at`, as stored rows (received the moment they occurred). */
function session(device: number, at: number): StoredEventRow[] {
  return visits.visit(device, at).map((event) => {
    const time = Date.parse(event.occurredAt);
    return storedRow(event, event.occurredAt, time, time);
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dashboard-bench-'));
  const schema = `dashboard_bench_${Date.now().toString(36)}`;
  const url = process.env.BIOTECH_TEST_DATABASE_URL ?? null;
  if (backend === 'postgres' && url === null) throw new Error('BIOTECH_TEST_DATABASE_URL is not set');
  const store = await openStore({ databaseUrl: backend === 'postgres' ? url : null, databaseSchema: backend === 'postgres' ? schema : 'public', dataDir });
  try {
    for (let device = 0; device < DEVICES; device += 1) {
      await store.driver.run('INSERT INTO devices (device_id, site_label, token_hash, enrolled_at) VALUES (?, ?, ?, ?)', [`device-${device}`, `Site ${device % 5}`, `hash-${device}`, START]);
    }
    const seedStart = performance.now();
    let stored = 0;
    let batch: StoredEventRow[] = [];
    let device = 0;
    while (stored < total) {
      const at = START + Math.floor((stored / total) * 365 * 86_400_000);
      batch.push(...session(device, at));
      if (batch.length >= 480) {
        await store.insertEvents(`device-${device}`, batch);
        stored += batch.length;
        batch = [];
        device = (device + 1) % DEVICES;
      }
    }
    // The collector folds stored events into the rollups after the ingest (rollupFolder.ts); the dashboard's routes
    // catch up before they read, so the reports below see every event. Seeding time includes that fold.
    await store.foldRollups();
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(`${backend}: seeded ${stored} events in ${seedSeconds.toFixed(0)} s (${Math.round(stored / seedSeconds)} events/s)`);
    for (const table of ['daily_counts', 'monthly_counts']) {
      const rollupRows = await store.driver.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
      console.log(`${backend}: ${table} has ${rollupRows[0]?.n} rows`);
    }
    const cases = {
      'month': { from: '2025-06-01', to: '2025-06-30' },
      'year': { from: '2025-01-01', to: '2025-12-31', granularity: 'month' },
      'year, filtered': { from: '2025-01-01', to: '2025-12-31', mode: 'kiosk', language: 'fr', site: 'Site 3' },
      // The most daily rows a year-long range can need: 30 days on each side of ten whole months.
      'year, partial months': { from: '2025-01-02', to: '2025-12-30' },
    } as const;
    for (const [label, raw] of Object.entries(cases)) {
      const filters = filtersSchema.parse(raw);
      for (const [name, report] of Object.entries({ overview: overviewReport, games: gamesReport, careers: careersReport })) {
        const times: number[] = [];
        for (let run = 0; run < 5; run += 1) {
          const start = performance.now();
          await report(store.driver, filters);
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        console.log(`${backend} ${total} events | ${name} | ${label} | median ${times[2]!.toFixed(1)} ms, max ${times[4]!.toFixed(1)} ms`);
      }
    }
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (backend === 'postgres' && url !== null) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
}

await main();
