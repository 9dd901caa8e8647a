// The offline service worker after a new build is deployed: a classroom that loaded the old build gets the new one
// on its next visit, the worker precaches it into a new cache and deletes the old one, and offline the new files are
// what the page gets. Runs on a copy of the shipped build (dist/web) served on its own port, so the "deployment"
// (a changed index.html and a worker of another version) touches nothing else.

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function serveCopy(root: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--root', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the web server did not start within 20 s')), 20_000);
    child.stdout!.on('data', () => {
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the web server exited with ${code}`)));
  });
}

/** The worker's precache names, once the page is controlled by an active worker. */
function precaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration?.active || !navigator.serviceWorker.controller) return [];
    return (await caches.keys()).filter((name) => name.startsWith('biotech-precache-')).sort();
  });
}

test('a new build replaces the old precache, and offline the page gets the new files', async ({ page, context }) => {
  test.setTimeout(240_000);
  const root = mkdtempSync(path.join(tmpdir(), 'sw-update-'));
  cpSync(process.env.E2E_WEB_ROOT ?? 'dist/web', root, { recursive: true });
  const worker = path.join(root, 'sw.js');
  const oldVersion = /"version":"([^"]+)"/.exec(readFileSync(worker, 'utf8'))?.[1];
  expect(oldVersion, 'dist/web/sw.js names its version').toBeTruthy();
  const port = await freePort();
  const server = await serveCopy(root, port);
  try {
    const origin = `http://127.0.0.1:${port}`;
    // The served config.json is classroom mode, which registers the worker.
    await page.goto(`${origin}/?locale=fr#/classroom`);
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
    await expect.poll(() => precaches(page), { timeout: 30_000 }).toEqual([`biotech-precache-${oldVersion}`]);

    // The new build: another index.html and a worker of another version.
    const newVersion = `${oldVersion}-next`;
    const marker = '<meta name="biotech-build" content="next">';
    writeFileSync(path.join(root, 'index.html'), readFileSync(path.join(root, 'index.html'), 'utf8').replace('</head>', `${marker}</head>`));
    writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(oldVersion!, newVersion));

    // The next visit finds the new worker; it precaches, takes over and deletes the old cache.
    await page.reload();
    await expect.poll(() => precaches(page), { timeout: 120_000, intervals: [1_000] }).toEqual([`biotech-precache-${newVersion}`]);
    const cachedIndex = await page.evaluate(async (name) => (await (await (await caches.open(name)).match('./index.html'))?.text()) ?? '', `biotech-precache-${newVersion}`);
    expect(cachedIndex).toContain(marker);

    // Offline, the page is the new build's, from the new cache.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main#main')).toBeVisible();
    await expect(page.locator('meta[name="biotech-build"]')).toHaveCount(1);
  } finally {
    await context.setOffline(false);
    server.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  }
});
