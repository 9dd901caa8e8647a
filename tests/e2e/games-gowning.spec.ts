// Gowning Up end to end: played through by touch (taps on the canvas targets), by mouse and by keyboard alone, each
// move chosen from the model the running game publishes (?testHooks=1); fixed seeds make every run repeatable.
// Also: the engagement log records start and completion, a seeded fuzz run (PhET style) raises no error, and leaving
// mid-run records an abandonment and leaves no canvas behind.

import { expect, test } from '@playwright/test';
import { openApp, watchConsole } from './support/app';
import {
  backIntoRun,
  startFreshRun,
  canvasPoint,
  centre,
  eventsOf,
  expectLeftMidRun,
  expectRunRecorded,
  expectResults,
  exportedEvents,
  GOWNING_SEQUENCE,
  type GowningRead,
  openGame,
  pauseButton,
  pauseDialog,
  playGowning,
  pointAt,
  readGame,
  readGowning,
  type Rect,
  seededRandom,
  startGowning,
  tabTo,
} from './support/games';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`gowning by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true, isMobile: false });

    test(`Gowning Up is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await openGame(page, 'gowning', { locale: 'en', seed: 42 });
      await startGowning(page, kind);
      const first = await readGowning(page);
      expect(first.state.phase).toBe('dressing');
      expect(first.state.worn).toEqual([]);

      if (kind === 'keyboard') {
        // Pause and resume with the keyboard too: the visible pause button, then the dialog's focused resume button.
        await tabTo(page, pauseButton(page));
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeVisible();
        await expect((await readGowning(page)).paused).toBe(true);
        await page.keyboard.press('Enter');
        await expect(pauseDialog(page)).toBeHidden();
        await expect.poll(async () => (await readGowning(page)).paused).toBe(false);
      }

      const last = await playGowning(page, kind);
      expect(last.state.phase).toBe('spotFeedback');
      expect(last.state.worn).toEqual(GOWNING_SEQUENCE);
      expect(last.state.orderMistakes + last.state.decoyMistakes).toBe(0);
      expect(last.state.spotOutcomes).toHaveLength(last.state.pictures.length);
      expect(last.state.spotOutcomes.every((outcome) => outcome === 'firstTry')).toBe(true);
      expect(last.state.timedOut).toBe(false);

      const { stars } = await expectResults(page);
      expect(stars).toBe(3);
      await expect(page.locator('.game-results__score')).toContainText(String(last.score.score));

      await expectRunRecorded(page, 'gowning', { stars: 3, score: last.score.score, level: 'quick' });
      expect(errors).toEqual([]);
    });
  });
}

test('the same seed gives the same shelf and pictures', async ({ page }) => {
  await openGame(page, 'gowning', { seed: 7 });
  await startGowning(page, 'mouse');
  const a = await readGowning(page);
  await page.goto('about:blank');
  await openGame(page, 'gowning', { seed: 7 });
  await startGowning(page, 'mouse');
  const b = await readGowning(page);
  expect(b.state.shelf).toEqual(a.state.shelf);
  expect(b.state.pictures).toEqual(a.state.pictures);
  await page.goto('about:blank');
  await openGame(page, 'gowning', { seed: 8 });
  await startGowning(page, 'mouse');
  const c = await readGowning(page);
  expect([c.state.shelf, c.state.pictures]).not.toEqual([a.state.shelf, a.state.pictures]);
});

test.describe('gowning fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 30 s of random taps and keys raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(20261126);
    await openGame(page, 'gowning', { seed: 1234 });
    const startNormal = async () => {
      await page.locator('.game-intro input[value="normal"]').check();
      await startGowning(page, 'mouse');
    };
    await startNormal();
    const host = page.locator('.game-play__host');
    const box = (await host.boundingBox()) as Rect;
    const keys = ['Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', 's', 'S', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'a', 'x', '1', '3'];
    let gameMs = 0;
    let replays = 0;
    const startedAt = Date.now();
    while (gameMs < 30_000 && Date.now() - startedAt < 55_000) {
      if (await backIntoRun(page, 'gowning', startNormal)) {
        replays += 1;
        continue;
      }
      const roll = random();
      if (roll < 0.55) {
        const point = { x: box.x + random() * box.width, y: box.y + random() * box.height };
        await pointAt(page, point, random() < 0.5 ? 'touch' : 'mouse');
      } else {
        // Keys go to the game only: Tab may leave it, so focus is brought back inside before Enter/Space.
        const key = keys[Math.floor(random() * keys.length)] as string;
        const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play__host'));
        if ((key === 'Enter' || key === 'Space') && !inside) continue;
        await page.keyboard.press(key);
      }
      const s = await readGame<GowningRead>(page);
      if (s) gameMs = Math.max(gameMs, s.state.elapsedMs);
      // Round 2 has no clock: count wall time there.
      if (s && s.state.phase !== 'dressing') gameMs += 100;
    }
    expect(gameMs).toBeGreaterThanOrEqual(30_000);
    expect(replays).toBeLessThan(5);

    // Still responsive, on a fresh run (the fuzzed one may be about to end): pause stops the model, resume restarts it.
    await startFreshRun(page, 'gowning', startNormal);
    await pauseButton(page).click();
    await expect(pauseDialog(page)).toBeVisible();
    await expect.poll(async () => (await readGowning(page)).paused).toBe(true);
    await pauseDialog(page).locator('.button--large').click();
    await expect(pauseDialog(page)).toBeHidden();
    await expect.poll(async () => (await readGowning(page)).paused).toBe(false);
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'gowning', { seed: 5 });
  await startGowning(page, 'mouse');
  const s = await readGowning(page);
  const slot = s.targets.shelf[GOWNING_SEQUENCE[0] as string] as Rect;
  await pointAt(page, await canvasPoint(page, centre(slot).x, centre(slot).y), 'mouse');
  await pointAt(page, await canvasPoint(page, centre(s.targets.operator).x, centre(s.targets.operator).y), 'mouse');
  await expect.poll(async () => (await readGowning(page)).state.worn.length).toBe(1);
  await pauseButton(page).click();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, 'gowning');
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('leaving mid-run back to the hub records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'gowning', { seed: 6 });
  await startGowning(page, 'mouse');
  await page.evaluate(() => {
    window.location.hash = '#/games';
  });
  await expect(page.locator('.games-hub')).toBeVisible();
  await expectLeftMidRun(page, 'gowning');
  expect(errors).toEqual([]);
});

test('changing a setting mid-run (no fixed seed) keeps the same run going', async ({ page }) => {
  const errors = watchConsole(page);
  // No ?seed: the hub draws one per run. It must not draw a new one (and restart the game) on every re-render.
  await openApp(page, { locale: 'en', hash: '#/games/gowning', extraQuery: 'testHooks=1' });
  await startGowning(page, 'mouse');
  const before = await readGowning(page);
  const slot = before.targets.shelf[GOWNING_SEQUENCE[0] as string] as Rect;
  await pointAt(page, await canvasPoint(page, centre(slot).x, centre(slot).y), 'mouse');
  await expect.poll(async () => (await readGowning(page)).state.picked).toBe(GOWNING_SEQUENCE[0]);
  await page.getByRole('button', { name: 'Settings' }).click();
  const sheet = page.getByRole('dialog', { name: 'Settings' });
  await sheet.getByRole('radio', { name: 'Extra large' }).check();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  const after = await readGowning(page);
  expect(after.state.shelf).toEqual(before.state.shelf);
  expect(after.state.picked).toBe(GOWNING_SEQUENCE[0]);
  const events = await exportedEvents(page);
  expect(eventsOf(events, 'game-started', 'gowning')).toHaveLength(1);
  expect(eventsOf(events, 'game-abandoned', 'gowning')).toHaveLength(0);
  expect(errors).toEqual([]);
});
