// End-to-end tests of the staff dashboard only: each spec starts its own collector process (seeded database, own
// port), so no web server is configured here. Needs `npm run build:dashboard` first.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: /dashboard-.*\.spec\.ts$/,
  outputDir: './test-results/dashboard',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
  use: {
    viewport: { width: 1366, height: 900 },
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'off',
  },
});
