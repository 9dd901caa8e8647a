// Quality sweep (issue 12): every screen in the pseudo-locale (longer, accented text), with clipped text found in the
// DOM (overflow hidden/clip or ellipsis with more content than box, text outside a clipping ancestor, text leaving the
// viewport), and a screenshot of each into dist/screens/pseudo/ for people to look at.

import { expect, test } from './support/test';
import { openApp } from './support/app';
import { findClippedText, GAME_IDS, gotoGameIntro, gotoHash, LINKED_SCREENS, openAdminPanel, resumeAndEnd, startAndPause, type Clipped } from './support/sweep';
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
  const problems: string[] = [];
  await openApp(page, { locale: 'pseudo' });
  for (const screen of LINKED_SCREENS) {
    await gotoHash(page, screen.hash, screen.ready);
    await check(page, screen.name, problems);
  }
  expect(problems).toEqual([]);
});

for (const [index, games] of [GAME_IDS.slice(0, 3), GAME_IDS.slice(3)].entries()) {
  test(`no text is clipped on games ${index * 3 + 1}-${index * 3 + games.length} intro, pause and results in the pseudo-locale`, async ({ page }) => {
    test.setTimeout(120_000);
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
