// The game kit owns the focus (issue 19): in every game, Enter on the intro's start button puts the focus
// on the running game (not on <body>, where a keyboard or screen-reader player would start again from the skip link);
// after pause and resume it is back in the game's page; leaving through the pause dialog lands it on the intro's
// heading.

import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { GAME_IDS } from '../../common/ids';
import { TEST_BUILD } from './support/builds';
import { openGame, pauseButton, pauseDialog, startButton, waitForGame } from './support/games';

// The test build: waitForGame() reads the running game's test hook to know the run has started.
test.use(TEST_BUILD);

/** Where the focus is: the element's tag, role and whether it sits inside the running game's page. */
async function focusPlace(page: Page): Promise<{ tag: string; role: string | null; inGame: boolean; inIntro: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      tag: active?.tagName.toLowerCase() ?? 'none',
      role: active?.getAttribute('role') ?? null,
      inGame: Boolean(active?.closest('.game-play')),
      inIntro: Boolean(active?.closest('.game-intro')),
    };
  });
}

for (const game of GAME_IDS) {
  test(`${game}: the focus moves into the game at start, comes back after pause and goes to the intro on leaving`, async ({ page }) => {
    test.setTimeout(90_000);
    await openGame(page, game, { locale: 'en', seed: 3 });
    await startButton(page).focus();
    await page.keyboard.press('Enter');
    await waitForGame(page, game);
    await expect.poll(async () => (await focusPlace(page)).inGame, { message: 'focus inside the game after Enter on start' }).toBe(true);
    const started = await focusPlace(page);
    expect(started.tag).not.toBe('body');
    expect(started.role).toBe('region');
    await expect(page.locator('.game-play__host [role="region"]')).toHaveAccessibleName(/\S/);

    await pauseButton(page).click();
    await expect(pauseDialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pauseDialog(page)).toBeHidden();
    await expect.poll(async () => (await focusPlace(page)).inGame, { message: 'focus back in the game after resume' }).toBe(true);

    await pauseButton(page).click();
    await pauseDialog(page).locator('.button--secondary').click();
    await expect(page.locator('.game-intro')).toBeVisible();
    await expect.poll(async () => (await focusPlace(page)).inIntro, { message: 'focus on the intro after leaving' }).toBe(true);
    expect((await focusPlace(page)).tag).toBe('h1');
  });
}
