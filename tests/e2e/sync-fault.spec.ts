// The exactly-once promise of sync, end to end: 100,000 events recorded into the real engagement log, delivered
// by the real sync client through a proxy that injects 500s, hangs, dropped connections and duplicate deliveries,
// to a real collector process that is killed and restarted several times; the app itself restarts once too.
// At the end the collector's event ids equal the recorded ids exactly: none missing, none doubled.
//
// Runs the client in Node (the engagement log on fake-indexeddb), not in Chromium: the production build does not
// contain the sync client until boot starts it (the lead wires that), so a page cannot run it yet. Everything
// between the log and the collector's database is the shipped code.

import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { openTelemetry, type Telemetry, type TelemetryOptions } from '../../renderer/telemetry/telemetry';
import { enrolDevice, startSync, type SyncHandle } from '../../renderer/sync';
import { startFaultProxy } from './sync-fault-proxy';

const TOTAL_EVENTS = Number(process.env.SYNC_FAULT_EVENTS ?? 100_000);
const COLLECTOR_KILLS = 5;
const DEADLINE_MS = 12 * 60_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function runCollector(args: string[]): ChildProcess {
  return spawn(process.execPath, ['collector/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function startCollector(port: number, dataDir: string): Promise<ChildProcess> {
  const child = runCollector(['serve', '--port', String(port), '--data-dir', dataDir, '--rate-limit', '1000000', '--rate-burst', '1000000', '--log-level', 'warn']);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the collector did not start within 20 s')), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
  });
  return child;
}

async function createEnrolmentCode(dataDir: string): Promise<string> {
  const child = runCollector(['enrol', '--site', 'Fault test', '--data-dir', dataDir]);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
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

test('100,000 events reach the collector exactly once through faults and restarts', async () => {
  test.setTimeout(DEADLINE_MS + 60_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sync-fault-'));
  const collectorPort = await freePort();
  let collector = await startCollector(collectorPort, dataDir);
  const proxy = await startFaultProxy({ targetPort: collectorPort, seed: 7 });
  const collectorUrl = `http://127.0.0.1:${proxy.port}`;
  const { deviceToken } = await enrolDevice(`http://127.0.0.1:${collectorPort}`, await createEnrolmentCode(dataDir));

  const options: TelemetryOptions = {
    context: { appVersion: '0.1.0', mode: 'event', siteLabel: 'Fault test', hostKind: 'web' },
    databaseName: `sync-fault-${Date.now()}`,
  };
  let telemetry: Telemetry = await openTelemetry(options);
  const syncOptions = {
    collectorUrl,
    deviceToken,
    requestTimeoutMs: 2_000,
    idlePollMs: 200,
    backoff: { initialMs: 50, maxMs: 1_000 },
  };
  let sync: SyncHandle = startSync({ telemetry: { sync: telemetry.sync }, ...syncOptions });

  // Record while syncing, as a kiosk does: sessions of 1,000 events.
  const recorded = new Set<string>();
  const recording = (async () => {
    while (recorded.size < TOTAL_EVENTS) {
      recorded.add((await telemetry.startSession('fr')).eventId);
      const writes: Promise<{ eventId: string }>[] = [];
      const inSession = Math.min(998, TOTAL_EVENTS - recorded.size - 1);
      for (let index = 0; index < inSession; index += 1) writes.push(telemetry.track({ type: 'screen-viewed', screen: index % 2 ? 'games' : 'careers' }));
      for (const event of await Promise.all(writes)) recorded.add(event.eventId);
      const ended = await telemetry.endSession('idle');
      if (ended !== null) recorded.add(ended.eventId);
    }
  })();

  const started = Date.now();
  let kills = 0;
  let appRestarted = false;
  let recordingDone = false;
  void recording.then(() => (recordingDone = true));
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
      await sync.stop();
      await telemetry.close();
      telemetry = await openTelemetry(options);
      sync = startSync({ telemetry: { sync: telemetry.sync }, ...syncOptions });
      appRestarted = true;
    }
    if (recordingDone && appRestarted && kills >= COLLECTOR_KILLS && sync.getStatus().state === 'idle') break;
  }
  await recording;
  const finalStatus = sync.getStatus();
  await sync.stop();
  const local = await telemetry.stats();
  await telemetry.close();
  await proxy.close();
  collector.kill('SIGTERM');
  await new Promise((resolve) => collector.once('exit', resolve));

  const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
  const rows = database.prepare('SELECT event_id FROM events').all() as { event_id: string }[];
  database.close();
  rmSync(dataDir, { recursive: true, force: true });

  console.log(`sync fault test: ${Math.round((Date.now() - started) / 1000)} s, collector kills ${kills}, proxy faults ${JSON.stringify(proxy.counts)}`);
  expect(finalStatus.state, `sync did not finish: ${JSON.stringify(finalStatus)}`).toBe('idle');
  expect(recorded.size).toBe(TOTAL_EVENTS);
  const stored = rows.map((row) => row.event_id);
  expect(stored.length).toBe(new Set(stored).size);
  const storedIds = new Set(stored);
  expect([...recorded].filter((id) => !storedIds.has(id))).toEqual([]);
  expect(storedIds.size).toBe(recorded.size);
  expect(local.events).toMatchObject({ pending: 0, sent: 0, acknowledged: TOTAL_EVENTS });
  for (const fault of ['error-before', 'error-after', 'drop-before', 'drop-after', 'hang', 'duplicate'] as const) {
    expect(proxy.counts[fault], fault).toBeGreaterThan(0);
  }
});
