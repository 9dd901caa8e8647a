// Sync drain: a stand that was offline for days comes back online with 100,000 events waiting. The events are
// recorded into the app's own engagement log in Chromium (the production build, real IndexedDB) while no collector
// is configured; then the device config names a real collector process (SQLite) and the app restarts, and the
// clock runs from that restart until the log reports nothing pending or in flight. A small pass-through proxy
// serves the page and the collector on one origin, as the web build's CSP allows connections to 'self' only.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { newPage } from './session.mjs';
import { kioskConfig } from './soak.mjs';

function startCollector(root, port, dataDir) {
  const child = spawn(process.execPath, ['collector/cli.ts', 'serve', '--port', String(port), '--data-dir', dataDir, '--rate-limit', '1000000', '--rate-burst', '1000000', '--log-level', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the collector did not start within 20 s')), 20_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
  });
}

async function enrolmentCode(root, dataDir) {
  const child = spawn(process.execPath, ['collector/cli.ts', 'enrol', '--site', 'Bench', '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)?.[1];
  if (!code) throw new Error(`no enrolment code in: ${output}`);
  return code;
}

/** /v1/… to the collector, everything else to the web server; bodies streamed through untouched. */
function passThrough(webPort, collectorPort) {
  const server = http.createServer((request, response) => {
    const port = (request.url ?? '').startsWith('/v1/') ? collectorPort : webPort;
    const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: { ...request.headers, host: `127.0.0.1:${port}` } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.headersSent ? response.destroy() : response.writeHead(502).end());
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchDrain(browser, { root, webPort, collectorPort, events = 100_000 }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-drain-'));
  const collector = await startCollector(root, collectorPort, dataDir);
  const proxy = await passThrough(webPort, collectorPort);
  const origin = `http://127.0.0.1:${proxy.address().port}`;
  const { context, page } = await newPage(browser, { deviceConfig: kioskConfig() });
  try {
    const code = await enrolmentCode(root, dataDir);
    const enrol = await fetch(`http://127.0.0.1:${collectorPort}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const { deviceToken } = await enrol.json();

    await page.goto(`${origin}/?testHooks=1`);
    await page.waitForFunction(() => window.__biotechTest?.telemetry !== undefined);
    const recordStarted = Date.now();
    await page.evaluate(async (total) => {
      const log = window.__biotechTest.telemetry;
      let recorded = 0;
      while (recorded < total) {
        await log.startSession('fr');
        recorded += 1;
        const writes = [];
        for (let i = 0; i < Math.min(998, total - recorded - 1); i += 1) writes.push(log.track({ type: 'screen-viewed', screen: i % 2 ? 'games' : 'careers' }));
        recorded += (await Promise.all(writes)).length;
        if ((await log.endSession('idle')) !== null) recorded += 1;
      }
      await log.flush();
    }, events);
    const recordSeconds = (Date.now() - recordStarted) / 1000;

    // Back online: the collector is configured and the app restarts, as after the admin enrols the device.
    await page.evaluate((config) => localStorage.setItem('biotech.deviceConfig.v1', JSON.stringify(config)), { ...kioskConfig(), collectorUrl: origin, deviceToken });
    const started = performance.now();
    await page.reload();
    await page.waitForFunction(() => window.__biotechTest?.telemetry !== undefined);
    const waiting = () => page.evaluate(async () => {
      const { events: counts } = await window.__biotechTest.telemetry.stats();
      return counts.pending + counts.sent;
    });
    while ((await waiting()) > 0) {
      if (performance.now() - started > 600_000) throw new Error('the backlog did not drain within 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
    const delivered = database.prepare('SELECT COUNT(*) AS n FROM events').get().n;
    database.close();
    if (delivered !== events) throw new Error(`the collector holds ${delivered} events, expected ${events}`);
    return { events: delivered, seconds: Number(seconds.toFixed(1)), eventsPerSecond: Math.round(delivered / seconds), recordSeconds: Number(recordSeconds.toFixed(1)) };
  } finally {
    await context.close();
    proxy.close();
    collector.kill('SIGTERM');
    await new Promise((resolve) => collector.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
