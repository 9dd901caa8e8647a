// Every screen reached by its address, in the four languages at the laptop size, with reduced motion: the series a
// refactor is checked against ("the screenshots before and after look the same"). Not part of npm test.
//   npx playwright test --config playwright.screens.config.ts every-screen          -> dist/screens/every/<lang>-<name>.png
// Another build (an earlier commit's dist/web, served apart by scripts/serve-web.mjs) is shot the same way with
//   SCREENS_BASE_URL=http://127.0.0.1:<port> SCREENS_OUT=dist/screens/every-before npx playwright test ... every-screen
// and tests/screens/compare.mjs lists the screens whose pixels differ between the two folders.

import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../e2e/support/app';

const OUT = process.env.SCREENS_OUT ?? 'dist/screens/every';
if (process.env.SCREENS_BASE_URL) test.use({ baseURL: process.env.SCREENS_BASE_URL });

const GAMES = ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'] as const;

const SCREENS: readonly { name: string; hash: string }[] = [
  { name: 'home', hash: '#/' },
  { name: 'settings', hash: '#/?sheet=settings' },
  { name: 'privacy', hash: '#/privacy' },
  { name: 'games', hash: '#/games' },
  ...GAMES.map((id) => ({ name: `intro-${id}`, hash: `#/games/${id}` })),
  { name: 'careers', hash: '#/careers' },
  { name: 'role', hash: '#/careers/role/lab-technician' },
  { name: 'pathway', hash: '#/careers/role/qa-officer/pathway?from=pupil-upper' },
  { name: 'quiz', hash: '#/careers/quiz' },
  { name: 'classroom', hash: '#/classroom' },
  { name: 'guide-purify', hash: '#/classroom/guide/purify' },
  { name: 'guide-explorer', hash: '#/classroom/guide/explorer' },
];

for (const lang of LANGUAGES) {
  test(`every screen in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const screen of SCREENS) {
      await page.goto('about:blank');
      await page.goto(`/?locale=${lang}${screen.hash}`);
      // Screens other than home load their code when opened: wait for the screen's heading.
      await expect(page.locator('main#main h1').first()).toBeVisible({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${lang}-${screen.name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
    }
  });
}
