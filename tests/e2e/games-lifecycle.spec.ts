// A kiosk page lives for months: opening and closing every game must leave nothing behind on the document. Phaser
// adds a visibilitychange listener for each game it starts and never removes it (games/kit/phaserLifecycle.ts
// removes it); this spec counts the document's listeners through the DevTools protocol, which sees all of them. It
// also opens a game whose engine, and one whose borrowed texts, are slow to arrive: the intro waits for neither, the
// start does.

import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { GAME_IDS } from '../../common/ids';
import { openApp } from './support/app';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

async function documentListeners(cdp: CDPSession, type: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  return listeners.filter((listener) => listener.type === type).length;
}

async function playBriefly(page: Page, gameId: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/games/${id}`), gameId);
  await page.locator('.game-intro .button--large').click();
  await expect(page.locator('.game-play__host canvas')).toHaveCount(1, { timeout: 30_000 });
  // Phaser starts its loop (and registers its document listener) once its textures are ready.
  await page.waitForFunction((id) => (window as unknown as { __biotechTest?: { game?: { id: string } } }).__biotechTest?.game?.id === id, gameId);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => (window.location.hash = '#/games'));
  await expect(page.locator('canvas')).toHaveCount(0);
}

test('opening and closing every game twice leaves no listener on the document', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, { locale: 'fr', hash: '#/games', extraQuery: 'testHooks=1&seed=5' });
  const cdp = await page.context().newCDPSession(page);
  const before = await documentListeners(cdp, 'visibilitychange');
  for (let round = 0; round < 2; round++) {
    for (const gameId of GAME_IDS) await playBriefly(page, gameId);
  }
  // Phaser destroys a game on its next frame; the listener goes with it.
  await expect.poll(() => documentListeners(cdp, 'visibilitychange')).toBe(before);
});

/**
 * Opens `gameId` with the requests matching `held` held back: its intro must show all the same, and a start made
 * meanwhile must show the loading bar and no game, until the requests go through and the game starts.
 */
async function startWhileHeld(page: Page, held: RegExp, gameId: string): Promise<void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await released;
    await route.continue();
  });
  await openApp(page, { locale: 'en', hash: '#/games', extraQuery: 'testHooks=1&seed=5' });
  await page.locator(`a[href="#/games/${gameId}"]`).click();
  const start = page.locator('.game-intro .button--large');
  await expect(start).toBeVisible();
  await start.click();
  await expect(page.locator('.game-loading__bar')).toBeVisible();
  await expect(page.locator('.game-play__host canvas')).toHaveCount(0);
  release();
  await expect(page.locator('.game-play__host canvas')).toHaveCount(1, { timeout: 30_000 });
  await page.waitForFunction((id) => (window as unknown as { __biotechTest?: { game?: { id: string } } }).__biotechTest?.game?.id === id, gameId);
}

test("a game's intro shows while its code is still loading, and a start made meanwhile waits for the code (#24)", async ({ page }) => {
  // Phaser's chunk.
  await startWhileHeld(page, /\/assets\/phaser[.\w-]*\.js$/, 'pipette-pro');
});

test("a game's intro does not wait for the texts it borrows from another screen; its start does (#24)", async ({ page }) => {
  // Start-up Launchpad names roles from the career explorer's texts.
  await startWhileHeld(page, /\/assets\/careersRoles[.\w-]*\.json$/, 'startup-launchpad');
});
