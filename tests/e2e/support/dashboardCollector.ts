// Starts a real collector process for the dashboard specs: a temporary SQLite data directory, a staff account
// made with the CLI (password from the environment), a device enrolled with a CLI code, and the seeded visitor
// sessions delivered through the real ingest API; two kiosk releases added with the CLI (1.1.0 for Hall A only) and
// each device's update check with the version it runs (RELEASE_REPORTS). Returns what the specs need to count independently.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventsOfDevice, seedSessions, type SeedSession } from '../../../collector/test/dashboardSeed';
import { batchBody } from '../../../collector/test/sampleEvents';
import { freePort, runCollectorCli, serveCollector } from './collectorProcess';

export const STAFF = { name: 'marie', password: 'correct horse battery' };
export const SITES = ['Hall A', 'Classe Charleroi', 'Salon SIEP'];
export const DAYS = ['2026-03-02', '2026-03-03', '2026-03-10', '2026-03-17', '2026-03-30'];
/** What each device (in SITES order) says at its update check: the version it runs and one it went back from. */
export const RELEASE_REPORTS = [
  { appVersion: '1.1.0', failedVersion: null },
  { appVersion: '1.0.0', failedVersion: null },
  { appVersion: '1.0.0', failedVersion: '1.1.0' },
] as const;

export interface DashboardCollector {
  readonly url: string;
  readonly sessions: readonly SeedSession[];
  /** The enrolled devices' tokens, in the order of SITES (for specs that send as a device, e.g. a health report). */
  readonly deviceTokens: readonly string[];
  stop(): Promise<void>;
}

/** Plain HTTP on loopback: the explicit opt-out from the Secure cookie that exists for exactly this kind of trial. */
const SERVE_FLAGS = ['--rate-limit', '100000', '--rate-burst', '100000', '--insecure-cookie-on-loopback', 'true'];

export async function startDashboardCollector(sessionCount = 300): Promise<DashboardCollector> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dashboard-e2e-'));
  await runCollectorCli(['staff', 'add', STAFF.name, '--data-dir', dataDir], { COLLECTOR_STAFF_PASSWORD: STAFF.password });
  await runCollectorCli(['staff', 'add', 'luc', '--data-dir', dataDir], { COLLECTOR_STAFF_PASSWORD: STAFF.password });
  for (const [version, rollout] of [['1.0.0', ['--rollout', '100']], ['1.1.0', ['--rollout', '0', '--sites', 'Hall A']]] as const) {
    const installer = path.join(dataDir, `Biotech Discovery-${version}.AppImage`);
    writeFileSync(installer, `AppImage ${version}`);
    await runCollectorCli(['release', 'add', installer, '--channel', 'stable', ...rollout, '--data-dir', dataDir]);
  }
  const port = await freePort();
  const child = await serveCollector(port, dataDir, SERVE_FLAGS);
  const url = `http://127.0.0.1:${port}`;
  const sessions = seedSessions(sessionCount, DAYS, SITES, 11);
  const deviceTokens: string[] = [];
  for (let device = 0; device < SITES.length; device += 1) {
    const output = await runCollectorCli(['enrol', '--site', SITES[device]!, '--data-dir', dataDir]);
    const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)![1]!;
    const enrolled = await fetch(`${url}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const { deviceToken } = (await enrolled.json()) as { deviceToken: string };
    deviceTokens.push(deviceToken);
    const report = RELEASE_REPORTS[device]!;
    const feed = await fetch(`${url}/updates/stable/latest-linux.yml`, {
      headers: {
        authorization: `Bearer ${deviceToken}`,
        'x-biotech-app-version': report.appVersion,
        ...(report.failedVersion === null ? {} : { 'x-biotech-failed-version': report.failedVersion }),
      },
    });
    if (feed.status !== 200) throw new Error(`update check failed: ${feed.status} ${await feed.text()}`);
    const events = eventsOfDevice(sessions, device);
    for (let start = 0; start < events.length; start += 500) {
      const response = await fetch(`${url}/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
        body: JSON.stringify(batchBody(events.slice(start, start + 500))),
      });
      if (response.status !== 200) throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
    }
  }
  return {
    url,
    sessions,
    deviceTokens,
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
