// Classroom mode on the web host: no idle reset, offline after the first load (service worker), the teacher's
// language lock, a shared lesson link opening the same playlist elsewhere, and axe on the new screens.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { GAME_IDS } from '../../common/ids';
import { expectNoAxeViolations, LANGUAGES, openApp, watchConsole } from './support/app';
import { useDeviceConfig } from './support/kiosk';
import { SECONDS_PER_SCREEN_CHECK } from './support/sweep';

// The shipped build with its offline service worker (playwright.config.ts allows it), as teachers get it.

/** Every game of games/registry.ts: the offline test plays each one from the service worker's cache. */
const ALL_GAMES: readonly string[] = GAME_IDS;

const classroom = () => ({ ...defaultDeviceConfig('classroom'), siteLabel: 'Classe 3B' });

test('classroom mode never shows the attract loop nor an idle countdown', async ({ page }) => {
  // The shipped build has no shortened timings: page.clock moves the page's time 15 minutes on, far past the
  // kiosk's 90 s and the stand's 60 s idle times and the 15 s countdown (kiosk.spec.ts shows a kiosk resetting).
  await page.clock.install();
  await useDeviceConfig(page, classroom());
  await openApp(page, { hash: '#/games' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (let step = 0; step < 3; step++) await page.clock.fastForward('05:00');
  await expect(page.getByTestId('attract')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/games$/);
});

test('after the first load every game and the explorer open offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await useDeviceConfig(page, classroom());
  await openApp(page, { hash: '#/classroom', locale: 'fr' });
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.getByTestId('offline-status')).toContainText('Disponible hors ligne');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main#main')).toBeVisible();
  for (const game of ALL_GAMES) {
    await page.evaluate((id) => (window.location.hash = `#/games/${id}`), game);
    await expect(page.locator('.game-intro')).toBeVisible({ timeout: 30_000 });
    await page.locator('.game-intro .button--large').click();
    await expect(page.locator('.game-play canvas')).toHaveCount(1, { timeout: 30_000 });
    await page.evaluate(() => (window.location.hash = '#/'));
  }
  await page.evaluate(() => (window.location.hash = '#/careers/quiz'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/careers'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});

test.describe('a teacher on a slow laptop', () => {
  // page.route() must see the text files: no service worker answering from its cache in this block.
  test.use({ serviceWorkers: 'block' });

  test('locking right after choosing a language locks the chosen one, even while its texts still load', async ({ page }) => {
    await useDeviceConfig(page, classroom());
    await openApp(page, { hash: '#/classroom', locale: 'fr' });
    // Hold back the Dutch classroom texts (the chunk holding the Dutch lesson button) until the lock has been tapped.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('Les starten')) await held;
      await route.fulfill({ response, body });
    });
    await page.getByTestId('lesson-available').getByTestId('lesson-add-quiz').click();
    await page.getByRole('group', { name: /langue de la classe/i }).getByRole('button', { name: 'Nederlands' }).click();
    await page.getByTestId('language-lock').click();
    release();
    await expect(page.locator('.classroom-lock__state')).toContainText(/Nederlands/);
    await expect(page.getByTestId('lesson-link')).toHaveValue(/lang=nl&lock=1$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test('a lesson link opens the same playlist in a second browser context, with the locked language', async ({ page, browser }) => {
  await useDeviceConfig(page, classroom());
  await openApp(page, { hash: '#/classroom', locale: 'fr' });
  const available = page.getByTestId('lesson-available');
  // The buttons' accessible names carry the step's translated title; the test ids name the steps.
  await expect(available.getByTestId('lesson-add-gowning')).toHaveAccessibleName(/Tenue de salle blanche/);
  await available.getByTestId('lesson-add-gowning').click();
  await available.getByTestId('lesson-add-quiz').click();
  await available.getByTestId('lesson-add-careers').click();
  await page.getByRole('button', { name: 'Nederlands' }).first().click();
  await page.getByTestId('language-lock').click();
  // The link follows the choices once React has re-rendered: wait for it rather than read it at once.
  await expect(page.getByTestId('lesson-link')).toHaveValue(/#\/lesson\?steps=gowning,quiz,careers&lang=nl&lock=1$/);
  const link = await page.getByTestId('lesson-link').inputValue();

  const pupil = await browser.newContext();
  const pupilPage = await pupil.newPage();
  await pupilPage.goto(link);
  await expect(pupilPage.getByTestId('lesson-steps').locator('li')).toHaveCount(3);
  await expect(pupilPage.locator('html')).toHaveAttribute('lang', 'nl');
  await pupilPage.getByRole('button', { name: 'Les starten' }).click();
  await expect(pupilPage).toHaveURL(/#\/games\/gowning/);
  await pupilPage.getByTestId('lesson-bar').getByRole('button', { name: /Volgende/ }).click();
  await expect(pupilPage).toHaveURL(/#\/careers\/quiz/);
  await pupilPage.evaluate(() => (window.location.hash = '#/'));
  await expect(pupilPage.locator('main .language-choice')).toHaveCount(0);
  await pupil.close();
});

for (const locale of LANGUAGES) {
  test(`axe: teacher area, a guide and a lesson in ${locale}`, async ({ page }) => {
    // The teacher area, every game's guide and the explorer's, and a lesson: each checked with axe.
    test.setTimeout((ALL_GAMES.length + 3) * SECONDS_PER_SCREEN_CHECK * 1000);
    await useDeviceConfig(page, classroom());
    await openApp(page, { hash: '#/classroom', locale });
    await expect(page.getByTestId('offline-status')).toBeVisible();
    await expectNoAxeViolations(page, `teacher area ${locale}`);
    for (const guide of [...ALL_GAMES, 'explorer']) {
      await page.evaluate((id) => (window.location.hash = `#/classroom/guide/${id}`), guide);
      await expect(page.locator('.guide__title')).toBeVisible();
      await expectNoAxeViolations(page, `guide ${guide} ${locale}`);
    }
    await page.evaluate(() => (window.location.hash = '#/lesson?steps=bioreactor,quiz'));
    await expect(page.getByTestId('lesson-steps')).toBeVisible();
    await expectNoAxeViolations(page, `lesson ${locale}`);
  });
}

for (const locale of LANGUAGES) {
  test(`the guides name the explorer's own role titles and format numbers in ${locale}`, async ({ page }) => {
    const roles = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'locales', locale, 'careersRoles.json'), 'utf8')) as Record<string, { title: string }>;
    await useDeviceConfig(page, classroom());
    await openApp(page, { hash: '#/classroom/guide/purify', locale });
    const guide = page.locator('article.guide');
    // Soft hyphens in the titles are invisible on screen but part of the text: compare without them.
    const visible = async () => (await guide.innerText()).replace(/\u00ad/g, '');
    await expect(guide.locator('.guide__title')).toBeVisible();
    await expect.poll(visible).toContain(roles['dsp-operator']!.title.replace(/\u00ad/g, ''));
    expect(await visible()).toContain(roles['qc-analyst']!.title.replace(/\u00ad/g, ''));
    expect(await visible()).not.toMatch(/\$t\(|\{\{/);

    await page.evaluate(() => (window.location.hash = '#/classroom/guide/gowning'));
    await expect(guide).toHaveAttribute('data-guide', 'gowning');
    await expect.poll(visible).toContain(new Intl.NumberFormat(locale).format(352_000));
    expect(await visible()).toContain(roles['aseptic-operator']!.title.replace(/\u00ad/g, ''));
  });
}
