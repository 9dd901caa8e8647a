// Bioreactor Balance end to end: a 14-day fed-batch run played on the easy level by touch (taps on the DOM controls
// and on the canvas), by mouse and by keyboard alone (letter shortcuts, Tab/Enter), sped up to 4x, feeding when the
// model's glucose runs low, then harvesting. Fixed seeds (?seed=N&testHooks=1) make every run repeatable.
// Also: events recorded, a seeded fuzz run (PhET style) without errors, and leaving mid-run cleans up.

import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './support/app';
import {
  activate,
  backIntoRun,
  startFreshRun,
  expectLeftMidRun,
  expectRunRecorded,
  expectResults,
  type InputKind,
  openGame,
  pauseButton,
  pauseDialog,
  pointAt,
  readGame,
  type Rect,
  seededRandom,
  startButton,
  waitForGame,
} from './support/games';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

interface BioreactorRead {
  level: string;
  paused: boolean;
  finished: boolean;
  speed: number;
  snapshot: {
    culture: { hour: number; glucose: number; titre: number; viableCellDensity: number };
    actions: { feeds: number };
    harvestHour: number | null;
    temperatureShiftHour: number | null;
  };
  evaluation: { stars: number; score: number; titre: number } | null;
}

const read = async (page: Page) => readGame<BioreactorRead>(page);

/** Feed when glucose falls below this (mM): the README's "feed before glucose drops below ~10 mM". */
const FEED_BELOW_MM = 12;
/** Harvest on this culture day (hour 24 * day); the model harvests by itself at the end of day 14. */
const HARVEST_HOUR = 12 * 24;

async function start(page: Page, kind: InputKind, level: 'easy' | 'normal' | 'hard' = 'easy'): Promise<void> {
  // The first level (easy) is selected by default: pH, oxygen and temperature run automatically.
  if (level !== 'easy') await page.locator(`.game-intro input[value="${level}"]`).check();
  await expect(page.locator(`.game-intro input[value="${level}"]`)).toBeChecked();
  await activate(page, startButton(page), kind);
  await waitForGame(page, 'bioreactor');
}

async function control(page: Page, id: 'feed' | 'harvest', kind: InputKind): Promise<void> {
  if (kind === 'keyboard') {
    await page.keyboard.press(id === 'feed' ? 'f' : 'h');
    return;
  }
  await activate(page, page.locator(`.bioreactor-control-${id}`), kind);
}

/** Runs the culture at 4x: feeds when glucose is low, harvests (press twice: arm, confirm) on day 12. */
async function playThrough(page: Page, kind: InputKind): Promise<BioreactorRead> {
  if (kind === 'keyboard') await page.keyboard.press('3');
  else await activate(page, page.locator('.bioreactor-speed').nth(2), kind);
  await expect(page.locator('.bioreactor-speed').nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await read(page))?.speed).toBe(4);

  let last = (await read(page)) as BioreactorRead;
  let fedAtHour = -100;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const s = await read(page);
    if (!s) break;
    last = s;
    const { culture } = s.snapshot;
    if (s.finished) break;
    if (culture.hour >= HARVEST_HOUR) {
      await control(page, 'harvest', kind);
      await expect(page.locator('.bioreactor-control-harvest')).toHaveClass(/is-armed/);
      await control(page, 'harvest', kind);
      await expect.poll(async () => (await read(page))?.finished ?? true).toBe(true);
      last = (await read(page)) ?? last;
      break;
    }
    // One bolus at a time: wait a few simulated hours for the readings to reflect it.
    if (culture.glucose < FEED_BELOW_MM && culture.hour - fedAtHour >= 6) {
      fedAtHour = culture.hour;
      if (kind === 'touch' && s.snapshot.actions.feeds % 2 === 1) {
        // Every other feed by a tap on the canvas's feed label, to prove the canvas target works by touch too.
        await tapCanvasFeed(page);
      } else {
        await control(page, 'feed', kind);
      }
      await expect.poll(async () => (await read(page))?.snapshot.actions.feeds ?? Infinity).toBeGreaterThan(s.snapshot.actions.feeds);
    }
    await page.waitForTimeout(150);
  }
  return last;
}

/** The canvas has its own feed target (the "feed" pill next to the vessel); its place comes from the scene. */
async function tapCanvasFeed(page: Page): Promise<void> {
  const rect = (await readGame<{ feedTarget: Rect | null }>(page))?.feedTarget;
  if (!rect) throw new Error('the bioreactor did not publish its canvas feed target');
  const box = (await page.locator('.game-play canvas').boundingBox()) as Rect;
  await pointAt(page, { x: box.x + rect.x + rect.width / 2, y: box.y + rect.y + rect.height / 2 }, 'touch');
}

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`bioreactor by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true });

    test(`Bioreactor Balance is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = watchConsole(page);
      await openGame(page, 'bioreactor', { locale: 'en', seed: 11 });
      await start(page, kind);
      const first = (await read(page)) as BioreactorRead;
      expect(first.level).toBe('easy');
      expect(first.snapshot.culture.hour).toBeLessThan(24);

      if (kind === 'touch') {
        // The canvas's own feed target is published, so half the feeds below are taps on the canvas itself.
        const target = (await readGame<{ feedTarget: Rect | null }>(page))?.feedTarget;
        expect(target?.width ?? 0).toBeGreaterThanOrEqual(44);
        expect(target?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
      if (kind === 'keyboard') {
        // Keyboard alone: the focus is on nothing in particular; the letter shortcuts work from anywhere in the game.
        await page.keyboard.press('r');
        await expect(page.locator('.bioreactor-advice')).not.toBeEmpty();
      }

      const last = await playThrough(page, kind);
      expect(last.finished).toBe(true);
      expect(last.snapshot.harvestHour).toBeGreaterThanOrEqual(HARVEST_HOUR);
      expect(last.snapshot.actions.feeds).toBeGreaterThanOrEqual(1);
      expect(last.evaluation?.stars).toBeGreaterThanOrEqual(2);

      const { stars } = await expectResults(page);
      expect(stars).toBe(last.evaluation?.stars);
      await expect(page.locator('.game-results__score')).toContainText(String(last.evaluation?.score));
      await expect(page.locator('.game-results__summary li')).not.toHaveCount(0);

      await expectRunRecorded(page, 'bioreactor', { level: 'easy', stars: last.evaluation?.stars, score: last.evaluation?.score });
      expect(errors).toEqual([]);
    });
  });
}

test.describe('bioreactor fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 30 s of game time of random taps and keys at 4x raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = watchConsole(page);
    const random = seededRandom(4242);
    await openGame(page, 'bioreactor', { seed: 99 });
    await start(page, 'mouse', 'hard');
    await page.keyboard.press('3');
    const host = page.locator('.game-play__host');
    const box = (await host.boundingBox()) as Rect;
    const keys = ['f', 't', 'b', 'c', 'a', 's', 'h', 'r', '+', '-', '=', '1', '2', '3', '3', '3', 'Escape', 'Tab', 'ArrowLeft', 'x', 'Enter', 'Space'];
    // 30 s of game time at 1x is a sixth of the 180 s run: 56 simulated hours.
    const GAME_HOURS = Math.ceil((30 / 180) * 14 * 24);
    let hours = 0;
    let lastHour = 0;
    let replays = 0;
    const startedAt = Date.now();
    while (hours < GAME_HOURS && Date.now() - startedAt < 55_000) {
      if (await backIntoRun(page, 'bioreactor', () => start(page, 'mouse', 'hard'))) {
        replays += 1;
        lastHour = 0;
        await page.keyboard.press('3');
        continue;
      }
      if (random() < 0.5) {
        const point = { x: box.x + random() * box.width, y: box.y + random() * box.height };
        await pointAt(page, point, random() < 0.5 ? 'touch' : 'mouse');
      } else {
        const key = keys[Math.floor(random() * keys.length)] as string;
        const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play__host'));
        if ((key === 'Enter' || key === 'Space' || key === 'Tab') && !inside) continue;
        await page.keyboard.press(key);
      }
      const s = await read(page);
      if (s) {
        hours += Math.max(0, s.snapshot.culture.hour - lastHour);
        lastHour = s.snapshot.culture.hour;
      }
    }
    expect(hours).toBeGreaterThanOrEqual(GAME_HOURS);
    expect(replays).toBeLessThan(10);

    // Still responsive, on a fresh run (the fuzzed one may be about to end): pause holds the clock, resume moves it.
    await startFreshRun(page, 'bioreactor', () => start(page, 'mouse', 'hard'));
    await pauseButton(page).click();
    await expect(pauseDialog(page)).toBeVisible();
    await expect.poll(async () => (await read(page))?.paused).toBe(true);
    const pausedHour = (await read(page))?.snapshot.culture.hour;
    await page.waitForTimeout(500);
    expect((await read(page))?.snapshot.culture.hour).toBe(pausedHour);
    await pauseDialog(page).locator('.button--large').click();
    await expect(pauseDialog(page)).toBeHidden();
    await expect.poll(async () => (await read(page))?.snapshot.culture.hour ?? 0).toBeGreaterThan(pausedHour ?? 0);
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, 'bioreactor', { seed: 3 });
  await start(page, 'mouse');
  await page.keyboard.press('3');
  await expect.poll(async () => (await read(page))?.snapshot.culture.hour ?? 0).toBeGreaterThan(24);
  await pauseButton(page).click();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, 'bioreactor');
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('leaving mid-run back to the hub records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  // Hub, card, intro, start; then the browser's back button returns to the hub in the middle of the run.
  await openApp(page, { locale: 'en', hash: '#/games', extraQuery: 'seed=4&testHooks=1' });
  await page.locator('.game-card--pillar-2 a[href$="/games/bioreactor"], a[href$="games/bioreactor"]').first().click();
  await start(page, 'mouse');
  await expect.poll(async () => (await read(page))?.snapshot.culture.hour ?? 0).toBeGreaterThan(2);
  await page.goBack();
  await expect(page.locator('.games-hub')).toBeVisible();
  await expectLeftMidRun(page, 'bioreactor');
  expect(errors).toEqual([]);
});
