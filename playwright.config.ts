// End-to-end tests: Playwright drives Debian's Chromium against the production web build served on loopback, with
// its service worker, as teachers get it. Specs that need test hooks or short timings switch to the test build
// (dist/web-test, served on the next port) with test.use(TEST_BUILD) from tests/e2e/support/builds.ts; tests/README.md
// says which and why.
// When an Electron binary is installed (a user's machine, not CI here), E2E_HOST=electron runs the same specs
// against the kiosk shell (see tests/e2e/fixtures.ts).

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4391);
/** The web builds to serve; E2E_WEB_ROOT / E2E_TEST_WEB_ROOT let parallel runs each test their own builds. */
const webRoot = process.env.E2E_WEB_ROOT ?? 'dist/web';
const testWebRoot = process.env.E2E_TEST_WEB_ROOT ?? 'dist/web-test';
const executablePath = findChromium() ?? undefined;
const electronHost = process.env.E2E_HOST === 'electron';
/**
 * Long, machine-saturating specs (a browser killed ten times; 100,000 events through a fault proxy). They run in
 * their own pass with one worker (npm run test:e2e), so their timing never depends on what else runs beside them.
 */
const HEAVY = ['**/eventlog-durability.spec.ts', '**/sync-fault.spec.ts'];
/** Specs that configure the web host (localStorage overrides, served config) or drive servers of their own. */
const WEB_ONLY = [
  '**/kiosk.spec.ts',
  '**/eventlog-*.spec.ts',
  '**/sync-*.spec.ts',
  '**/classroom*.spec.ts',
  '**/event*.spec.ts',
  '**/dashboard-*.spec.ts',
  '**/web-host.spec.ts',
  '**/admin.spec.ts',
  '**/service-worker-update.spec.ts',
  '**/production-bundle.spec.ts',
  '**/home-snapshot.spec.ts',
];
/** Specs on the test build (tests/README.md): the Electron app loads the shipped build, which has no test hooks. */
const TEST_BUILD_ONLY = ['**/games-*.spec.ts', '**/sweep-*.spec.ts'];

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
    { name: 'app', testIgnore: electronHost ? [...HEAVY, ...WEB_ONLY, ...TEST_BUILD_ONLY] : HEAVY },
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
    // The shipped app registers its offline service worker in classroom mode (the served config.json) and event
    // mode: the suite tests it as it ships. Test-build specs block it (see support/builds.ts).
    serviceWorkers: 'allow',
  },
  webServer: electronHost
    ? undefined
    : [
        { command: `node scripts/serve-web.mjs --port ${port} --root ${JSON.stringify(webRoot)}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 30_000 },
        {
          command: `node scripts/serve-web.mjs --port ${port + 1} --root ${JSON.stringify(testWebRoot)}`,
          url: `http://127.0.0.1:${port + 1}/`,
          reuseExistingServer: false,
          timeout: 30_000,
        },
      ],
});
