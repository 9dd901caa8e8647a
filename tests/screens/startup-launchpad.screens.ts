// Not a check: writes screenshots of Start-up Launchpad (intro, a card in play, a phase result, results) at the three
// screen sizes in the four languages, reduced motion, under dist/screens/startup-launchpad/, for people to look at.
// Not part of npm test:
//   E2E_PORT=4751 npx playwright test --config playwright.screens.config.ts startup-launchpad.screens.ts --workers=1

import { expect, test, type Page } from '@playwright/test';
import { openGame, readGame, startButton, waitForGame } from '../e2e/support/games';
import { TEST_BUILD } from '../e2e/support/builds';

test.use({ ...TEST_BUILD, contextOptions: { reducedMotion: 'reduce' } });

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] } as const;
const OUT = 'dist/screens/startup-launchpad';
const CAREFUL = ['biologic', 'quality', 'regulatory', 'business', 'biomarker', 'cdmo', 'honest', 'seriesA', 'seriesB', 'partner', 'continue', 'backup'];

interface LaunchpadRead {
  finished: boolean;
  snapshot: { card: string | null; options: string[]; news: unknown[] };
}

async function shootAll(page: Page, name: string, fullPage = false): Promise<void> {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    await page.setViewportSize({ width, height });
    // Let the ResizeObserver resize the canvas and the scene redraw.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}-${size}.png`, fullPage });
  }
  await page.setViewportSize({ width: SIZES.kiosk[0], height: SIZES.kiosk[1] });
}

for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
  test(`start-up launchpad ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: SIZES.kiosk[0], height: SIZES.kiosk[1] });
    await openGame(page, 'startup-launchpad', { locale, seed: 5 });
    await shootAll(page, `intro-${locale}`);
    await startButton(page).click();
    await waitForGame(page, 'startup-launchpad');
    await shootAll(page, `play-first-card-${locale}`);
    let shotMoney = false;
    let shotResult = false;
    for (let move = 0; move < 30; move++) {
      const s = (await readGame<LaunchpadRead>(page)) as LaunchpadRead;
      if (!s || s.finished) break;
      if (s.snapshot.card === 'money' && !shotMoney) {
        shotMoney = true;
        await shootAll(page, `play-money-${locale}`);
      }
      if (s.snapshot.card === 'phaseResult' && !shotResult) {
        shotResult = true;
        await shootAll(page, `play-phase-result-${locale}`);
      }
      const pick = CAREFUL.find((option) => s.snapshot.options.includes(option)) ?? s.snapshot.options[0];
      const before = s.snapshot.news.length;
      await page.locator(`.lp-choice[data-option="${pick}"]`).click();
      await expect.poll(async () => (await readGame<LaunchpadRead>(page))?.snapshot.news.length ?? Infinity).toBeGreaterThan(before);
    }
    await expect(page.locator('.game-results')).toBeVisible({ timeout: 30_000 });
    await shootAll(page, `results-${locale}`, true);
  });
}
