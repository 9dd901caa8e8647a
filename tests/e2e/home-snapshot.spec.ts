// The home before React (renderer/app/quickHome.ts): with React and the app's code held back on the network, a first
// visit's home is on screen, passes axe in each language and its language buttons answer, by mouse and keyboard; once
// the code arrives React adopts the same elements, keeps the language chosen and the focus, reports no error, and logs
// the choices. A visit the snapshot was not drawn for (another mode, a deep link, other languages) waits for React.

import type { Page } from '@playwright/test';
import { defaultDeviceConfig, type DeviceConfig } from '../../common/config/deviceConfig';
import { expect, test } from './support/test';
import { expectNoAxeViolations, watchConsole } from './support/app';
import { useDeviceConfig } from './support/kiosk';
import { TEST_BUILD } from './support/builds';
import { exportedEvents } from './support/games';

test.use({ serviceWorkers: 'block' });

const TITLES = { fr: 'Joue, explore', nl: 'Speel, ontdek', de: 'Spiel, entdecke', en: 'Play, explore' } as const;
const NAMES = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;

/** The home's button for a language (the settings sheet, once open, has its own). */
const languageButton = (page: Page, lang: keyof typeof NAMES) => page.locator('.home').getByRole('button', { name: NAMES[lang] });

/** Holds back the app's shell chunk (React and the app) until the returned function is called. */
async function holdTheShell(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/shell-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** True once React has adopted the home's drawing (renderer/app/quickHome.ts, snapshotAdopted). */
const reactHasTheRoot = (page: Page) => page.evaluate(() => document.documentElement.dataset.firstScreen !== 'snapshot');

test('the home answers before React, in each language, and React adopts it as it is', async ({ page }) => {
  const errors = watchConsole(page);
  const release = await holdTheShell(page);
  await page.goto('/');
  const title = page.locator('h1#home-title');
  await expect(title).toContainText(TITLES.fr);
  expect(await reactHasTheRoot(page)).toBe(false);
  await expectNoAxeViolations(page, 'the home snapshot (fr)');
  for (const lang of ['nl', 'de'] as const) {
    await languageButton(page, lang).click();
    await expect(title).toContainText(TITLES[lang]);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(languageButton(page, lang)).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, `the home snapshot (${lang})`);
  }
  // By keyboard: the focus stays on the button pressed, in the new drawing.
  await languageButton(page, 'en').focus();
  await page.keyboard.press('Enter');
  await expect(title).toContainText(TITLES.en);
  await expect(languageButton(page, 'en')).toBeFocused();
  await expectNoAxeViolations(page, 'the home snapshot (en)');
  expect(await reactHasTheRoot(page)).toBe(false);

  await page.evaluate(() => {
    (window as unknown as { snapshotTitle: Element | null }).snapshotTitle = document.querySelector('h1#home-title');
  });
  release();
  await expect.poll(() => reactHasTheRoot(page)).toBe(true);
  // React's own buttons now: the same elements, still in English, the focus where it was.
  expect(await page.evaluate(() => (window as unknown as { snapshotTitle: Element | null }).snapshotTitle === document.querySelector('h1#home-title'))).toBe(true);
  await expect(title).toContainText(TITLES.en);
  await expect(languageButton(page, 'en')).toBeFocused();
  await languageButton(page, 'fr').click();
  await expect(title).toContainText(TITLES.fr);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('biotech.visitorSettings.v1') ?? '{}').language)).toBe('fr');
  expect(errors).toEqual([]);
});

test('the skip link and the settings button of the home before React; the sheet returns the focus', async ({ page }) => {
  const errors = watchConsole(page);
  const release = await holdTheShell(page);
  await page.goto('/?locale=en');
  await expect(page.locator('h1#home-title')).toContainText(TITLES.en);
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  const opener = page.getByRole('button', { name: 'Settings' });
  await opener.click();
  release();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expect(page).toHaveURL(/#\/\?sheet=settings$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();
  expect(errors).toEqual([]);
});

test('a card tapped before React opens its screen once React is there', async ({ page }) => {
  const errors = watchConsole(page);
  const release = await holdTheShell(page);
  await page.goto('/?locale=en');
  await page.locator('.entry-card--games').click();
  // The address stays the home's until React, which adopts the home, then goes there.
  await expect(page).not.toHaveURL(/#\/games/);
  release();
  await expect(page.locator('.game-card').first()).toBeVisible();
  await expect(page).toHaveURL(/#\/games$/);
  expect(errors).toEqual([]);
});

test('a visitor\'s own settings: the home is shown at once with them, and the settings sheet has them', async ({ page }) => {
  const errors = watchConsole(page);
  const saved = JSON.stringify({ language: 'en', textSize: 'larger', reducedMotion: true, sound: false });
  await page.addInitScript((value) => localStorage.setItem('biotech.visitorSettings.v1', value), saved);
  const release = await holdTheShell(page);
  await page.goto('/');
  await expect(page.locator('h1#home-title')).toContainText(TITLES.en);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  expect(await reactHasTheRoot(page)).toBe(false);
  release();
  await expect.poll(() => reactHasTheRoot(page)).toBe(true);
  await page.getByRole('button', { name: 'Settings' }).click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('radio', { name: 'Extra large' })).toBeChecked();
  await expect(sheet.getByRole('switch', { name: /^Sound/ })).not.toBeChecked();
  expect(errors).toEqual([]);
});

/** Visits the snapshot was not drawn for (the config this browser keeps, where it differs), and what React draws. */
const NOT_DRAWN_FOR: { name: string; config: DeviceConfig | null; path: string; drawn: string }[] = [
  { name: 'a deep link', config: null, path: '/?locale=en#/games', drawn: '.game-card' },
  { name: 'other languages', config: { ...defaultDeviceConfig('classroom'), enabledLanguages: ['en', 'fr'], defaultLanguage: 'en' }, path: '/', drawn: 'h1#home-title' },
  { name: 'a fair stand', config: defaultDeviceConfig('event'), path: '/?locale=en', drawn: 'a[href="#/event"]' },
];

for (const { name, config: deviceConfig, path, drawn } of NOT_DRAWN_FOR) {
  test(`${name}: the first screen waits for React, which draws it`, async ({ page }) => {
    const errors = watchConsole(page);
    if (deviceConfig !== null) await useDeviceConfig(page, deviceConfig);
    const release = await holdTheShell(page);
    const config = page.waitForResponse('**/config.json');
    await page.goto(path);
    await config;
    await page.waitForTimeout(300);
    expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBe(0);
    release();
    await expect(page.locator(drawn).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe('its events', () => {
  test.use(TEST_BUILD);

  test('the languages chosen before React are logged, in order, after the visit\'s start', async ({ page }) => {
    const release = await holdTheShell(page);
    await page.goto('/?testHooks=1');
    await languageButton(page, 'nl').click();
    await languageButton(page, 'de').click();
    await expect(page.locator('h1#home-title')).toContainText(TITLES.de);
    release();
    const events = (await exportedEvents(page)).map((event) => ({ ...event, ...((event.payload as Record<string, unknown> | undefined) ?? {}) }));
    const types = events.map((event) => event.type);
    expect(types.indexOf('session-started')).toBeLessThan(types.indexOf('language-changed'));
    expect(events.filter((event) => event.type === 'language-changed').map((event) => [event.from, event.to])).toEqual([
      ['fr', 'nl'],
      ['nl', 'de'],
    ]);
  });
});
