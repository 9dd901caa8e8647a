// The `test` every end-to-end spec uses. By default `page` is a tab of Debian's Chromium on the web host. With
// E2E_HOST=electron (on a machine where Electron's binary is installed) `page` is the window of the real kiosk
// app, started from the built main process, so the same specs exercise the Electron shell: app:// protocol, CSP
// header, preload bridge and lock-down. Specs that set up the web host's config overrides are listed in
// playwright.config.ts as web-only.

import { _electron as electron, test as base, expect } from '@playwright/test';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const HOST = process.env.E2E_HOST === 'electron' ? 'electron' : 'web';

export const test = base.extend({
  page: async ({ page }, provide) => {
    if (HOST === 'web') {
      await provide(page);
      return;
    }
    const main = path.resolve('dist', 'electron', 'electron', 'main.js');
    if (!existsSync(main)) throw new Error('Build the Electron main process first: npm run build');
    const userData = mkdtempSync(path.join(tmpdir(), 'biotech-electron-e2e-'));
    // A classroom config so the window is not in kiosk mode and no set-up wizard blocks the shell specs.
    const config = path.join(userData, 'config.json');
    writeFileSync(config, JSON.stringify({ mode: 'classroom' }));
    // The project folder is the app (package.json "main" points at the built main process).
    const app = await electron.launch({ args: [path.resolve('.'), `--user-data-dir=${userData}`, '--config', config] });
    const window = await app.firstWindow();
    await provide(window);
    await app.close();
  },
});

export { expect };
