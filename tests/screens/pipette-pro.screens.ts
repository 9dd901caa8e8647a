// Not a check: writes screenshots of Pipette Pro (intro, play, results) at the three screen sizes in the four
// languages, with reduced motion, under dist/screens/pipette-pro/, for people to look at. Not part of npm test:
//   E2E_PORT=4711 npx playwright test --config playwright.screens.config.ts pipette-pro.screens.ts --workers=1

import { expect, test, type Page } from '@playwright/test';
import { openGame, readGame, startButton, waitForGame } from '../e2e/support/games';
import { TEST_BUILD } from '../e2e/support/builds';

// The test build: the good practice is read from the running game's model (tests/README.md).
test.use({ ...TEST_BUILD, reducedMotion: 'reduce' });

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] } as const;
const OUT = 'dist/screens/pipette-pro';

async function shootAll(page: Page, name: string): Promise<void> {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    await page.setViewportSize({ width, height });
    // Let the ResizeObserver resize the canvas and the scene redraw.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}-${size}.png` });
  }
  await page.setViewportSize({ width: SIZES.kiosk[0], height: SIZES.kiosk[1] });
}

interface Read {
  finished: boolean;
  rightOption: string | null;
  snapshot: { step: string; transfer: number; options: string[]; choices: unknown[] };
}

for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
  test(`pipette pro ${locale}`, async ({ page }) => {
    test.setTimeout(240_000);
    await openGame(page, 'pipette-pro', { locale, seed: 7 });
    await shootAll(page, `pipette-pro-intro-${locale}`);
    await page.locator('.game-intro input[name="level"][value="hard"]').check();
    await startButton(page).click();
    await waitForGame(page, 'pipette-pro');
    for (let guard = 0; guard < 80; guard++) {
      const s = (await readGame<Read>(page)) as Read;
      if (s.finished) break;
      if (s.snapshot.transfer === 3 && s.snapshot.step === 'depth') await shootAll(page, `pipette-pro-play-${locale}`);
      if (s.snapshot.step === 'review') await shootAll(page, `pipette-pro-review-${locale}`);
      // One mistake (a kept tip on the third tube) so the plot shows the series off its target.
      const option = s.snapshot.step === 'tip' && s.snapshot.transfer === 2 ? 'keepTip' : (s.rightOption as string);
      const key = (r: Read | null): string => (r ? `${r.snapshot.choices.length}|${r.finished}` : 'gone');
      const before = key(s);
      await page.locator('.ppp-option:not([hidden])').nth(s.snapshot.options.indexOf(option)).click();
      await expect.poll(async () => key(await readGame<Read>(page))).not.toBe(before);
    }
    await expect(page.locator('.game-results')).toBeVisible();
    await shootAll(page, `pipette-pro-results-${locale}`);
  });
}
