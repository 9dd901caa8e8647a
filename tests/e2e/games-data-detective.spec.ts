// Data Detective end to end: both rounds played by touch (taps on the round 1 control charts on the canvas and on the
// DOM buttons), by mouse (clicks on the charts and buttons) and by keyboard alone (letter and digit shortcuts,
// Tab/arrow keys/Enter/Space), one level each. Round 1: the faulty sensor of each batch is flagged late in the batch,
// as a player who waits for the chart to break a control rule would; round 2: every example labelled like the control
// rules say, then the four training experiments, the model's precision and recall shown next to the player's. Fixed
// seeds (?seed=N&testHooks=1) make every run repeatable. Also: axe on intro and results, events recorded, a seeded
// fuzz run without errors, and leaving mid-run cleans up.

import { expect, test, type Page } from '@playwright/test';
import { computeLayout } from '../../games/data-detective/layout';
import { expectNoAxeViolations, watchConsole } from './support/app';
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
  seededRandom,
  startButton,
  tabTo,
  waitForGame,
} from './support/games';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

const GAME = 'data-detective';
const SENSORS = ['temperature', 'pH', 'oxygen', 'biomass'] as const;
type Sensor = (typeof SENSORS)[number];
const FLAG_KEYS: Record<Sensor, string> = { temperature: 't', pH: 'p', oxygen: 'o', biomass: 'b' };
const VARIANTS = ['mine', 'few', 'flipped', 'perfect'] as const;
type Variant = (typeof VARIANTS)[number];
type Level = 'easy' | 'normal' | 'hard';

interface DataDetectiveRead {
  level: Level;
  paused: boolean;
  phase: 'monitoring' | 'labelling' | 'experiment' | 'finished';
  batchIndex: number;
  pointsShown: number;
  faultySensors: (Sensor | null)[];
  flags: { batch: number; sensor: Sensor; point: number; result: 'hit' | 'early' | 'falseAlarm' }[];
  outcomes: ('caught' | 'released' | 'clean' | 'heldInError')[];
  labelIndex: number;
  trueLabels: boolean[];
  playerLabels: (boolean | null)[];
  runs: { variant: Variant; precision: number; recall: number }[];
  evaluation: { stars: number; score: number; caught: number; released: number; falseAlarms: number; labelsRight: number } | null;
}

const read = async (page: Page) => readGame<DataDetectiveRead>(page);

/** Points of a 16-point batch seen before the player flags the faulty sensor: late enough for a rule to show. */
const FLAG_AT_POINT = 12;

const pct = (value: number) => String(Math.round(value * 100));

/** Picks a level on the intro with the given input kind (arrow keys in the radio group for the keyboard). */
async function chooseLevel(page: Page, level: Level, kind: InputKind): Promise<void> {
  const radio = page.locator(`.game-intro input[name="level"][value="${level}"]`);
  if (kind === 'keyboard') {
    await tabTo(page, page.locator('.game-intro input[name="level"]:checked'));
    for (let i = 0; i < 3 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  } else {
    await activate(page, page.locator(`.game-intro label:has(input[name="level"][value="${level}"])`), kind);
  }
  await expect(radio).toBeChecked();
}

async function startDataDetective(page: Page, kind: InputKind, level: Level): Promise<void> {
  await chooseLevel(page, level, kind);
  await activate(page, startButton(page), kind);
  await waitForGame(page, GAME);
  expect((await read(page))?.level).toBe(level);
}

/** A tap or click in the middle of a sensor's control chart on the canvas (the scene's layout, computed here too). */
async function tapChart(page: Page, sensor: Sensor, kind: 'touch' | 'mouse'): Promise<void> {
  const box = await page.locator('.game-play canvas').boundingBox();
  if (!box) throw new Error('no game canvas');
  const chart = computeLayout(box.width, box.height, SENSORS.length).charts[SENSORS.indexOf(sensor)];
  if (!chart) throw new Error(`no chart for ${sensor}`);
  await pointAt(page, { x: box.x + chart.plot.x + chart.plot.width / 2, y: box.y + chart.area.y + chart.area.height / 2 }, kind);
}

/** Flags a sensor: alternately on the canvas chart and the DOM button (pointer), or shortcut and Tab+Space (keyboard). */
async function flagSensor(page: Page, sensor: Sensor, kind: InputKind, alternate: boolean): Promise<void> {
  const button = page.locator('.dd-flag').nth(SENSORS.indexOf(sensor));
  if (kind === 'keyboard') {
    if (alternate) await activate(page, button, 'keyboard', ' ');
    else await page.keyboard.press(FLAG_KEYS[sensor]);
  } else if (alternate) {
    await activate(page, button, kind);
  } else {
    await tapChart(page, sensor, kind);
  }
}

/** Round 1: watches the charts and flags each batch's faulty sensor once FLAG_AT_POINT points have come in. */
async function playRound1(page: Page, kind: InputKind): Promise<DataDetectiveRead> {
  let s = (await read(page)) as DataDetectiveRead;
  let flagsDone = 0;
  const deadline = Date.now() + 150_000;
  while (s.phase === 'monitoring' && Date.now() < deadline) {
    const faulty = s.faultySensors[s.batchIndex] ?? null;
    const flagged = s.flags.some((f) => f.batch === s.batchIndex && f.sensor === faulty);
    if (faulty && !flagged && s.pointsShown >= FLAG_AT_POINT) {
      const before = s.flags.length;
      await flagSensor(page, faulty, kind, flagsDone % 2 === 1);
      flagsDone += 1;
      await expect.poll(async () => (await read(page))?.flags.length).toBe(before + 1);
    } else {
      await page.waitForTimeout(100);
    }
    s = (await read(page)) as DataDetectiveRead;
  }
  expect(s.phase).toBe('labelling');
  return s;
}

/** Round 2: labels each example as the control rules do, then tries every experiment and comes back to "mine". */
async function playRound2(page: Page, kind: InputKind): Promise<DataDetectiveRead> {
  let s = (await read(page)) as DataDetectiveRead;
  await expect(page.locator('.dd-normal')).toBeVisible();
  for (let i = 0; i < s.trueLabels.length; i++) {
    const faulty = s.trueLabels[i] as boolean;
    if (kind === 'keyboard') {
      if (i % 3 === 2) await activate(page, page.locator(faulty ? '.dd-faulty' : '.dd-normal'), 'keyboard');
      else await page.keyboard.press(faulty ? 'f' : 'n');
    } else {
      await activate(page, page.locator(faulty ? '.dd-faulty' : '.dd-normal'), kind);
    }
    await expect.poll(async () => (await read(page))?.labelIndex).toBe(i + 1);
  }
  s = (await read(page)) as DataDetectiveRead;
  expect(s.phase).toBe('experiment');
  expect(s.playerLabels).toEqual(s.trueLabels);

  // Round 1 caught every faulty batch without a false alarm: the player's precision and recall are 100 %.
  const player = '100';
  for (const variant of [...VARIANTS.slice(1), 'mine'] as const) {
    const index = VARIANTS.indexOf(variant);
    const button = page.locator('.dd-variant').nth(index);
    if (kind === 'keyboard') {
      if (variant === 'flipped') await activate(page, button, 'keyboard');
      else await page.keyboard.press(String(index + 1));
    } else {
      await activate(page, button, kind);
    }
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await read(page))?.runs.some((run) => run.variant === variant)).toBe(true);
    s = (await read(page)) as DataDetectiveRead;
    const run = s.runs.find((r) => r.variant === variant) as DataDetectiveRead['runs'][number];
    // The trained model's precision and recall, next to the player's round 1 scores (all caught, no false alarm).
    await expect(page.locator('.dd-status')).toHaveText(
      `You: precision ${player} %, recall ${player} % · Model: precision ${pct(run.precision)} %, recall ${pct(run.recall)} %`,
    );
  }
  expect(s.runs.map((run) => run.variant).sort()).toEqual([...VARIANTS].sort());

  if (kind === 'keyboard') await page.keyboard.press('e');
  else await activate(page, page.locator('.dd-finish'), kind);
  return s;
}

const LEVELS: Record<InputKind, Level> = { touch: 'easy', mouse: 'normal', keyboard: 'hard' };

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`data detective by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true });

    test(`Data Detective is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(200_000);
      const errors = watchConsole(page);
      const level = LEVELS[kind];
      await openGame(page, GAME, { locale: 'en', seed: 12 });
      await expectNoAxeViolations(page, `${GAME} intro`);
      await startDataDetective(page, kind, level);
      if (kind === 'keyboard') {
        // Keyboard alone: R reads the charts aloud (in sigmas) into the live region.
        await page.keyboard.press('r');
        await expect(page.locator('.dd-advice')).not.toBeEmpty();
      }

      const afterRound1 = await playRound1(page, kind);
      expect(afterRound1.outcomes).not.toContain('released');
      expect(afterRound1.outcomes).not.toContain('heldInError');
      expect(afterRound1.flags.map((f) => f.result)).not.toContain('falseAlarm');
      expect(afterRound1.flags.length).toBe(afterRound1.faultySensors.filter(Boolean).length);

      const last = await playRound2(page, kind);
      const mine = last.runs.find((run) => run.variant === 'mine') as DataDetectiveRead['runs'][number];

      const { stars, scoreText } = await expectResults(page);
      // Nothing released, no false alarm, every label right: the three achievements.
      expect(stars).toBe(3);
      const summary = page.locator('.game-results__summary');
      await expect(summary).toContainText('You: precision 100 %, recall 100 %');
      await expect(summary).toContainText(`Your model: precision ${pct(mine.precision)} %, recall ${pct(mine.recall)} %`);
      await expect(summary).toContainText('Correct labels: 8 of 8');
      await expect(page.locator('.learned-list li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles a').first()).toHaveAttribute('href', /careers/);
      await expectNoAxeViolations(page, `${GAME} results`);

      const completed = await expectRunRecorded(page, GAME, { level, stars });
      expect(scoreText).toContain(String(completed.score));
      expect(errors).toEqual([]);
    });
  });
}

test.describe('data detective fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 20 s of random taps and keys raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(5150);
    await openGame(page, GAME, { seed: 77 });
    await startDataDetective(page, 'mouse', 'hard');
    const box = await page.locator('.game-play__host').boundingBox();
    if (!box) throw new Error('no game host');
    const keys = ['t', 'p', 'o', 'b', 'n', 'f', 'e', 'r', '1', '2', '3', '4', 'T', 'Escape', 'Tab', 'Shift+Tab', 'ArrowDown', 'Enter', 'Space', 'x'];
    let actions = 0;
    let replays = 0;
    const startAgain = async () => {
      await startButton(page).click();
      await waitForGame(page, GAME);
    };
    const startedAt = Date.now();
    while (Date.now() - startedAt < 20_000) {
      // The run ended, or a tap landed on "leave" in the pause dialog (Escape opens it): start again.
      if (await backIntoRun(page, GAME, startAgain)) {
        replays += 1;
        continue;
      }
      if (random() < 0.5) {
        await pointAt(page, { x: box.x + random() * box.width, y: box.y + random() * box.height }, random() < 0.5 ? 'touch' : 'mouse');
      } else {
        const key = keys[Math.floor(random() * keys.length)] as string;
        // Enter and Space on whatever the hub has focused outside the game (a header link) would leave the page.
        const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play'));
        if ((key === 'Enter' || key === 'Space') && !inside) continue;
        await page.keyboard.press(key);
      }
      actions += 1;
    }
    expect(actions).toBeGreaterThan(50);
    expect(replays).toBeLessThan(5);

    // Still responsive, on a fresh run (the fuzzed one may be about to end): the charts keep scrolling.
    await startFreshRun(page, GAME, () => startDataDetective(page, 'mouse', 'hard'));
    const s = (await read(page)) as DataDetectiveRead;
    expect(s.paused).toBe(false);
    expect(s.phase).toBe('monitoring');
    // The next batch comes in (no flag on it yet), and a flag on it is answered.
    await expect.poll(async () => (await read(page))?.batchIndex, { timeout: 20_000 }).toBeGreaterThan(s.batchIndex);
    const before = ((await read(page)) as DataDetectiveRead).flags.length;
    await page.locator('.dd-flag').first().click();
    await expect.poll(async () => (await read(page))?.flags.length).toBe(before + 1);
    await expect(page.locator('.dd-advice')).toContainText(/temperature/i);
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, GAME, { seed: 3 });
  await startDataDetective(page, 'mouse', 'hard');
  // Past the first batch, so the run has progress to report.
  await expect.poll(async () => (await read(page))?.outcomes.length ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await expect.poll(async () => (await read(page))?.paused).toBe(true);
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, GAME);
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
