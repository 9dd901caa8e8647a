// Code of Life end to end: played through by touch (taps on the real base, prediction and continue buttons), by mouse
// and by keyboard alone (Tab/Enter and the game's letter shortcuts), each pick made from the model the running game
// publishes (?testHooks=1); fixed seeds make every run repeatable. Also: the engagement log records start and
// completion with the level, a seeded fuzz run raises no error, leaving mid-run records an abandonment and leaves no
// canvas, axe on intro and results.

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './support/app';
import {
  eventsOf,
  expectLeftMidRun,
  expectRunRecorded,
  expectResults,
  exportedEvents,
  openGame,
  pauseButton,
  pauseDialog,
  seededRandom,
  tabTo,
} from './support/games';
import { expectResponsiveAfterFuzz, fuzzTapsAndKeys, playCodeOfLife, readCodeOfLife, startCodeOfLife } from './support/games34';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`code of life by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true, isMobile: false });

    test(`Code of Life is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await openGame(page, 'code-of-life', { locale: 'en', seed: 42 });
      await expectNoAxeViolations(page, 'code of life intro');
      await startCodeOfLife(page, kind, 'normal');
      const first = await readCodeOfLife(page);
      expect(first.level).toBe('normal');
      expect(first.snapshot.phase).toBe('transcribe');
      expect(first.snapshot.transcribed).toBe(0);

      if (kind === 'keyboard') {
        await tabTo(page, pauseButton(page));
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeVisible();
        await expect.poll(async () => (await readCodeOfLife(page)).paused).toBe(true);
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeHidden();
        await expect.poll(async () => (await readCodeOfLife(page)).paused).toBe(false);
      }

      const last = await playCodeOfLife(page, kind);
      expect(last.snapshot.stats.wrongPicks).toBe(0);
      expect(last.snapshot.stats.correctPredictions).toBe(last.snapshot.questions.length);
      expect(last.evaluation.stars).toBeGreaterThanOrEqual(1);

      const { stars } = await expectResults(page);
      expect(stars).toBe(last.evaluation.stars);
      await expect(page.locator('.game-results__score')).toContainText(String(last.evaluation.score));
      await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles li')).toHaveCount(5);
      await expect(page.locator('.related-roles a').first()).toHaveAttribute('href', /careers/);
      await expectNoAxeViolations(page, 'code of life results');

      await expectRunRecorded(page, 'code-of-life', { stars: last.evaluation.stars, score: last.evaluation.score, level: 'normal' });
      expect(errors).toEqual([]);
    });
  });
}

test('the easy level finishes too and is recorded as easy', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  await openGame(page, 'code-of-life', { seed: 7 });
  await startCodeOfLife(page, 'mouse', 'easy');
  expect((await readCodeOfLife(page)).level).toBe('easy');
  await playCodeOfLife(page, 'mouse');
  await expectResults(page);
  const completed = eventsOf(await exportedEvents(page), 'game-completed', 'code-of-life');
  expect(completed).toHaveLength(1);
  expect(completed[0]).toMatchObject({ level: 'easy' });
  expect(errors).toEqual([]);
});

test('a wrong base is refused and counted, and T is never an RNA base', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'code-of-life', { seed: 3 });
  await startCodeOfLife(page, 'mouse', 'normal');
  const before = await readCodeOfLife(page);
  const wrong = ['A', 'U', 'G', 'C'].find((base) => base !== before.expectedBase) as string;
  await page.keyboard.press(wrong.toLowerCase());
  await expect.poll(async () => (await readCodeOfLife(page)).snapshot.stats.wrongPicks).toBe(1);
  await page.keyboard.press('t');
  const after = await readCodeOfLife(page);
  expect(after.snapshot.transcribed).toBe(0);
  expect(after.expectedBase).toBe(before.expectedBase);
  expect(errors).toEqual([]);
});

test.describe('code of life fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 20 s of random taps and keys raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(20261126);
    await openGame(page, 'code-of-life', { seed: 1234 });
    await startCodeOfLife(page, 'mouse', 'normal');
    const keys = ['Tab', 'Shift+Tab', 'Enter', 'Space', 'a', 'u', 'g', 'c', 't', '1', '2', '3', 'n', 'r', 'ArrowLeft', 'ArrowDown', 'x', 'Escape'];
    expect(await fuzzTapsAndKeys(page, 'code-of-life', random, keys)).toBeLessThan(10);

    // Still responsive: a fresh run pauses, resumes and its clock moves on.
    await expectResponsiveAfterFuzz(page, 'code-of-life');
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'code-of-life', { seed: 5 });
  await startCodeOfLife(page, 'mouse', 'normal');
  for (let i = 0; i < 3; i++) {
    const s = await readCodeOfLife(page);
    await page.locator(`.code-of-life-base-${s.expectedBase ?? 'A'}`).click();
    await expect.poll(async () => (await readCodeOfLife(page)).snapshot.transcribed).toBe(i + 1);
  }
  await pauseButton(page).click();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  await expectLeftMidRun(page, 'code-of-life');
  expect(errors).toEqual([]);
});

test('leaving mid-run back to the hub records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'code-of-life', { seed: 6 });
  await startCodeOfLife(page, 'mouse');
  await page.evaluate(() => {
    window.location.hash = '#/games';
  });
  await expect(page.locator('.games-hub')).toBeVisible();
  await expectLeftMidRun(page, 'code-of-life');
  expect(errors).toEqual([]);
});
