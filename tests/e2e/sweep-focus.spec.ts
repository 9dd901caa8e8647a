// Quality sweep (issue 12): the focus is never lost after a screen change (it lands on the new screen's heading or
// inside the new screen, including the lazily loaded classroom screens and a game's intro and results), a control
// reached with Tab shows a visible focus indicator, and every top-level screen is reachable with Tab and Enter only.

import { expect, test } from './support/test';
import { openApp } from './support/app';
import { focusIndicatorDifference, focusState, gotoHash, LINKED_SCREENS, resumeAndEnd, startAndPause, tabTo } from './support/sweep';
import type { Page } from '@playwright/test';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

async function expectFocusOnNewScreen(page: Page, screen: string): Promise<void> {
  await expect.poll(async () => JSON.stringify(await focusState(page)), { message: `focus after opening ${screen}` }).toContain('"inScreen":true');
  const state = await focusState(page);
  expect(state.tag, `focus after opening ${screen}`).not.toBe('body');
}

async function expectVisibleFocusAfterTab(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Tab');
  const state = await focusState(page);
  expect(state.tag, `Tab on ${screen} focuses something`).not.toBe('body');
  expect(await focusIndicatorDifference(page), `focus indicator of ${state.tag} "${state.text}" on ${screen}`).not.toBeNull();
}

test('after each screen change the focus is on the new screen, and Tab shows a visible focus ring', async ({ page }) => {
  await openApp(page, { locale: 'en', hash: '#/', extraQuery: 'testHooks=1&seed=5' });
  // Alternate with home so every step is a real screen change (home → screen → home …).
  for (const screen of LINKED_SCREENS.filter((s) => s.name !== 'home' && s.name !== 'settings')) {
    await gotoHash(page, screen.hash, screen.ready);
    await expectFocusOnNewScreen(page, screen.name);
    await expectVisibleFocusAfterTab(page, screen.name);
    await gotoHash(page, '#/', 'main#main h1');
    await expectFocusOnNewScreen(page, `home after ${screen.name}`);
  }
  await gotoHash(page, '#/?sheet=settings', '[role="dialog"], dialog[open]');
  await expectFocusOnNewScreen(page, 'settings');
  await expectVisibleFocusAfterTab(page, 'settings');
});

test('the focus follows a game from its intro to its results and back', async ({ page }) => {
  await openApp(page, { locale: 'en', hash: '#/games', extraQuery: 'testHooks=1&seed=5' });
  await gotoHash(page, '#/games/gowning', '.game-intro');
  await expectFocusOnNewScreen(page, 'gowning intro');
  await expectVisibleFocusAfterTab(page, 'gowning intro');
  await startAndPause(page, 'gowning');
  await expectFocusOnNewScreen(page, 'pause dialog');
  await resumeAndEnd(page);
  await expectFocusOnNewScreen(page, 'gowning results');
  await expectVisibleFocusAfterTab(page, 'gowning results');
});

test('every top-level screen is reachable from home with Tab and Enter only', async ({ page }) => {
  await openApp(page, { locale: 'en' });
  // The URL changes before the new screen is drawn (lazy screens): wait for the screen itself and for the focus to
  // move onto it, or the next Tab would still walk the old screen.
  const goHome = async () => {
    await tabTo(page, /Discover Biotech|Home/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('main#main .home')).toBeVisible();
    await expectFocusOnNewScreen(page, 'home');
  };
  const targets: { name: RegExp; url: RegExp; screen: string }[] = [
    { name: /games|play/i, url: /#\/games$/, screen: 'main#main .games-hub' },
    { name: /jobs|careers|explore/i, url: /#\/careers/, screen: 'main#main .careers-screen' },
    { name: /^Teacher area/, url: /#\/classroom$/, screen: 'main#main .classroom' },
    { name: /^Settings$/, url: /sheet=settings/, screen: '[role="dialog"], dialog[open]' },
  ];
  for (const target of targets) {
    await tabTo(page, target.name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target.url);
    await expect(page.locator(target.screen).first()).toBeVisible();
    await expectFocusOnNewScreen(page, target.url.source);
    if (target.name.source.includes('Settings')) {
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/#\/$/);
      continue;
    }
    await goHome();
  }
  // The privacy page is linked from the settings sheet.
  await tabTo(page, /^Settings$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /What the app remembers/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/privacy$/);
  await expectFocusOnNewScreen(page, 'privacy from the settings sheet');
  await goHome();
});
