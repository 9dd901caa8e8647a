// Quality sweep (issue 12): axe with the WCAG 2.2 AA tags on every screen of the app in all four languages: the
// shell, the explorer, the classroom and event screens, each game's intro, pause dialog and results, and the kiosk
// admin panel. The staff dashboard has its own axe spec (dashboard-staff.spec.ts).

import { expect, test } from './support/test';
import { expectNoAxeViolations, LANGUAGES, openApp } from './support/app';
import { GAME_GROUPS, gotoGameIntro, gotoHash, LINKED_SCREENS, openAdminPanel, resumeAndEnd, SECONDS_PER_SCREEN_CHECK, startAndPause } from './support/sweep';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

for (const locale of LANGUAGES) {
  test(`every linked screen has no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
    test.setTimeout(30_000 + LINKED_SCREENS.length * SECONDS_PER_SCREEN_CHECK * 1000);
    // Every character these screens draw is in the shell fonts' cut files: no full @fontsource file is fetched
    // (scripts/fonts/shellFonts.ts).
    const fonts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.add(new URL(request.url()).pathname.split('/').pop()!);
    });
    await openApp(page, { locale });
    for (const screen of LINKED_SCREENS) {
      await gotoHash(page, screen.hash, screen.ready);
      await expectNoAxeViolations(page, `${screen.name} (${locale})`);
    }
    expect([...fonts].filter((file) => !/-shell-[\w-]+\.woff2$/.test(file))).toEqual([]);
  });

  for (const { first, games } of GAME_GROUPS) {
    test(`games ${first}-${first + games.length - 1}: intro, pause and results have no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
      test.setTimeout(30_000 + games.length * 3 * SECONDS_PER_SCREEN_CHECK * 1000);
      await openApp(page, { locale, extraQuery: 'testHooks=1&seed=5' });
      for (const game of games) {
        await gotoGameIntro(page, game);
        await expectNoAxeViolations(page, `${game} intro (${locale})`);
        await startAndPause(page, game);
        await expectNoAxeViolations(page, `${game} pause dialog (${locale})`);
        await resumeAndEnd(page);
        await expectNoAxeViolations(page, `${game} results (${locale})`);
      }
    });
  }

  test(`the kiosk admin panel has no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
    await openAdminPanel(page, locale);
    await expectNoAxeViolations(page, `admin panel (${locale})`);
  });
}
