// Smoke suite of the kiosk app itself (Electron, not the web host): it starts and serves app:// with one CSP, syncs
// to a collector through main-process enrolment, refuses navigation and new windows, blocks the kiosk shortcuts and
// closing the window, recovers from a renderer crash and a hang, comes back after a reboot with its --config, and
// quits cleanly. Needs an Electron binary: see launch.ts and playwright.electron-smoke.config.ts.

import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ElectronHostBridge } from '../../common/host/bridge';
import { loginItemFor } from '../../electron/policy/loginItem';
import { hashPin } from '../../renderer/kiosk/adminPin';
import { splitWindowsArguments } from './windowsArguments';
import { executable, launchKiosk, newUserData, NO_BINARY_REASON, writeConfig } from './launch';
import { freePort, runCollectorCli, serveCollector } from '../e2e/support/collectorProcess';

declare global {
  interface Window {
    biotechHost: ElectronHostBridge;
  }
}

test.describe('kiosk app (Electron)', () => {
  test.skip(executable === null, NO_BINARY_REASON);

  const folders: string[] = [];
  test.afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const userData = () => {
    const folder = newUserData();
    folders.push(folder);
    return folder;
  };
  const classroom = (folder: string) => ['--config', writeConfig(folder, { mode: 'classroom' })];
  const kioskWithPin = async (folder: string, extra: Record<string, unknown> = {}) => [
    '--config',
    writeConfig(folder, { mode: 'kiosk', adminPin: await hashPin('246813', 100_000), ...extra }),
  ];

  test('starts and serves app:// with the one CSP as a header and no meta policy', async () => {
    const run = await launchKiosk(userData(), classroom(userData()));
    expect(run.window.url()).toMatch(/^app:\/\/bundle\//);
    const served = await run.window.evaluate(async () => {
      const response = await fetch('app://bundle/index.html');
      return { csp: response.headers.get('content-security-policy'), metas: document.querySelectorAll('meta[http-equiv]').length };
    });
    expect(served.csp).toContain("script-src 'self'");
    expect(served.metas).toBe(0);
    await run.app.close();
  });

  test('enrols through the main process and syncs to the collector', async () => {
    const dataDir = userData();
    const port = await freePort();
    const collector = await serveCollector(port, dataDir);
    try {
      const code = await enrolmentCode(dataDir);
      const run = await launchKiosk(userData(), classroom(userData()));
      const collectorUrl = `http://127.0.0.1:${port}`;
      // The page cannot reach this collector yet (its CSP names none): enrolment goes through the main process.
      const blocked = await run.window.evaluate((url) => fetch(`${url}/v1/health`).then(() => 'reached', () => 'blocked'), collectorUrl);
      expect(blocked).toBe('blocked');
      const result = await run.window.evaluate(({ url, code }) => window.biotechHost.enrolDevice({ collectorUrl: url, code }), { url: collectorUrl, code });
      expect(result.ok).toBe(true);
      const token = result.ok ? result.enrolment.deviceToken : '';
      await run.window.evaluate(
        async ({ url, token }) => {
          const { config } = await window.biotechHost.loadDeviceConfig();
          await window.biotechHost.saveDeviceConfig({ ...config, collectorUrl: url, deviceToken: token });
        },
        { url: collectorUrl, token },
      );
      // The main process reloads the page with the new CSP; the sync loop then delivers the visit's events.
      await expect.poll(() => storedEvents(dataDir), { timeout: 90_000 }).toBeGreaterThan(0);
      await run.app.close();
    } finally {
      collector.kill('SIGTERM');
    }
  });

  test('refuses navigation away from the bundle and new windows', async () => {
    const run = await launchKiosk(userData(), classroom(userData()));
    await run.window.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await run.window.evaluate(() => window.open('https://example.org/', '_blank'));
    await expect.poll(() => run.window.url()).toMatch(/^app:\/\/bundle\//);
    expect(run.app.windows()).toHaveLength(1);
    await run.app.close();
  });

  test('blocks the kiosk shortcuts and keeps the window open on Alt+F4 or the close button', async () => {
    const run = await launchKiosk(userData(), await kioskWithPin(userData()));
    const loads = async () => run.app.evaluate(({ BrowserWindow }) => (BrowserWindow.getAllWindows()[0]!.webContents as unknown as { __loads?: number }).__loads ?? 0);
    await run.app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { __loads?: number; on(event: string, listener: () => void): void };
      contents.__loads = 0;
      contents.on('did-start-loading', () => (contents.__loads = (contents.__loads ?? 0) + 1));
    });
    await run.window.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener('keydown', (event) => (window as unknown as { seen: string[] }).seen.push(event.key));
    });
    for (const keys of ['F5', 'Control+R', 'Control+Shift+I', 'F12', 'Alt+F4', 'Control+W']) await run.window.keyboard.press(keys);
    await run.window.keyboard.press('a');
    await expect.poll(() => run.window.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['a']);
    expect(await loads()).toBe(0);
    // The window manager's close (what Alt+F4 becomes on Windows) is refused while no staff quit is in progress.
    await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await run.window.locator('#root > *').first().waitFor();
    expect(await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await quit(run);
  });

  test('recovers from a renderer crash and from a hang', async () => {
    const run = await launchKiosk(userData(), classroom(userData()));
    const rendered = () => run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.executeJavaScript('!!document.querySelector("#root > *")'));
    await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
    await expect.poll(rendered, { timeout: 60_000 }).toBe(true);
    // A page stuck in a loop: unresponsive, grace period, forced crash, fresh start screen.
    void run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.executeJavaScript('for (;;) {}'));
    await expect.poll(rendered, { timeout: 90_000 }).toBe(true);
    await run.app.close();
  });

  test('comes back after a reboot with the --config it was installed with', async () => {
    const provisioned = userData();
    const data = userData();
    const args = await kioskWithPin(provisioned, { siteLabel: 'Hall B' });
    const first = await launchKiosk(data, args);
    await quit(first);
    // What the login item (Windows) starts at the next login, parsed back into arguments the way Windows does.
    const item = loginItemFor({ platform: 'win32', isPackaged: true, mode: 'kiosk', execPath: executable!, configPath: args[1]!, cwd: process.cwd() });
    const again = await launchKiosk(data, splitWindowsArguments(item!.args!.join(' ')));
    const state = await again.window.evaluate(() => window.biotechHost.loadDeviceConfig());
    expect(state.config.siteLabel).toBe('Hall B');
    expect(state.config.adminPin).not.toBeNull();
    if (process.platform === 'win32' && process.env.BIOTECH_ELECTRON_EXECUTABLE) {
      const settings = await again.app.evaluate(({ app }, itemArgs) => app.getLoginItemSettings({ args: itemArgs }), [...item!.args!]);
      expect(settings.openAtLogin).toBe(true);
    }
    await quit(again);
  });

  test('quits cleanly when staff leave from the admin panel', async () => {
    const run = await launchKiosk(userData(), await kioskWithPin(userData()));
    expect(await quit(run)).toBe(0);
  });
});

/** The admin panel's quit, through the bridge; resolves with the process's exit code. */
async function quit(run: { app: ElectronApplication; window: Page }): Promise<number | null> {
  const child = run.app.process();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await run.window.evaluate(() => window.biotechHost.exit()).catch(() => undefined);
  return exited;
}

async function enrolmentCode(dataDir: string): Promise<string> {
  const output = await runCollectorCli(['enrol', '--site', 'Smoke test', '--data-dir', dataDir]);
  const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(output)?.[1];
  if (code === undefined) throw new Error(`no enrolment code in: ${output}`);
  return code;
}

function storedEvents(dataDir: string): number {
  try {
    const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
    const { count } = database.prepare('SELECT count(*) AS count FROM events').get() as { count: number };
    database.close();
    return count;
  } catch {
    return 0;
  }
}
