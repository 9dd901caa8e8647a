// End-to-end tests: Playwright drives Debian's Chromium against the production web build served on loopback.
// When an Electron binary is installed (a user's machine, not CI here), E2E_HOST=electron runs the same specs
// against the kiosk shell (see tests/e2e/fixtures.ts).

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4391);
const executablePath = findChromium() ?? undefined;
const electronHost = process.env.E2E_HOST === 'electron';
/** Specs that configure the web host (localStorage overrides, served config) or drive servers of their own. */
const WEB_ONLY = ['**/kiosk.spec.ts', '**/eventlog-*.spec.ts', '**/sync-*.spec.ts', '**/classroom*.spec.ts', '**/event-*.spec.ts', '**/dashboard-*.spec.ts'];

export default defineConfig({
  testDir: './tests/e2e',
  testIgnore: electronHost ? WEB_ONLY : [],
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
  use: {
    // On the Electron host, relative URLs resolve against the app:// bundle the main process serves.
    baseURL: electronHost ? 'app://bundle/index.html' : `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: electronHost ? undefined : {
    command: `node scripts/serve-web.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
