// Smoke suite of the kiosk's updates with electron-updater against a real collector: the kiosk checks its channel's
// feed with its device token and version (staff then see the version), downloads the release in the background,
// verifies it by SHA-512 and keeps the installer, but does not install it outside the staff's quiet window; a new
// version whose page becomes ready is kept; one that failed to start twice goes back and reports the failed
// version. Needs an Electron binary (launch.ts); skips, saying why, without one.

import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { hashPin } from '../../renderer/kiosk/adminPin';
import { executable, launchKiosk, newUserData, NO_BINARY_REASON, writeConfig } from './launch';
import { freePort, runCollectorCli, serveCollector } from '../e2e/support/collectorProcess';

/** The installer kind electron-updater installs on this platform (its feed file is latest.yml or latest-linux.yml). */
const INSTALLER_EXTENSION = process.platform === 'win32' ? 'exe' : 'AppImage';
/** Unpackaged, electron-updater checks only when told to (packaged apps always do). */
const UPDATE_ENV = { BIOTECH_UPDATE_CHECK_AFTER_SECONDS: '2', BIOTECH_UPDATES_UNPACKAGED: '1' };

/** A quiet window that is not now (two to three hours ahead, local time): downloads happen, installs wait. */
function laterQuietWindow(): { from: string; to: string } {
  const at = (hoursAhead: number) => {
    const date = new Date(Date.now() + hoursAhead * 3_600_000);
    return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  };
  return { from: at(2), to: at(3) };
}

function deviceVersion(dataDir: string): { app_version: string; channel: string; failed_version: string | null } | null {
  try {
    const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
    const row = database.prepare('SELECT app_version, channel, failed_version FROM device_versions').get() as
      | { app_version: string; channel: string; failed_version: string | null }
      | undefined;
    database.close();
    return row ?? null;
  } catch {
    return null;
  }
}

test.describe('kiosk updates (Electron)', () => {
  test.skip(executable === null, NO_BINARY_REASON);

  const folders: string[] = [];
  test.afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const folder = () => {
    const made = newUserData();
    folders.push(made);
    return made;
  };

  /** A collector with an enrolled device and a release `version` of a dummy installer on `channel`. */
  async function collectorWithRelease(channel: 'stable' | 'pilot', version: string) {
    const dataDir = folder();
    const installer = path.join(dataDir, `Biotech Discovery-${version}.${INSTALLER_EXTENSION}`);
    writeFileSync(installer, `not a real installer ${version}`);
    await runCollectorCli(['release', 'add', installer, '--channel', channel, '--data-dir', dataDir]);
    const port = await freePort();
    const child = await serveCollector(port, dataDir);
    const url = `http://127.0.0.1:${port}`;
    const output = await runCollectorCli(['enrol', '--site', 'Smoke test', '--data-dir', dataDir]);
    const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)![1]!;
    const enrolled = await fetch(`${url}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const { deviceToken } = (await enrolled.json()) as { deviceToken: string };
    return { dataDir, url, deviceToken, stop: () => child.kill('SIGTERM') };
  }

  test('checks its channel with its token, reports its version, downloads and keeps the verified installer, and waits for the quiet window', async () => {
    const collector = await collectorWithRelease('pilot', '99.0.0');
    try {
      const userData = folder();
      const config = writeConfig(folder(), {
        mode: 'kiosk',
        adminPin: await hashPin('246813', 100_000),
        collectorUrl: collector.url,
        deviceToken: collector.deviceToken,
        updateChannel: 'pilot',
        updateQuietWindow: laterQuietWindow(),
      });
      const run = await launchKiosk(userData, ['--config', config], UPDATE_ENV);
      const version = await run.app.evaluate(({ app }) => app.getVersion());
      await expect.poll(() => deviceVersion(collector.dataDir), { timeout: 60_000 }).toEqual({ app_version: version, channel: 'pilot', failed_version: null });
      // Downloaded in the background and checked against the feed's SHA-512 before it is kept.
      const kept = path.join(userData, 'installers', `99.0.0.${INSTALLER_EXTENSION}`);
      await expect.poll(() => existsSync(kept), { timeout: 90_000 }).toBe(true);
      expect(readFileSync(kept, 'utf8')).toBe('not a real installer 99.0.0');
      // Outside the quiet window nothing is installed: the same version still runs and its window is still open.
      expect(await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      await run.app.close();
    } finally {
      collector.stop();
    }
  });

  test('keeps a new version whose page became ready', async () => {
    const userData = folder();
    const probe = await launchKiosk(userData, ['--config', writeConfig(folder(), { mode: 'classroom' })]);
    const version = await probe.app.evaluate(({ app }) => app.getVersion());
    await probe.app.close();
    const stateFile = path.join(userData, 'update-state.json');
    writeFileSync(stateFile, JSON.stringify({ trial: { version, from: '0.0.1', starts: 0 }, failedVersion: null, rolledBackFrom: null }));
    const run = await launchKiosk(userData, ['--config', writeConfig(folder(), { mode: 'classroom' })]);
    await expect.poll(() => JSON.parse(readFileSync(stateFile, 'utf8')).trial, { timeout: 60_000 }).toBeNull();
    await run.app.close();
  });

  test('goes back after two failed starts and reports the failed version to the collector', async () => {
    const collector = await collectorWithRelease('stable', '0.0.1');
    try {
      const userData = folder();
      const config = writeConfig(folder(), { mode: 'classroom', collectorUrl: collector.url, deviceToken: collector.deviceToken });
      const probe = await launchKiosk(userData, ['--config', config]);
      const version = await probe.app.evaluate(({ app }) => app.getVersion());
      await probe.app.close();
      // Two starts of this version on trial never became ready: the next start goes back to 0.0.1 (no installer of it
      // is kept here, so through the collector, which is told which version failed).
      writeFileSync(path.join(userData, 'update-state.json'), JSON.stringify({ trial: { version, from: '0.0.1', starts: 2 }, failedVersion: null, rolledBackFrom: null }));
      const run = await launchKiosk(userData, ['--config', config], UPDATE_ENV);
      await expect.poll(() => deviceVersion(collector.dataDir)?.failed_version, { timeout: 60_000 }).toBe(version);
      await expect.poll(() => existsSync(path.join(userData, 'installers', `0.0.1.${INSTALLER_EXTENSION}`)), { timeout: 90_000 }).toBe(true);
      await run.app.close().catch(() => undefined);
    } finally {
      collector.stop();
    }
  });
});
