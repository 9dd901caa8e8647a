// The shipped build has no test switch (issue: a classroom link with ?testHooks=1 could end a game with any score,
// record arbitrary events or shrink the pending cap). dist/web, which Electron loads too, must contain none of the
// names of the test build's hooks and switches (renderer/testing/testBuild.ts); dist/web-test must contain them all,
// so the scan is known to look at the right names. `pendingCap` and `exposeTestState` are not in the list: the first
// is the engagement log's real option, the second a GameSdk method that is an empty function in the shipped build.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { openApp, watchConsole } from './support/app';

const HOOK_NAMES = ['__biotechTest', 'testHooks', 'endGame', 'idleSeconds', 'countdownSeconds', 'syncFast'];

function scriptsOf(root: string): { file: string; text: string }[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(m?js|html)$/.test(file));
  return files.map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
}

function namesIn(root: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const { file, text } of scriptsOf(root)) {
    for (const name of HOOK_NAMES) if (text.includes(name)) (found[name] ??= []).push(file);
  }
  return found;
}

test('the shipped bundle contains none of the test hooks; the test build has them all', () => {
  const shipped = scriptsOf('dist/web');
  expect(shipped.filter(({ file }) => file.endsWith('.js')).length, 'build dist/web first (npm run build:web)').toBeGreaterThan(10);
  expect(namesIn('dist/web')).toEqual({});
  expect(Object.keys(namesIn('dist/web-test')).sort(), 'build dist/web-test first (npm run build:web:test)').toEqual([...HOOK_NAMES].sort());
});

test('the shipped app ignores the test build\'s URL switches', async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page, { locale: 'en', hash: '#/games/purify', extraQuery: 'testHooks=1&sw=0&idleSeconds=1&countdownSeconds=1&pendingCap=1&syncFast=1&seed=2' });
  await page.locator('.game-intro .button--large').click();
  await expect(page.locator('.game-play canvas')).toHaveCount(1, { timeout: 30_000 });
  expect(await page.evaluate(() => '__biotechTest' in window)).toBe(false);
  // Classroom mode (the served config.json) still registers its service worker, as on any teacher's link.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), { timeout: 30_000 }).toBe(true);
  expect(errors).toEqual([]);
});

test('the shipped app breaks none of its own Content-Security-Policy rules (no eval probe, no inline code)', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  // The home, then a screen that validates stored data with zod (the explorer), then back.
  await openApp(page, { locale: 'fr' });
  await page.locator('.entry-card--careers').click();
  await expect(page.locator('.careers-card').first()).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
