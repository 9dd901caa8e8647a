// Games 3 and 4 in all four languages: Purify It! and Code of Life, each from its intro through play to its results,
// with no raw i18n key on screen (or in what screen readers read) on the intro, the play screen, the pause dialog and
// the results, and axe (WCAG 2.2 AA) on the intro, the pause dialog and the results. Each game is played to its
// results with a fixed seed by the model-driven players of support/games34.ts (by mouse; touch and keyboard are in
// the per-game specs).

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LANGUAGES, watchConsole } from './support/app';
import { eventsOf, expectNoRawKeys, expectResults, exportedEvents, openGame, pauseButton, pauseDialog } from './support/games';
import { playCodeOfLife, playPurify, startCodeOfLife, startPurify } from './support/games34';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const NAMESPACES = ['games', 'purify', 'code-of-life'];

async function pauseAndCheck(page: Page, context: string): Promise<void> {
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await expectNoRawKeys(page, NAMESPACES, `${context} pause dialog`);
  await expectNoAxeViolations(page, `${context} pause dialog`);
  await pauseDialog(page).locator('.button--large').click();
  await expect(pauseDialog(page)).toBeHidden();
}

async function checkResults(page: Page, game: 'purify' | 'code-of-life', context: string): Promise<void> {
  const { stars } = await expectResults(page);
  expect(stars).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
  await expect(page.locator('.learned-list li')).not.toHaveCount(0);
  await expect(page.locator('.related-roles li')).not.toHaveCount(0);
  await expectNoRawKeys(page, NAMESPACES, `${context} results`);
  await expectNoAxeViolations(page, `${context} results`);
  expect(eventsOf(await exportedEvents(page), 'game-completed', game)).toHaveLength(1);
}

for (const lang of LANGUAGES) {
  test.describe(`games 3-4 in ${lang}`, () => {
    test(`${lang}: Purify It! intro, play, pause and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = watchConsole(page);
      await openGame(page, 'purify', { locale: lang, seed: 21 });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.how-to-play__step')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} purify intro`);
      await expectNoAxeViolations(page, `${lang} purify intro`);

      await startPurify(page, 'mouse', 'normal');
      await expect(page.locator('.purify-advice')).not.toBeEmpty();
      await expectNoRawKeys(page, NAMESPACES, `${lang} purify play`);
      await pauseAndCheck(page, `${lang} purify`);
      await playPurify(page, 'mouse');
      await checkResults(page, 'purify', `${lang} purify`);
      expect(errors).toEqual([]);
    });

    test(`${lang}: Code of Life intro, play, pause and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = watchConsole(page);
      await openGame(page, 'code-of-life', { locale: lang, seed: 21 });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.how-to-play__step')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} code of life intro`);
      await expectNoAxeViolations(page, `${lang} code of life intro`);

      await startCodeOfLife(page, 'mouse', 'normal');
      await expect(page.locator('.code-of-life-advice')).not.toBeEmpty();
      await expectNoRawKeys(page, NAMESPACES, `${lang} code of life play`);
      await pauseAndCheck(page, `${lang} code of life`);
      await playCodeOfLife(page, 'mouse');
      await checkResults(page, 'code-of-life', `${lang} code of life`);
      expect(errors).toEqual([]);
    });
  });
}
