// Quality sweep (issue 12): every screen in the pseudo-locale (longer, accented text), with clipped text found in the
// DOM (overflow hidden/clip or ellipsis with more content than box, text outside a clipping ancestor, text leaving the
// viewport), and a screenshot of each into dist/screens/pseudo/ for people to look at.

import { expect, test } from './support/test';
import { openApp } from './support/app';
import { findClippedText, GAME_GROUPS, gotoGameIntro, gotoHash, LINKED_SCREENS, openAdminPanel, resumeAndEnd, SECONDS_PER_SCREEN_CHECK, startAndPause, type Clipped } from './support/sweep';
import type { Page } from '@playwright/test';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const SHOTS = 'dist/screens/pseudo';

async function check(page: Page, name: string, problems: string[]): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name.replace(/[^a-z0-9-]+/gi, '-')}.png` });
  const clipped: Clipped[] = await findClippedText(page);
  for (const c of clipped) problems.push(`${name}: ${c.kind}: ${c.element} "${c.text}"`);
}

test('no text is clipped on any linked screen in the pseudo-locale', async ({ page }) => {
  test.setTimeout(30_000 + LINKED_SCREENS.length * SECONDS_PER_SCREEN_CHECK * 1000);
  const problems: string[] = [];
  await openApp(page, { locale: 'pseudo' });
  for (const screen of LINKED_SCREENS) {
    await gotoHash(page, screen.hash, screen.ready);
    await check(page, screen.name, problems);
  }
  expect(problems).toEqual([]);
});

for (const { first, games } of GAME_GROUPS) {
  test(`no text is clipped on games ${first}-${first + games.length - 1} intro, pause and results in the pseudo-locale`, async ({ page }) => {
    test.setTimeout(30_000 + games.length * 3 * SECONDS_PER_SCREEN_CHECK * 1000);
    const problems: string[] = [];
    await openApp(page, { locale: 'pseudo', extraQuery: 'testHooks=1&seed=5' });
    for (const game of games) {
      await gotoGameIntro(page, game);
      await check(page, `${game}-intro`, problems);
      await startAndPause(page, game);
      await check(page, `${game}-pause`, problems);
      await resumeAndEnd(page);
      await check(page, `${game}-results`, problems);
    }
    expect(problems).toEqual([]);
  });
}

test('no text is clipped in the kiosk admin panel in the pseudo-locale', async ({ page }) => {
  const problems: string[] = [];
  await openAdminPanel(page, 'pseudo');
  await check(page, 'admin-panel', problems);
  expect(problems).toEqual([]);
});
