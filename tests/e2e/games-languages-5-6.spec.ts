// Games 5 and 6 in all four languages: Data Detective and Cell Therapy Race, each from its intro through play to its
// results, with no raw i18n key on screen (or in what screen readers read) on the intro, the play screen (every phase
// of Data Detective, the running plant of Cell Therapy Race) and the results, and axe (WCAG 2.2 AA) on the intro and
// the results. Each game is played to its results with a fixed seed by a small model-driven player (the full players,
// by touch, mouse and keyboard, are in the per-game specs).

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LANGUAGES, type Lang, watchConsole } from './support/app';
import { expectNoRawKeys, expectResults, openGame, readGame, startButton, waitForGame } from './support/games';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const SENSOR_KEYS = ['t', 'p', 'o', 'b'];
const SENSORS = ['temperature', 'pH', 'oxygen', 'biomass'];

interface DetectiveRead {
  phase: 'monitoring' | 'labelling' | 'experiment' | 'finished';
  batchIndex: number;
  pointsShown: number;
  faultySensors: (string | null)[];
  flags: { batch: number; sensor: string }[];
  labelIndex: number;
  trueLabels: boolean[];
  runs: { variant: string }[];
}

interface RaceRead {
  finished: boolean;
  speed: number;
  snapshot: { step: number; patients: { index: number; code: string; bagLabel: string; stage: string }[]; log: unknown[] };
  primaryActions: (string | null)[];
}

async function checkIntro(page: Page, lang: Lang, game: string, namespaces: readonly string[]): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.how-to-play__step')).not.toHaveCount(0);
  await expectNoRawKeys(page, namespaces, `${lang} ${game} intro`);
  await expectNoAxeViolations(page, `${lang} ${game} intro`);
}

async function checkResults(page: Page, lang: Lang, game: string, namespaces: readonly string[]): Promise<number> {
  const { stars } = await expectResults(page);
  await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
  await expect(page.locator('.learned-list li')).not.toHaveCount(0);
  await expect(page.locator('.related-roles li')).not.toHaveCount(0);
  await expectNoRawKeys(page, namespaces, `${lang} ${game} results`);
  await expectNoAxeViolations(page, `${lang} ${game} results`);
  return stars;
}

for (const lang of LANGUAGES) {
  test.describe(`games 5 and 6 in ${lang}`, () => {
    test(`${lang}: Data Detective intro, both rounds and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(150_000);
      const namespaces = ['games', 'data-detective'];
      const errors = watchConsole(page);
      await openGame(page, 'data-detective', { locale: lang, seed: 31 });
      await checkIntro(page, lang, 'data-detective', namespaces);
      await page.locator('.game-intro input[name="level"][value="hard"]').check();
      await startButton(page).click();
      await waitForGame(page, 'data-detective');
      const read = async () => (await readGame<DetectiveRead>(page)) as DetectiveRead;

      // Round 1: read aloud once, then flag each batch's faulty sensor late in the batch (shortcut letters).
      await page.keyboard.press('r');
      await expect(page.locator('.dd-advice')).not.toBeEmpty();
      await expectNoRawKeys(page, namespaces, `${lang} data-detective round 1`);
      let s = await read();
      while (s.phase === 'monitoring') {
        const faulty = s.faultySensors[s.batchIndex];
        if (faulty && s.pointsShown >= 12 && !s.flags.some((f) => f.batch === s.batchIndex && f.sensor === faulty)) {
          await page.keyboard.press(SENSOR_KEYS[SENSORS.indexOf(faulty)] as string);
          await expect(page.locator('.dd-advice')).toContainText(/\S/);
          await expectNoRawKeys(page, namespaces, `${lang} data-detective flag`);
        } else {
          await page.waitForTimeout(100);
        }
        s = await read();
      }

      // Round 2: label every example as the rules do, then one experiment, then the results.
      await expect(page.locator('.dd-normal')).toBeVisible();
      await expectNoRawKeys(page, namespaces, `${lang} data-detective labelling`);
      for (let i = 0; i < s.trueLabels.length; i++) {
        await page.locator(s.trueLabels[i] ? '.dd-faulty' : '.dd-normal').click();
        await expect.poll(async () => (await read()).labelIndex).toBe(i + 1);
      }
      await expect(page.locator('.dd-variant').first()).toBeVisible();
      await page.keyboard.press('Digit3');
      await expect(page.locator('.dd-variant').nth(2)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.dd-status')).toContainText(/\d+\s?%.*\d+\s?%.*\d+\s?%.*\d+\s?%/);
      await expectNoRawKeys(page, namespaces, `${lang} data-detective experiment`);
      await page.locator('.dd-finish').click();

      expect(await checkResults(page, lang, 'data-detective', namespaces)).toBe(3);
      expect(errors).toEqual([]);
    });

    test(`${lang}: Cell Therapy Race intro, play and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(120_000);
      const namespaces = ['games', 'cell-therapy-race'];
      const errors = watchConsole(page);
      await openGame(page, 'cell-therapy-race', { locale: lang, seed: 31 });
      await checkIntro(page, lang, 'cell-therapy-race', namespaces);
      await page.locator('.game-intro input[name="level"][value="easy"]').check();
      await startButton(page).click();
      await waitForGame(page, 'cell-therapy-race');
      const read = async () => readGame<RaceRead>(page);
      await page.locator('.ctr-speed').nth(2).click();
      await expect.poll(async () => (await read())?.speed).toBe(4);

      // Each patient's next step as soon as its button is enabled; a mislabelled bag is sent back.
      let checkedRawKeys = 0;
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        const s = await read();
        if (!s || s.finished) break;
        const enabled = await page.locator('.ctr-card .ctr-primary').evaluateAll((buttons) => buttons.map((b) => !(b as HTMLElement).hidden && b.getAttribute('aria-disabled') !== 'true'));
        const patient = s.snapshot.patients.find((p) => s.primaryActions[p.index] === 'acceptBag' || enabled[p.index]);
        if (!patient) {
          await page.waitForTimeout(80);
          continue;
        }
        const mislabelled = s.primaryActions[patient.index] === 'acceptBag' && patient.bagLabel !== patient.code;
        const card = page.locator('.ctr-card').nth(patient.index);
        const before = JSON.stringify([s.snapshot.patients.map((p) => p.stage), s.snapshot.log.length]);
        await card.locator(mislabelled ? '.ctr-secondary' : '.ctr-primary').click();
        await expect
          .poll(async () => {
            const next = await read();
            return next ? JSON.stringify([next.snapshot.patients.map((p) => p.stage), next.snapshot.log.length]) : 'gone';
          })
          .not.toBe(before);
        if (checkedRawKeys < 3) {
          // The cards' statuses and the advice line change with every stage: check the first few.
          checkedRawKeys += 1;
          await expectNoRawKeys(page, namespaces, `${lang} cell-therapy-race play`);
        }
      }
      expect(checkedRawKeys).toBe(3);

      expect(await checkResults(page, lang, 'cell-therapy-race', namespaces)).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
    });
  });
}
