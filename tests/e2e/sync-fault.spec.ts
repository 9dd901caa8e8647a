// The exactly-once promise of sync, end to end: 100,000 events recorded into the app's engagement log in Chromium
// (the production web build, its IndexedDB log and its own sync client), delivered by Chromium's fetch through a
// proxy that injects 500s, hangs, dropped connections and duplicate deliveries, to a real collector process that is
// killed and restarted several times; the app itself restarts (a page reload) mid-delivery too. At the end the
// collector's event ids equal the ids in the app's log exactly: none missing, none doubled.
//
// The page is loaded through the proxy, so the collector sits on the page's own origin (the web build's CSP allows
// connections to 'self' only); ?syncFast=1 (test build and test hooks only) shortens the client's timeout and backoff.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test, type Page } from '@playwright/test';
import { enrolDevice } from '../../renderer/sync';
import { kioskConfig, useDeviceConfig } from './support/kiosk';
import { startFaultProxy } from './sync-fault-proxy';
import { TEST_BUILD, TEST_BUILD_ORIGIN } from './support/builds';
import { freePort, runCollectorCli, serveCollector } from './support/collectorProcess';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const TOTAL_EVENTS = Number(process.env.SYNC_FAULT_EVENTS ?? 100_000);
const COLLECTOR_KILLS = 5;
const DEADLINE_MS = 12 * 60_000;

const startCollector = (port: number, dataDir: string): Promise<ChildProcess> =>
  serveCollector(port, dataDir, ['--rate-limit', '1000000', '--rate-burst', '1000000']);

async function createEnrolmentCode(dataDir: string): Promise<string> {
  const output = await runCollectorCli(['enrol', '--site', 'Fault test', '--data-dir', dataDir]);
  const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)?.[1];
  if (code === undefined) throw new Error(`no enrolment code in: ${output}`);
  return code;
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PageLog {
  flush(): Promise<void>;
  startSession(language: string): Promise<{ eventId: string }>;
  track(event: { type: string; screen: string }): Promise<{ eventId: string }>;
  endSession(reason: string): Promise<{ eventId: string } | null>;
  stats(): Promise<{ events: { pending: number; sent: number; acknowledged: number } }>;
  exportEvents(format: 'jsonl'): Promise<{ blob: Blob }>;
}
type TestWindow = Window & { __biotechTest?: { telemetry?: PageLog } };

async function waitForLog(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as TestWindow).__biotechTest?.telemetry !== undefined, undefined, { timeout: 30_000 });
}

/** Records sessions of 1,000 events in the page, as a busy kiosk does; returns how many were recorded. */
function recordSessions(page: Page, sessions: number, remaining: number): Promise<number> {
  return page.evaluate(
    async ({ sessions, remaining }) => {
      const log = (window as TestWindow).__biotechTest!.telemetry!;
      let recorded = 0;
      for (let session = 0; session < sessions && recorded < remaining; session += 1) {
        await log.startSession('fr');
        recorded += 1;
        const inSession = Math.min(998, remaining - recorded - 1);
        const writes: Promise<unknown>[] = [];
        for (let index = 0; index < inSession; index += 1) writes.push(log.track({ type: 'screen-viewed', screen: index % 2 ? 'games' : 'careers' }));
        await Promise.all(writes);
        recorded += inSession;
        if ((await log.endSession('idle')) !== null) recorded += 1;
      }
      return recorded;
    },
    { sessions, remaining },
  );
}

function localCounts(page: Page): Promise<{ pending: number; sent: number; acknowledged: number }> {
  return page.evaluate(async () => (await (window as TestWindow).__biotechTest!.telemetry!.stats()).events);
}

test('100,000 events reach the collector exactly once through faults and restarts', async ({ page }) => {
  test.setTimeout(DEADLINE_MS + 90_000);
  const webPort = Number(new URL(TEST_BUILD_ORIGIN).port);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sync-fault-'));
  const collectorPort = await freePort();
  let collector = await startCollector(collectorPort, dataDir);
  const proxy = await startFaultProxy({ targetPort: collectorPort, staticPort: webPort, seed: 7 });
  const origin = `http://127.0.0.1:${proxy.port}`;
  const { deviceToken } = await enrolDevice(`http://127.0.0.1:${collectorPort}`, await createEnrolmentCode(dataDir));

  await useDeviceConfig(page, kioskConfig({ siteLabel: 'Fault test', idleTimeoutSeconds: 3600, collectorUrl: origin, deviceToken }));
  const appUrl = `${origin}/?testHooks=1&syncFast=1&locale=fr`;
  await page.goto(appUrl);
  await waitForLog(page);

  // Record while the app syncs in the background.
  let recorded = 0;
  let recordingDone = false;
  const recording = (async () => {
    while (recorded < TOTAL_EVENTS) recorded += await recordSessions(page, 5, TOTAL_EVENTS - recorded);
    recordingDone = true;
  })();

  const started = Date.now();
  let kills = 0;
  let appRestarted = false;
  let counts = { pending: -1, sent: -1, acknowledged: 0 };
  while (Date.now() - started < DEADLINE_MS) {
    await sleep(500);
    const elapsed = Date.now() - started;
    if (kills < COLLECTOR_KILLS && elapsed > (kills + 1) * 6_000) {
      await killed(collector);
      kills += 1;
      await sleep(300 + kills * 200);
      collector = await startCollector(collectorPort, dataDir);
    }
    if (recordingDone && !appRestarted && kills >= 3) {
      // The app restarts mid-delivery: the batch in flight is abandoned; the reopened log releases it.
      await recording;
      await page.reload();
      await waitForLog(page);
      appRestarted = true;
    }
    if (recordingDone && appRestarted && kills >= COLLECTOR_KILLS) {
      counts = await localCounts(page);
      if (counts.pending === 0 && counts.sent === 0) break;
    }
  }
  await recording;

  // Every event in the app's log, by id (the app's own session and screen events included).
  const localIds = await page.evaluate(async () => {
    const log = (window as TestWindow).__biotechTest!.telemetry!;
    await log.flush();
    const text = await (await log.exportEvents('jsonl')).blob.text();
    return text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { eventId: string }).eventId);
  });
  await page.close();
  await proxy.close();
  collector.kill('SIGTERM');
  await new Promise((resolve) => collector.once('exit', resolve));

  const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
  const rows = database.prepare('SELECT event_id FROM events').all() as { event_id: string }[];
  database.close();
  rmSync(dataDir, { recursive: true, force: true });

  console.log(`sync fault test (Chromium client): ${Math.round((Date.now() - started) / 1000)} s, ${localIds.length} events, collector kills ${kills}, proxy faults ${JSON.stringify(proxy.counts)}`);
  expect(counts, 'the app still had events waiting at the deadline').toMatchObject({ pending: 0, sent: 0 });
  expect(recorded).toBe(TOTAL_EVENTS);
  expect(localIds.length).toBeGreaterThanOrEqual(TOTAL_EVENTS);
  expect(new Set(localIds).size).toBe(localIds.length);
  const stored = rows.map((row) => row.event_id);
  expect(stored.length).toBe(new Set(stored).size);
  const storedIds = new Set(stored);
  expect(localIds.filter((id) => !storedIds.has(id))).toEqual([]);
  expect(storedIds.size).toBe(localIds.length);
  expect(counts.acknowledged).toBe(localIds.length);
  for (const fault of ['error-before', 'error-after', 'drop-before', 'drop-after', 'hang', 'duplicate'] as const) {
    expect(proxy.counts[fault], fault).toBeGreaterThan(0);
  }
});
