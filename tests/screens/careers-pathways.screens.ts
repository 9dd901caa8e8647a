// Screenshots of the screens issue 18 changed (training map, counterparts, "what is this?" explainers) for a human to
// look at, in the four languages. Not an assertion and not part of npm test:
//   npx playwright test --config playwright.screens.config.ts careers-pathways
// Files go to dist/screens-check/<lang>-<width>x<height>-<screen>.png (whole page).

import { expect, test } from '@playwright/test';
import { LANGUAGES, openApp } from '../e2e/support/app';

const OUT = process.env.CAREERS_SCREENS_DIR ?? 'dist/screens-check';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
] as const;

/** `open`: how many "what is this?" buttons to open before the shot (the first ones on the screen). */
const SCREENS = [
  { name: 'explorer', hash: '#/careers', open: 1 },
  { name: 'promotion-sociale', hash: '#/careers/role/dsp-operator/pathway?from=jobseeker-no-diploma', open: 2 },
  { name: 'masters', hash: '#/careers/role/qa-officer/pathway?from=pupil-upper', open: 0 },
  { name: 'cefa-counterparts', hash: '#/careers/role/maintenance-tech/pathway?from=pupil-upper', open: 1 },
  { name: 'jump-counterparts', hash: '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma', open: 0 },
  { name: 'ifapme-alternance', hash: '#/careers/role/lab-technician/pathway?from=jobseeker-diploma', open: 0 },
] as const;

for (const lang of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`careers pathway screenshots ${lang} ${viewport.width}x${viewport.height}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      for (const screen of SCREENS) {
        await page.goto('about:blank');
        await openApp(page, { locale: lang, hash: screen.hash });
        // The explorer is loaded when its screen is opened: wait for its heading.
        await expect(page.locator('main#main h1').first()).toBeVisible({ timeout: 20_000 });
        const buttons = page.locator('.careers-term__button');
        for (let index = 0; index < screen.open; index += 1) await buttons.nth(index).click();
        if (screen.open > 0) await expect(page.locator('.careers-term__answer').first()).toBeVisible();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${OUT}/${lang}-${viewport.width}x${viewport.height}-${screen.name}.png`, fullPage: true });
      }
    });
  }
}
