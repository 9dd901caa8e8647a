// Both games in all four languages: the hub, each game's intro, the pause dialog, the play screen's DOM controls and
// the results screen render with no raw i18n key on screen (or in what screen readers read) and pass axe (WCAG 2.2
// AA). Each game is played to its results with a fixed seed: Gowning Up by its model-driven player, Bioreactor
// Balance at 4x and harvested early (the full-length runs are in the per-game specs).

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LANGUAGES, openApp, watchConsole } from './support/app';
import {
  expectNoRawKeys,
  expectResults,
  openGame,
  pauseButton,
  pauseDialog,
  playGowning,
  readGame,
  startButton,
  startGowning,
  waitForGame,
} from './support/games';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const NAMESPACES = ['games', 'gowning', 'bioreactor'];

async function pauseAndCheck(page: Page, context: string): Promise<void> {
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await expect(pauseDialog(page).locator('.button--large')).toBeFocused();
  await expectNoRawKeys(page, NAMESPACES, `${context} pause dialog`);
  await expectNoAxeViolations(page, `${context} pause dialog`);
  await pauseDialog(page).locator('.button--large').click();
  await expect(pauseDialog(page)).toBeHidden();
}

for (const lang of LANGUAGES) {
  test.describe(`games in ${lang}`, () => {
    test(`${lang}: the games hub has no raw keys and passes axe`, async ({ page }) => {
      const errors = watchConsole(page);
      await openApp(page, { locale: lang, hash: '#/games' });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Other games may be registered too; these two must be there, with their card texts.
      for (const id of ['gowning', 'bioreactor']) {
        await expect(page.locator(`.game-card a[href$="games/${id}"]`)).toBeVisible({ timeout: 15_000 });
      }
      await expectNoRawKeys(page, NAMESPACES, `${lang} hub`);
      await expectNoAxeViolations(page, `${lang} hub`);
      expect(errors).toEqual([]);
    });

    test(`${lang}: Gowning Up intro, play, pause and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = watchConsole(page);
      await openGame(page, 'gowning', { locale: lang, seed: 21 });
      await expect(page.locator('.how-to-play__step')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} gowning intro`);
      await expectNoAxeViolations(page, `${lang} gowning intro`);

      await startGowning(page, 'mouse');
      await expectNoRawKeys(page, NAMESPACES, `${lang} gowning play`);
      await pauseAndCheck(page, `${lang} gowning`);
      await playGowning(page, 'mouse');

      await expectResults(page);
      await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
      await expect(page.locator('.learned-list li')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} gowning results`);
      await expectNoAxeViolations(page, `${lang} gowning results`);
      expect(errors).toEqual([]);
    });

    test(`${lang}: Bioreactor Balance intro, play, pause and results have no raw keys and pass axe`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = watchConsole(page);
      await openGame(page, 'bioreactor', { locale: lang, seed: 21 });
      await expect(page.locator('.how-to-play__step')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} bioreactor intro`);
      await expectNoAxeViolations(page, `${lang} bioreactor intro`);

      await startButton(page).click();
      await waitForGame(page, 'bioreactor');
      await expect(page.locator('.bioreactor-advice')).not.toBeEmpty();
      await expectNoRawKeys(page, NAMESPACES, `${lang} bioreactor play`);
      await pauseAndCheck(page, `${lang} bioreactor`);

      // 4x, one feed, harvest on day 3 (arm, then confirm).
      await page.keyboard.press('3');
      await page.keyboard.press('f');
      await expect
        .poll(async () => (await readGame<{ snapshot: { culture: { hour: number } } }>(page))?.snapshot.culture.hour ?? 0, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(72);
      await page.keyboard.press('h');
      await expect(page.locator('.bioreactor-control-harvest')).toHaveClass(/is-armed/);
      await page.keyboard.press('h');

      await expectResults(page);
      await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);
      await expect(page.locator('.learned-list li')).not.toHaveCount(0);
      await expectNoRawKeys(page, NAMESPACES, `${lang} bioreactor results`);
      await expectNoAxeViolations(page, `${lang} bioreactor results`);
      expect(errors).toEqual([]);
    });
  });
}
