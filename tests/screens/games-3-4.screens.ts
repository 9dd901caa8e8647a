// Not a check: writes screenshots of Purify It! and Code of Life (intro, play, results) at the three screen sizes in
// French and Dutch under dist/screens/games-3-4/, for people to look at. Not part of npm test:
//   E2E_PORT=4511 npx playwright test --config playwright.screens.config.ts games-3-4.screens.ts --workers=1

import { expect, test } from '@playwright/test';
import { openGame } from '../e2e/support/games';
import { playCodeOfLife, playPurify, readCodeOfLife, startCodeOfLife, startPurify } from '../e2e/support/games34';
import { TEST_BUILD } from '../e2e/support/builds';

// The test build: moves are chosen from the running game's model snapshot (tests/README.md).
test.use(TEST_BUILD);

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] } as const;
const OUT = 'dist/screens/games-3-4';

for (const locale of ['fr', 'nl'] as const) {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    test.describe(`${locale} ${size}`, () => {
      test.use({ viewport: { width, height } });

      test(`purify ${locale} ${size}`, async ({ page }) => {
        test.setTimeout(90_000);
        await openGame(page, 'purify', { locale, seed: 7 });
        await page.screenshot({ path: `${OUT}/purify-intro-${locale}-${size}.png` });
        await startPurify(page, 'mouse', 'normal');
        // Play well up to the polishing step, where the chromatogram and the chosen cut are on screen.
        await playPurify(page, 'mouse', 'polish');
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/purify-play-${locale}-${size}.png` });
        await playPurify(page, 'mouse');
        await expect(page.locator('.game-results')).toBeVisible();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/purify-results-${locale}-${size}.png` });
        await page.screenshot({ path: `${OUT}/purify-results-full-${locale}-${size}.png`, fullPage: true });
      });

      test(`code-of-life ${locale} ${size}`, async ({ page }) => {
        test.setTimeout(90_000);
        await openGame(page, 'code-of-life', { locale, seed: 7 });
        await page.screenshot({ path: `${OUT}/code-of-life-intro-${locale}-${size}.png` });
        await startCodeOfLife(page, 'mouse', 'normal');
        // A few bases in, so the mRNA is growing on screen.
        for (let i = 0; i < 4; i++) {
          const s = await readCodeOfLife(page);
          await page.locator(`.code-of-life-base-${s.expectedBase ?? 'A'}`).click();
          await expect.poll(async () => (await readCodeOfLife(page)).snapshot.transcribed).toBe(i + 1);
        }
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/code-of-life-play-${locale}-${size}.png` });
        await playCodeOfLife(page, 'mouse');
        await expect(page.locator('.game-results')).toBeVisible();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/code-of-life-results-${locale}-${size}.png` });
        await page.screenshot({ path: `${OUT}/code-of-life-results-full-${locale}-${size}.png`, fullPage: true });
      });
    });
  }
}
