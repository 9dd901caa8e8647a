// Every game played to its results on the shipped build (dist/web, service worker on), as a visitor plays it: the
// intro's start button, then only the game's real controls (support/playThrough.ts). No test hook exists in this
// build; the engagement log is read the way staff read it, through the admin panel's figures.

import { GAME_IDS } from '../../common/ids';
import { expect, test } from './support/test';
import { openApp, watchConsole } from './support/app';
import { playToResults } from './support/playThrough';

for (const game of GAME_IDS) {
  test(`${game}: a run played with the real controls reaches the results`, async ({ page }) => {
    // Data Detective and the Cell Therapy Race run on their own clock: a run lasts as long as it lasts.
    test.setTimeout(240_000);
    const errors = watchConsole(page);
    await openApp(page, { locale: 'en', hash: `#/games/${game}`, extraQuery: 'seed=3' });
    await page.locator('.game-intro .button--large').click();
    expect(await playToResults(page, { seed: 3 })).toBeGreaterThan(0);
    const results = page.locator('.game-results');
    await expect(results.locator('.stars .star')).toHaveCount(3);
    await expect(results.locator('.game-results__score')).toContainText(/\d/);
    expect(await page.evaluate(() => document.querySelectorAll('canvas').length)).toBe(0);
    expect(errors).toEqual([]);
  });
}
