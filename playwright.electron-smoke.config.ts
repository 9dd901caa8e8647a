// The Electron smoke suite (tests/electron-smoke): launches the kiosk app itself - the packaged executable named by
// BIOTECH_ELECTRON_EXECUTABLE, or the project through the installed electron package - so it needs an Electron
// binary. CI runs it after packaging (.github/workflows/kiosk.yml); where no binary exists it skips, saying why.

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/electron-smoke',
  outputDir: './test-results/electron-smoke',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  forbidOnly: true,
});
