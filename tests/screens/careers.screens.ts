// Screenshots of the career explorer for a human to look at (issue 5): list, role, pathway and quiz results at the
// kiosk, laptop and portrait sizes, in French and German. Not an assertion and not part of npm test:
//   npx playwright test --config playwright.screens.config.ts
// Files go to test-results/careers-screens/<lang>-<width>x<height>-<screen>.png (viewport) and -full.png (whole page).

import { expect, test, type Page } from '@playwright/test';
import { openApp } from '../e2e/support/app';

/** Other runs empty test-results/ when they start; CAREERS_SCREENS_DIR puts the files somewhere safer. */
const OUT = process.env.CAREERS_SCREENS_DIR ?? 'dist/screens/careers';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
] as const;

const SCREENS: { name: string; hash: string; quiz?: boolean; quizItem?: boolean }[] = [
  { name: 'list', hash: '#/careers' },
  { name: 'list-filtered', hash: '#/careers?have=no-diploma&soon=1&game=bioreactor' },
  { name: 'role', hash: '#/careers/role/regulatory-affairs' },
  { name: 'pathway', hash: '#/careers/role/team-leader/pathway?from=pupil-lower' },
  { name: 'pathway-jump', hash: '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma' },
  { name: 'quiz-item', hash: '#/careers/quiz', quizItem: true },
  { name: 'quiz-results', hash: '#/careers/quiz', quiz: true },
];

async function finishQuiz(page: Page): Promise<void> {
  await page.locator('.careers-quiz .careers-button--accent').click();
  for (let index = 0; index < 18; index += 1) {
    await page.locator(index % 3 === 0 ? '.careers-answer--like' : index % 3 === 1 ? '.careers-answer--maybe' : '.careers-answer--not-for-me').click();
  }
  await expect(page.locator('.careers-types')).toBeVisible();
}

for (const lang of ['fr', 'de'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`careers screenshots ${lang} ${viewport.width}x${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const screen of SCREENS) {
        await page.goto('about:blank'); // a fresh app per screen (the quiz keeps its answers while the hash stays)
        await openApp(page, { locale: lang, hash: screen.hash });
        if (screen.quiz) await finishQuiz(page);
        if (screen.quizItem) {
          await page.locator('.careers-quiz .careers-button--accent').click();
          await page.locator('.careers-answer--maybe').click();
        }
        // A kiosk visitor taps: no keyboard focus ring on the heading the shell focuses after a navigation.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.evaluate(() => document.fonts.ready);
        const base = `${OUT}/${lang}-${viewport.width}x${viewport.height}-${screen.name}`;
        await page.screenshot({ path: `${base}.png`, animations: 'disabled' });
        await page.screenshot({ path: `${base}-full.png`, fullPage: true, animations: 'disabled' });
      }
    });
  }
}

test('careers printed pathway handout (A4, French)', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await openApp(page, { locale: 'fr', hash: '#/careers/role/usp-operator/pathway?from=pupil-upper' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${OUT}/fr-print-pathway-full.png`, fullPage: true, animations: 'disabled' });
});
