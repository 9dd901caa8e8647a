// Runs the collector benchmark under Vitest (its imports need Vite's TypeScript handling) and writes the figures to
// the file named by BENCH_OUT, for bench/run.mjs. Not part of npm test (see bench/vitest.bench.config.ts).

import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { run } from './run';

test('collector benchmark', async () => {
  const out = process.env.BENCH_OUT;
  if (!out) throw new Error('BENCH_OUT must name the file for the figures');
  const figures = await run({
    ingestEvents: Number(process.env.BENCH_INGEST_EVENTS ?? 50_000),
  });
  writeFileSync(out, JSON.stringify(figures, null, 2));
}, 900_000);
