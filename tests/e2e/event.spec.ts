// Event mode (job fairs, open days) on the web host: the stand's attract loop, the quick-play chain of every enabled
// game at its short variant, the generated nickname, the day's leaderboard (and the admin's reset), the take-home QR
// code decoded back to the expected URL, and axe on the event screens in the four languages.
// Most tests end games through the test build's hook window.__biotechTest.endGame(score), to check exact scores on
// the board and the screens around the games; the stand without network plays the whole chain on the shipped build,
// with its service worker, through the games' real controls (support/playThrough.ts).

import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { defaultDeviceConfig, type DeviceConfig } from '../../common/config/deviceConfig';
import type { GameId, RoleId } from '../../common/ids';
import { CAREER_ROLES } from '../../renderer/careers/data/roles';
import { expectNoAxeViolations, LANGUAGES, openApp, waitForEngagementLog, watchConsole, type Lang } from './support/app';
import { enterPin, pinHash, TEST_PIN, tapStaffCorner, useDeviceConfig } from './support/kiosk';
import { SHIPPED_BUILD, TEST_BUILD } from './support/builds';
import { playToResults } from './support/playThrough';

test.use(TEST_BUILD);

const HUB = 'https://hub.example.org/formations';

function eventConfig(change: Partial<DeviceConfig> = {}): DeviceConfig {
  return { ...defaultDeviceConfig('event'), siteLabel: 'Salon SIEP', adminPin: pinHash(TEST_PIN), hubPageUrl: HUB, ...change };
}

/** The short variant event mode must pick for each game (renderer/event/quickPlay.ts): "quick", else "easy". */
const QUICK_LEVEL: Record<string, string> = { gowning: 'quick' };

function expectedTakeHome(gameId: GameId, lang: Lang): string {
  const roles: RoleId[] = CAREER_ROLES.filter((role) => role.relatedGames.includes(gameId)).map((role) => role.id);
  return `${HUB}?game=${gameId}&roles=${roles.join(',')}&lang=${lang}`;
}

async function decodeQr(page: Page): Promise<string | null> {
  const qr = page.getByTestId('take-home').locator('svg').first();
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

async function endRunningGame(page: Page, score: number): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { __biotechTest?: { endGame?: unknown } }).__biotechTest?.endGame === 'function', undefined, {
    timeout: 30_000,
  });
  await page.evaluate((value) => (window as unknown as { __biotechTest: { endGame(score: number): void } }).__biotechTest.endGame(value), score);
}

async function gameEvents(page: Page): Promise<{ type: string; gameId?: string; level?: string }[]> {
  await waitForEngagementLog(page);
  return page.evaluate(async () => {
    const telemetry = (window as unknown as { __biotechTest: { telemetry: { flush(): Promise<void>; exportEvents(f: 'jsonl'): Promise<{ blob: Blob }> } } }).__biotechTest.telemetry;
    await telemetry.flush();
    const text = await (await telemetry.exportEvents('jsonl')).blob.text();
    return text
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as { type: string; gameId?: string; level?: string })
      .filter((event) => event.type.startsWith('game-'));
  });
}

test('event mode chains the quick variants, names the player, fills the day board; the admin resets it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await useDeviceConfig(page, eventConfig());
  await openApp(page, { locale: 'fr', extraQuery: 'testHooks=1&seed=7' });

  // The stand's attract loop, with an empty board for the day.
  const attract = page.getByTestId('attract');
  await expect(attract).toBeVisible();
  await expect(page.getByTestId('attract-board-gowning')).toBeVisible();
  await expect(page.getByTestId('attract-board-gowning').locator('.event-attract__rows li')).toHaveCount(0);
  await attract.click();
  await expect(page).toHaveURL(/#\/event/);

  // A generated nickname: never typed, shown before the first game.
  const nickname = (await page.getByTestId('nickname').innerText()).trim();
  expect(nickname).toMatch(/\S+ \S+/);
  const chain = page.locator('.event-chain li');
  const count = await chain.count();
  expect(count).toBeGreaterThanOrEqual(4);
  await page.locator('.event-go').click();

  const played: { gameId: GameId; score: number }[] = [];
  for (let index = 0; index < count; index++) {
    await expect(page.locator('.game-play')).toBeVisible({ timeout: 30_000 });
    const score = 100 + 10 * index;
    await endRunningGame(page, score);
    const results = page.locator('.event-results');
    await expect(results).toBeVisible();
    await expect(page.getByTestId('event-score')).toContainText(String(score));
    await expect(results.getByRole('heading', { level: 1 })).toContainText(nickname);
    const board = results.locator('table.leaderboard');
    const gameId = ((await board.getAttribute('data-testid')) ?? '').replace(/^leaderboard-/, '') as GameId;
    await expect(board.locator('tbody tr').first()).toContainText(nickname);
    await expect(board.locator('tbody tr').first()).toContainText(String(score));
    // The take-home code: the hub's page for this game's roles, in the player's language.
    const takeHome = page.getByTestId('take-home');
    await expect(takeHome).toHaveAttribute('data-url', expectedTakeHome(gameId, 'fr'));
    if (index < 2) expect(await decodeQr(page)).toBe(expectedTakeHome(gameId, 'fr'));
    played.push({ gameId, score });
    await page.locator('.event-results .event-go').click();
  }
  await expect(page.locator('.event-done')).toBeVisible();

  // Every game of the chain ran once, each at its short variant.
  const started = (await gameEvents(page)).filter((event) => event.type === 'game-started');
  expect(started.map((event) => event.gameId)).toEqual(played.map((p) => p.gameId));
  for (const event of started) expect(event.level).toBe(QUICK_LEVEL[event.gameId ?? ''] ?? 'easy');

  // The board is kept on the device, survives a reload (the stand restarts) and is shown on the attract loop.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('biotech.event.leaderboard.v1') ?? '{}') as { entries?: { gameId: string; score: number }[] });
  expect(stored.entries?.map((entry) => [entry.gameId, entry.score])).toEqual(played.map((p) => [p.gameId, p.score]));
  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  const gowningBoard = page.getByTestId(`attract-board-${played[0]!.gameId}`);
  await expect(gowningBoard).toContainText(String(played[0]!.score));

  // The admin clears the day's board.
  await tapStaffCorner(page);
  await enterPin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: /Espace équipe/ });
  await expect(panel.getByTestId('reset-leaderboard')).toBeVisible();
  await panel.getByTestId('reset-leaderboard').click();
  await expect(panel.getByRole('status').filter({ hasText: /./ }).last()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId(`attract-board-${played[0]!.gameId}`)).not.toContainText(String(played[0]!.score));
  expect(errors).toEqual([]);
});

for (const locale of LANGUAGES) {
  test(`axe: event attract loop, welcome and results in ${locale}`, async ({ page }) => {
    await useDeviceConfig(page, eventConfig({ defaultLanguage: locale }));
    await openApp(page, { locale, extraQuery: 'testHooks=1&seed=3' });
    await expect(page.getByTestId('attract-board-gowning')).toBeVisible();
    await expectNoAxeViolations(page, `event attract ${locale}`);
    await page.getByTestId('attract').click();
    await expect(page.getByTestId('nickname')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAxeViolations(page, `event welcome ${locale}`);
    await page.locator('.event-go').click();
    await expect(page.locator('.game-play')).toBeVisible({ timeout: 30_000 });
    await endRunningGame(page, 42);
    await expect(page.locator('.event-results')).toBeVisible();
    await expect(page.getByTestId('take-home')).toHaveAttribute('data-url', new RegExp(`lang=${locale}$`));
    await expectNoAxeViolations(page, `event results ${locale}`);
  });
}

test.describe('a stand without network', () => {
  // The shipped build, as a stand runs it: its service worker, no test hook.
  test.use(SHIPPED_BUILD);

  test('after the first load the quick-play chain runs offline and the board still fills', async ({ page, context }) => {
    // Every game of the chain is played to its end, two of them on their own clock.
    test.setTimeout(420_000);
    await useDeviceConfig(page, eventConfig());
    await openApp(page, { locale: 'nl', extraQuery: 'seed=11' });
    // Every file of the build is in the worker's cache once it is active (see renderer/sw/serviceWorker.ts).
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            if (!registration?.active || !navigator.serviceWorker.controller) return 'not active';
            const names = (await caches.keys()).filter((name) => name.startsWith('biotech-precache-'));
            if (names.length !== 1) return 'no cache';
            const manifest = /"files":(\[[^\]]*\])/.exec(await (await fetch('./sw.js')).text());
            const files = manifest ? (JSON.parse(manifest[1]!) as string[]) : [];
            const cached = await (await caches.open(names[0]!)).keys();
            return files.length > 0 && cached.length >= files.length ? 'complete' : `${cached.length}/${files.length}`;
          }),
        { timeout: 90_000, intervals: [1_000] },
      )
      .toBe('complete');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('attract')).toBeVisible();
    await page.getByTestId('attract').click();
    await expect(page.getByTestId('nickname')).not.toBeEmpty();
    const count = await page.locator('.event-chain li').count();
    expect(count).toBeGreaterThanOrEqual(4);
    await page.locator('.event-go').click();
    for (let index = 0; index < count; index++) {
      await expect(page.locator('.game-play')).toBeVisible({ timeout: 30_000 });
      await playToResults(page, { seed: 11 + index });
      await expect(page.getByTestId('event-score')).toContainText(/\d/);
      await expect(page.getByTestId('take-home')).toHaveAttribute('data-url', /lang=nl$/);
      await page.locator('.event-results .event-go').click();
    }
    await expect(page.locator('.event-done')).toBeVisible();
    const stored = await page.evaluate(() => (JSON.parse(localStorage.getItem('biotech.event.leaderboard.v1') ?? '{}') as { entries?: unknown[] }).entries?.length ?? 0);
    expect(stored).toBe(count);
  });
});
