// End-to-end tests: Playwright drives Debian's Chromium against the production web build served on loopback.
// When an Electron binary is installed (a user's machine, not CI here), E2E_HOST=electron runs the same specs
// against the kiosk shell (see tests/e2e/fixtures.ts).

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4391);
/** The web build to serve; E2E_WEB_ROOT lets parallel runs each test their own build (default: dist/web). */
const webRoot = process.env.E2E_WEB_ROOT ?? 'dist/web';
const executablePath = findChromium() ?? undefined;
const electronHost = process.env.E2E_HOST === 'electron';
/**
 * Long, machine-saturating specs (a browser killed ten times; 100,000 events through a fault proxy). They run in
 * their own pass with one worker (npm run test:e2e), so their timing never depends on what else runs beside them.
 */
const HEAVY = ['**/eventlog-durability.spec.ts', '**/sync-fault.spec.ts'];
/** Specs that configure the web host (localStorage overrides, served config) or drive servers of their own. */
const WEB_ONLY = ['**/kiosk.spec.ts', '**/eventlog-*.spec.ts', '**/sync-*.spec.ts', '**/classroom*.spec.ts', '**/event*.spec.ts', '**/dashboard-*.spec.ts'];

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    { name: 'app', testIgnore: electronHost ? [...HEAVY, ...WEB_ONLY] : HEAVY },
    { name: 'heavy', testMatch: HEAVY },
  ],
  forbidOnly: true,
  use: {
    // On the Electron host, relative URLs resolve against the app:// bundle the main process serves.
    baseURL: electronHost ? 'app://bundle/index.html' : `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
    // The served config.json is classroom mode, which registers the offline service worker; a worker answering from
    // its cache would bypass page.route() and hide server behaviour from specs. Offline specs opt in (classroom,
    // event) with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
  },
  webServer: electronHost ? undefined : {
    command: `node scripts/serve-web.mjs --port ${port} --root ${JSON.stringify(webRoot)}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
