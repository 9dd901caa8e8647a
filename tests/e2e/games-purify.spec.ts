// Purify It! end to end: played through by touch (taps on the real panel buttons), by mouse and by keyboard alone
// (Tab/Enter and the game's shortcuts), each choice made from the model the running game publishes (?testHooks=1);
// fixed seeds make every run repeatable. Also: the engagement log records start and completion with the level, a
// seeded fuzz run raises no error, leaving mid-run records an abandonment and leaves no canvas, axe on intro and results.

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
import { expectResponsiveAfterFuzz, fuzzTapsAndKeys, playPurify, readPurify, startPurify } from './support/games34';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`purify by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true, isMobile: false });

    test(`Purify It! is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await openGame(page, 'purify', { locale: 'en', seed: 42 });
      await expectNoAxeViolations(page, 'purify intro');
      await startPurify(page, kind, 'normal');
      const first = await readPurify(page);
      expect(first.level).toBe('normal');
      expect(first.snapshot.stage).toBe('clarify');

      if (kind === 'keyboard') {
        await tabTo(page, pauseButton(page));
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeVisible();
        await expect.poll(async () => (await readPurify(page)).paused).toBe(true);
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeHidden();
        await expect.poll(async () => (await readPurify(page)).paused).toBe(false);
      }

      const last = await playPurify(page, kind);
      expect(last.evaluation.failedTests).toEqual([]);
      expect(last.evaluation.stars).toBeGreaterThanOrEqual(1);

      const { stars } = await expectResults(page);
      expect(stars).toBe(last.evaluation.stars);
      await expect(page.locator('.game-results__score')).toContainText(String(last.evaluation.score));
      await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles li')).toHaveCount(5);
      await expect(page.locator('.related-roles a').first()).toHaveAttribute('href', /careers/);
      await expectNoAxeViolations(page, 'purify results');

      await expectRunRecorded(page, 'purify', { stars: last.evaluation.stars, score: last.evaluation.score, level: 'normal' });
      expect(errors).toEqual([]);
    });
  });
}

test('the easy level runs clarification and UF/DF by the recipe and still finishes', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  await openGame(page, 'purify', { seed: 7 });
  await startPurify(page, 'mouse', 'easy');
  const first = await readPurify(page);
  expect(first.snapshot.stages).toEqual(['load', 'wash', 'elute', 'hold', 'polish']);
  await playPurify(page, 'mouse');
  await expectResults(page);
  const completed = eventsOf(await exportedEvents(page), 'game-completed', 'purify');
  expect(completed).toHaveLength(1);
  expect(completed[0]).toMatchObject({ level: 'easy' });
  expect(errors).toEqual([]);
});

test.describe('purify fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 20 s of random taps and keys raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(20261126);
    await openGame(page, 'purify', { seed: 1234 });
    await startPurify(page, 'mouse', 'normal');
    const keys = ['Tab', 'Shift+Tab', 'Enter', 'Space', '1', '2', '3', 'g', 'r', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'x', 'Escape'];
    expect(await fuzzTapsAndKeys(page, 'purify', random, keys)).toBeLessThan(10);

    // Still responsive: a fresh run pauses, resumes and its clock moves on.
    await expectResponsiveAfterFuzz(page, 'purify');
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'purify', { seed: 5 });
  await startPurify(page, 'mouse', 'normal');
  await page.locator('.purify-run').click();
  await expect.poll(async () => (await readPurify(page)).snapshot.stage, { timeout: 15_000 }).toBe('load');
  await pauseButton(page).click();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, 'purify');
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('leaving mid-run back to the hub records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'purify', { seed: 6 });
  await startPurify(page, 'mouse');
  await page.evaluate(() => {
    window.location.hash = '#/games';
  });
  await expect(page.locator('.games-hub')).toBeVisible();
  await expectLeftMidRun(page, 'purify');
  expect(errors).toEqual([]);
});
