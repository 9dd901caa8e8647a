// The web host as a school's web server sets it up, on the shipped build: a broken or partly invalid config.json
// beside index.html never stops the app and tells staff, in the settings sheet, what is wrong; the enabledGames
// setting chooses the games and their order; a screen that fails to load shows the error screen, which goes back
// home and leaves the app working; each mode's home fetches only the texts of what it shows. These specs answer the
// page's requests themselves (page.route), which a service worker would bypass, so it is blocked here.

import type { Page } from '@playwright/test';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { expect, test } from './support/test';
import { openApp, watchConsole } from './support/app';
import { kioskConfig, useDeviceConfig, WEB_CONFIG_OVERRIDE_KEY } from './support/kiosk';

test.use({ serviceWorkers: 'block' });

async function serveConfig(page: Page, body: string, status = 200): Promise<void> {
  await page.route('**/config.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

function configNotice(page: Page) {
  return page.getByRole('dialog').getByRole('status').filter({ has: page.getByRole('heading', { name: "Problem in this device's configuration" }) });
}

test('a partly invalid config.json keeps its good fields and names each bad one to staff', async ({ page }) => {
  await serveConfig(page, JSON.stringify({ mode: 'classroom', siteLabel: 'Classe 5A', idleTimeoutSeconds: 'soon', colour: 'red' }));
  await openApp(page, { locale: 'en', hash: '#/?sheet=settings' });
  // The valid mode applies: a classroom has no attract loop.
  await expect(page.getByTestId('attract')).toHaveCount(0);
  const notice = configNotice(page);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The setting "idleTimeoutSeconds" is not valid.');
  await expect(notice).toContainText('The setting "colour" does not exist and was ignored.');
  await expect(notice.locator('li')).toHaveCount(2);
});

test('an unreadable config.json starts the app with the standard settings and says so', async ({ page }) => {
  const errors = watchConsole(page);
  // The admin's settings saved in this browser still apply (a classroom), so the sheet can be reached.
  await useDeviceConfig(page, { ...defaultDeviceConfig('classroom'), siteLabel: 'Classe 5A' });
  await serveConfig(page, '{ "mode": "classroom", ');
  await openApp(page, { locale: 'en', hash: '#/?sheet=settings' });
  const notice = configNotice(page);
  await expect(notice).toContainText('The configuration file cannot be read: all standard settings are in use.');
  await page.getByRole('dialog').getByRole('button', { name: /Close/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a server error for config.json is reported, and the app still starts', async ({ page }) => {
  await useDeviceConfig(page, { ...defaultDeviceConfig('classroom'), siteLabel: 'Classe 5A' });
  await serveConfig(page, 'oops', 500);
  await openApp(page, { locale: 'en', hash: '#/?sheet=settings' });
  await expect(configNotice(page)).toContainText('config.json answered HTTP 500');
});

test('a valid config.json shows staff no problem', async ({ page }) => {
  await serveConfig(page, JSON.stringify({ mode: 'classroom', siteLabel: 'Classe 5A' }));
  await openApp(page, { locale: 'en', hash: '#/?sheet=settings' });
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('heading', { name: "Problem in this device's configuration" })).toHaveCount(0);
});

test('enabledGames chooses which games the hub offers, in that order', async ({ page }) => {
  await useDeviceConfig(page, { ...defaultDeviceConfig('classroom'), enabledGames: ['purify', 'gowning', 'data-detective'] });
  await openApp(page, { locale: 'en', hash: '#/games' });
  const links = page.locator('.game-card__link');
  await expect(links).toHaveCount(3);
  expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(['#/games/purify', '#/games/gowning', '#/games/data-detective']);
});

test('a screen that fails to load shows the error screen, which goes back home and leaves the app working', async ({ page }) => {
  // The teacher's guide is loaded on demand; its file failing to arrive makes the screen throw while rendering.
  await page.route(/\/assets\/GuideScreen-[^/]+\.js$/, (route) => route.abort());
  await openApp(page, { locale: 'en' });
  await page.evaluate(() => (window.location.hash = '#/classroom/guide/gowning'));
  const alert = page.getByRole('alert').filter({ hasText: 'Oops, something got stuck' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Back to the home screen' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Play, explore and find your job in biotech');
  // A fresh tree: other screens work.
  await page.evaluate(() => (window.location.hash = '#/games'));
  await expect(page.locator('.game-card__link').first()).toBeVisible();
  // Without a tap, the error screen goes home on its own after a few seconds.
  await page.evaluate(() => (window.location.hash = '#/classroom/guide/purify'));
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Play, explore and find your job in biotech', { timeout: 15_000 });
  await expect(alert).toHaveCount(0);
});

test("each mode's home draws its entry with the rest of the home and fetches no classroom or event texts (#24)", async ({ page }) => {
  for (const mode of ['kiosk', 'event', 'classroom'] as const) {
    // A tab of its own per mode, its config stored before the app's first script runs.
    const tab = await page.context().newPage();
    const fetched = new Set<string>();
    tab.on('request', (request) => {
      const namespace = /\/assets\/(classroom|event)-[\w-]+\.js$/.exec(request.url())?.[1];
      if (namespace) fetched.add(namespace);
    });
    const config = mode === 'kiosk' ? kioskConfig() : defaultDeviceConfig(mode);
    await tab.addInitScript(([key, value]) => localStorage.setItem(key, value), [WEB_CONFIG_OVERRIDE_KEY, JSON.stringify(config)] as const);
    // Notes which mode entry is in the page when the home's heading first is: a card added later moves the others
    // (a layout shift Lighthouse counts).
    await tab.addInitScript(() => {
      const seen = window as unknown as { entryWithTitle?: string };
      new MutationObserver((_, observer) => {
        if (!document.getElementById('home-title')) return;
        seen.entryWithTitle = document.querySelector('.entry-card--teacher') ? 'teacher' : document.querySelector('.entry-card--event') ? 'event' : 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await openApp(tab, { locale: 'en' });
    if (mode === 'event') await expect(tab.locator('.entry-card--event')).toBeVisible();
    if (mode === 'classroom') await expect(tab.locator('.entry-card--teacher')).toBeVisible();
    if (mode === 'kiosk') await expect(tab.getByTestId('attract')).toBeVisible();
    if (mode !== 'kiosk') {
      const entry = await tab.evaluate(() => (window as unknown as { entryWithTitle?: string }).entryWithTitle);
      expect(entry, mode).toBe(mode === 'event' ? 'event' : 'teacher');
    }
    await tab.waitForLoadState('networkidle');
    expect([...fetched], mode).toEqual([]);
    await tab.close();
  }
});
