// `npm run bench`: measures the project's speed, memory and size against the production build in headless Chromium
// (and the collector in Node), writes bench/results/latest.json and latest.md, and compares with the previous
// results (change in %). It reports; it never fails a build. Each entry runs on its own: one failing entry is
// reported as such and the others still run. size and startup measure the shipped build (dist/web); games, soak,
// drain and eventlog drive the app through its test hooks, which only the test build (dist/web-test, the same app
// plus those hooks: renderer/testing/testBuild.ts) has.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDrain } from './browser/drain.mjs';
import { benchGames } from './browser/games.mjs';
import { benchLighthouse } from './browser/lighthouse.mjs';
import { launchBrowser } from './browser/session.mjs';
import { benchSoak } from './browser/soak.mjs';
import { benchStartup } from './browser/startup.mjs';
import { buildReactFloor } from './reactFloor.mjs';
import { benchSize } from './size.mjs';
import { renderTable } from './table.mjs';
import { findChromium } from '../scripts/chromium-path.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'bench', 'results');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const wanted = (name) => only === null || only.includes(name);

function serve(dir, port) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve-web.mjs'), '--root', dir, '--port', String(port)], { stdio: 'ignore' });
  return child;
}

async function entry(results, name, fn) {
  if (!wanted(name)) return;
  const started = Date.now();
  process.stdout.write(`bench: ${name}… `);
  try {
    results[name] = await fn();
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    results[name] = { error: String(error?.message ?? error) };
    console.log(`FAILED: ${results[name].error}`);
  }
}

const results = {};
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  chromium: spawnSync(findChromium() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout.trim(),
};

// The entries that need the built app, its servers and Chromium; `--only collector` starts none of them.
const PAGE_ENTRIES = ['size', 'startup', 'lighthouse', 'games', 'soak', 'drain', 'eventlog'];
if (PAGE_ENTRIES.some(wanted)) {
  const appPort = 4700 + Math.floor(Math.random() * 100);
  const floorPort = appPort + 100;
  const testPort = appPort + 300;
  const appServer = serve(path.join(root, 'dist', 'web'), appPort);
  const testServer = serve(path.join(root, 'dist', 'web-test'), testPort);
  const floorServer = serve(path.join(root, 'bench', 'fixtures'), floorPort);
  await new Promise((resolve) => setTimeout(resolve, 800));
  const base = `http://127.0.0.1:${appPort}`;
  const testBase = `http://127.0.0.1:${testPort}`;
  const browser = await launchBrowser();
  try {
    // The games are whatever the hub offers: read from the page, not from a second list.
    const hub = await browser.newPage();
    await hub.goto(`${base}/#/games`);
    await hub.locator('.game-card__link').first().waitFor();
    const gameIds = await hub.$$eval('.game-card__link', (links) => links.map((a) => a.getAttribute('href').replace('#/games/', '')));
    await hub.close();
    // BENCH_GAMES=<id>,<id> measures only those games (e.g. a new game while developing it), in hub order.
    const chosenGames = process.env.BENCH_GAMES?.split(',').map((id) => id.trim()).filter(Boolean);
    const unknownGames = chosenGames?.filter((id) => !gameIds.includes(id)) ?? [];
    if (unknownGames.length > 0) throw new Error(`BENCH_GAMES names games the hub does not offer: ${unknownGames.join(', ')} (it offers ${gameIds.join(', ')})`);

    await entry(results, 'size', async () => benchSize(path.join(root, 'dist', 'web')));
    await entry(results, 'startup', async () => {
      // The entry's second floor, one button drawn by React, built like the app (bench/reactFloor.mjs).
      const reactFloorPort = appPort + 400;
      const reactFloorServer = serve(await buildReactFloor(root), reactFloorPort);
      try {
        await new Promise((resolve) => setTimeout(resolve, 800));
        return await benchStartup(browser, { appUrl: `${base}/`, floorUrl: `http://127.0.0.1:${floorPort}/`, reactFloorUrl: `http://127.0.0.1:${reactFloorPort}/` });
      } finally {
        reactFloorServer.kill();
      }
    });
    await entry(results, 'lighthouse', () => benchLighthouse({ url: `${base}/` }));
    await entry(results, 'games', () => benchGames(browser, { base: testBase, gameIds: chosenGames ? gameIds.filter((id) => chosenGames.includes(id)) : gameIds }));
    // BENCH_SOAK_VISITS (default 2,000) and BENCH_SOAK_WARMUP_SECONDS (default 300) shorten the soak while developing it.
    const soakSize = { visits: Number(process.env.BENCH_SOAK_VISITS) || undefined, warmupSeconds: process.env.BENCH_SOAK_WARMUP_SECONDS === undefined ? undefined : Number(process.env.BENCH_SOAK_WARMUP_SECONDS) };
    await entry(results, 'soak', () => benchSoak(browser, { gameIds, root, webPort: testPort, collectorPort: floorPort + 150, ...soakSize }));
    await entry(results, 'drain', () => benchDrain(browser, { root, webPort: testPort, collectorPort: floorPort + 100 }));
    await entry(results, 'eventlog', async () => {
      const { run } = await import('./eventlog/index.mjs');
      return run({ baseUrl: testBase, chromiumPath: findChromium() });
    });
  } finally {
    await browser.close();
    appServer.kill();
    testServer.kill();
    floorServer.kill();
  }
}

await entry(results, 'collector', async () => {
  const out = path.join(os.tmpdir(), `collector-bench-${process.pid}.json`);
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'bench/vitest.bench.config.ts'], {
    cwd: root,
    env: { ...process.env, BENCH_OUT: out },
    encoding: 'utf8',
    timeout: 1_800_000,
  });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`collector bench exited ${run.status}: ${(run.stdout + run.stderr).slice(-600)}`);
  return JSON.parse(readFileSync(out, 'utf8'));
});

mkdirSync(resultsDir, { recursive: true });
const latest = path.join(resultsDir, 'latest.json');
const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
const report = { meta, results };
const table = renderTable(report, previous);
if (only === null) {
  // A full run becomes the new reference; the one before it is kept for comparison.
  if (previous !== null) renameSync(latest, path.join(resultsDir, 'previous.json'));
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'latest.md'), table);
} else {
  // A partial run (--only) is compared with the full results but never replaces them.
  const name = `only-${only.join('-')}`;
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, `${name}.md`), table);
}
console.log(`\n${table}`);
