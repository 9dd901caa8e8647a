// Not a check: writes screenshots of each game's intro, play and results at the three screen sizes in French and
// German under dist/screens/games-e2e/, for people to look at. Not part of npm test:
//   E2E_PORT=4480 npx playwright test --config playwright.screens.config.ts games.screens.ts --workers=1

import { expect, test } from '@playwright/test';
import { openGame, playGowning, readGame, startButton, startGowning, waitForGame } from '../e2e/support/games';
import { TEST_BUILD } from '../e2e/support/builds';

// The test build: moves are chosen from the running game's model snapshot (tests/README.md).
test.use(TEST_BUILD);

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] } as const;
const OUT = 'dist/screens/games-e2e';

for (const locale of ['fr', 'de'] as const) {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    test.describe(`${locale} ${size}`, () => {
      test.use({ viewport: { width, height } });

      test(`gowning ${locale} ${size}`, async ({ page }) => {
        await openGame(page, 'gowning', { locale, seed: 7 });
        await page.screenshot({ path: `${OUT}/gowning-intro-${locale}-${size}.png` });
        await startGowning(page, 'mouse');
        await page.waitForTimeout(800);
        await page.screenshot({ path: `${OUT}/gowning-play-${locale}-${size}.png` });
        await playGowning(page, 'mouse');
        await expect(page.locator('.game-results')).toBeVisible();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/gowning-results-${locale}-${size}.png` });
        await page.screenshot({ path: `${OUT}/gowning-results-full-${locale}-${size}.png`, fullPage: true });
      });

      test(`bioreactor ${locale} ${size}`, async ({ page }) => {
        test.setTimeout(120_000);
        await openGame(page, 'bioreactor', { locale, seed: 7 });
        await page.screenshot({ path: `${OUT}/bioreactor-intro-${locale}-${size}.png` });
        await startButton(page).click();
        await waitForGame(page, 'bioreactor');
        await page.keyboard.press('3');
        const hour = async () => (await readGame<{ snapshot: { culture: { hour: number; glucose: number } } }>(page))?.snapshot.culture.hour ?? 0;
        await expect.poll(hour, { timeout: 60_000 }).toBeGreaterThanOrEqual(4 * 24);
        await page.keyboard.press('f');
        await page.screenshot({ path: `${OUT}/bioreactor-play-${locale}-${size}.png` });
        await expect.poll(hour, { timeout: 60_000 }).toBeGreaterThanOrEqual(8 * 24);
        await page.keyboard.press('h');
        await page.keyboard.press('h');
        await expect(page.locator('.game-results')).toBeVisible();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/bioreactor-results-${locale}-${size}.png` });
        await page.screenshot({ path: `${OUT}/bioreactor-results-full-${locale}-${size}.png`, fullPage: true });
      });
    });
  }
}
