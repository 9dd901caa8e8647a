// Not a check: writes screenshots of Data Detective and Cell Therapy Race (intro, play, results) at the three screen
// sizes in French and English under dist/screens/games-5-6/, for people to look at. One run per game and language;
// the window is resized to each size at each stage (the layout follows, as it does when a kiosk rotates). Not part of
// npm test:
//   E2E_WEB_ROOT=/tmp/web-b E2E_PORT=4521 npx playwright test --config playwright.screens.config.ts games-5-6.screens.ts --workers=1

import { expect, test, type Page } from '@playwright/test';
import { openGame, readGame, startButton, waitForGame } from '../e2e/support/games';
import { TEST_BUILD } from '../e2e/support/builds';

// The test build: moves are chosen from the running game's model snapshot (tests/README.md).
test.use(TEST_BUILD);

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] } as const;
const OUT = 'dist/screens/games-5-6';

/** Screenshots of the page at every size, then back to the first size. */
async function shootAll(page: Page, name: string, fullPage = false): Promise<void> {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    await page.setViewportSize({ width, height });
    // Let the ResizeObserver resize the canvas and the scene redraw.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}-${size}.png` });
    if (fullPage) await page.screenshot({ path: `${OUT}/${name}-full-${size}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: SIZES.kiosk[0], height: SIZES.kiosk[1] });
}

interface DetectiveRead {
  phase: string;
  batchIndex: number;
  pointsShown: number;
  faultySensors: (string | null)[];
  flags: { batch: number; sensor: string }[];
  labelIndex: number;
  trueLabels: boolean[];
}

interface RaceRead {
  finished: boolean;
  snapshot: { step: number; patients: { index: number; code: string; bagLabel: string }[]; log: unknown[] };
  primaryActions: (string | null)[];
}

const FLAG_KEYS: Record<string, string> = { temperature: 't', pH: 'p', oxygen: 'o', biomass: 'b' };

for (const locale of ['fr', 'en'] as const) {
  test.describe(locale, () => {
    test.use({ viewport: { width: SIZES.kiosk[0], height: SIZES.kiosk[1] } });

    test(`data detective ${locale}`, async ({ page }) => {
      test.setTimeout(240_000);
      await openGame(page, 'data-detective', { locale, seed: 7 });
      await shootAll(page, `data-detective-intro-${locale}`);
      await page.locator('.game-intro input[name="level"][value="hard"]').check();
      await startButton(page).click();
      await waitForGame(page, 'data-detective');
      const read = async () => (await readGame<DetectiveRead>(page)) as DetectiveRead;
      let s = await read();
      let shotRound1 = false;
      while (s.phase === 'monitoring') {
        const faulty = s.faultySensors[s.batchIndex];
        if (faulty && s.pointsShown >= 12 && !s.flags.some((f) => f.batch === s.batchIndex && f.sensor === faulty)) {
          await page.keyboard.press(FLAG_KEYS[faulty] as string);
          if (!shotRound1) {
            // The game waits for nobody: these shots take a few seconds of round 1.
            shotRound1 = true;
            await shootAll(page, `data-detective-play-round1-${locale}`);
          }
        } else {
          await page.waitForTimeout(100);
        }
        s = await read();
      }
      await expect(page.locator('.dd-normal')).toBeVisible();
      await shootAll(page, `data-detective-play-labelling-${locale}`);
      for (let i = 0; i < s.trueLabels.length; i++) {
        await page.locator(s.trueLabels[i] ? '.dd-faulty' : '.dd-normal').click();
        await expect.poll(async () => (await read()).labelIndex).toBe(i + 1);
      }
      await page.keyboard.press('Digit2');
      await shootAll(page, `data-detective-play-experiment-${locale}`);
      await page.locator('.dd-finish').click();
      await expect(page.locator('.game-results')).toBeVisible();
      await shootAll(page, `data-detective-results-${locale}`, true);
    });

    test(`cell therapy race ${locale}`, async ({ page }) => {
      test.setTimeout(240_000);
      await openGame(page, 'cell-therapy-race', { locale, seed: 7 });
      await shootAll(page, `cell-therapy-race-intro-${locale}`);
      await page.locator('.game-intro input[name="level"][value="hard"]').check();
      await startButton(page).click();
      await waitForGame(page, 'cell-therapy-race');
      await page.keyboard.press('s');
      let shotPlay = false;
      const deadline = Date.now() + 150_000;
      while (Date.now() < deadline) {
        const s = await readGame<RaceRead>(page);
        if (!s || s.finished) break;
        if (!shotPlay && s.snapshot.step >= 4 * 14) {
          shotPlay = true;
          // The plant around day 14; at 2x it keeps running during the shots (a few seconds).
          await shootAll(page, `cell-therapy-race-play-${locale}`);
          continue;
        }
        const enabled = await page.locator('.ctr-card .ctr-primary').evaluateAll((buttons) => buttons.map((b) => !(b as HTMLElement).hidden && b.getAttribute('aria-disabled') !== 'true'));
        const patient = s.snapshot.patients.find((p) => s.primaryActions[p.index] === 'acceptBag' || enabled[p.index]);
        if (!patient) {
          await page.waitForTimeout(80);
          continue;
        }
        const mislabelled = s.primaryActions[patient.index] === 'acceptBag' && patient.bagLabel !== patient.code;
        const logLength = s.snapshot.log.length;
        await page.locator('.ctr-card').nth(patient.index).locator(mislabelled ? '.ctr-secondary' : '.ctr-primary').click();
        await expect.poll(async () => (await readGame<RaceRead>(page))?.snapshot.log.length ?? Infinity).toBeGreaterThan(logLength);
      }
      await expect(page.locator('.game-results')).toBeVisible();
      await shootAll(page, `cell-therapy-race-results-${locale}`, true);
    });
  });
}
