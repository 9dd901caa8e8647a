// Runs the collector benchmark under Vitest (its imports need Vite's TypeScript handling) and writes the figures to
// the file named by BENCH_OUT, for bench/run.mjs. Not part of npm test (see bench/vitest.bench.config.ts).
// Two parts: ingest throughput (run.ts) and the reconnect of many devices after an outage (reconnect.ts).
// BENCH_COLLECTOR_PARTS=ingest or =reconnect runs one of them; BENCH_INGEST_EVENTS, BENCH_RECONNECT_DEVICES and
// BENCH_RECONNECT_EVENTS set their sizes (a smaller fleet while developing).

import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { runReconnect } from './reconnect';
import { run } from './run';

test('collector benchmark', async () => {
  const out = process.env.BENCH_OUT;
  if (!out) throw new Error('BENCH_OUT must name the file for the figures');
  const parts = (process.env.BENCH_COLLECTOR_PARTS ?? 'ingest,reconnect').split(',');
  const ingest = parts.includes('ingest') ? await run({ ingestEvents: Number(process.env.BENCH_INGEST_EVENTS ?? 50_000) }) : { ingest: [], notes: [] };
  const reconnect = parts.includes('reconnect')
    ? await runReconnect({
        devices: Number(process.env.BENCH_RECONNECT_DEVICES ?? 1_000),
        events: Number(process.env.BENCH_RECONNECT_EVENTS ?? 300_000),
      })
    : { reconnect: [], notes: [] };
  const figures = { ingest: ingest.ingest, reconnect: reconnect.reconnect, notes: [...ingest.notes, ...reconnect.notes] };
  writeFileSync(out, JSON.stringify(figures, null, 2));
}, 1_800_000);
