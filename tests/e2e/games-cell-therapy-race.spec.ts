// Cell Therapy Race end to end: a CAR-T plant run played at 4x by touch (taps on the patients' timeline rows on the
// canvas and on the DOM buttons), by mouse (clicks on rows and buttons) and by keyboard alone (number keys, Shift +
// number, S, Tab/Enter), one level each. The player does each patient's next step as soon as it is possible, sends a
// mislabelled bag back instead of accepting it, and freezes a fresh bag about to expire when no suite is free. Fixed
// seeds (?seed=N&testHooks=1) make every run repeatable. The play-throughs hold the page's clock (page.clock) while the
// player reads the plant and acts, and let it run only while they wait: on a busy machine a player that is slow to
// look would otherwise lose bags to the 4x clock, which says nothing about the game. Also: axe on intro and results, events recorded, a seeded
// fuzz run without errors, and leaving mid-run cleans up.

import { expect, test, type Page } from '@playwright/test';
import { computeLayout } from '../../games/cell-therapy-race/layout';
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

const GAME = 'cell-therapy-race';
type Level = 'easy' | 'normal' | 'hard';

interface Patient {
  index: number;
  code: string;
  bagLabel: string;
  stage: string;
  endsAt: number | null;
}

interface CellTherapyRead {
  level: Level;
  paused: boolean;
  finished: boolean;
  speed: number;
  snapshot: {
    step: number;
    patients: Patient[];
    suites: (number | null)[];
    qcSlots: (number | null)[];
    identityAlarms: number;
    expiredBags: number;
    finished: boolean;
    log: { at: number; patient: number; kind: string }[];
  };
  primaryActions: (string | null)[];
  evaluation: { stars: number; score: number; treated: number; patients: number; meanDays: number | null; identityAlarms: number } | null;
}

const read = async (page: Page) => readGame<CellTherapyRead>(page);

/** Chooses a level on the intro with the given input kind (arrow keys in the radio group for the keyboard). */
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

async function startCellTherapy(page: Page, kind: InputKind, level: Level): Promise<void> {
  await chooseLevel(page, level, kind);
  await activate(page, startButton(page), kind);
  await waitForGame(page, GAME);
  expect((await read(page))?.level).toBe(level);
}

/** Sets 4x: the third speed button, or S twice from 1x on the keyboard. */
async function fastest(page: Page, kind: InputKind): Promise<void> {
  if (kind === 'keyboard') {
    await page.keyboard.press('s');
    await page.keyboard.press('s');
  } else {
    await activate(page, page.locator('.ctr-speed').nth(2), kind);
  }
  await expect(page.locator('.ctr-speed').nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await read(page))?.speed).toBe(4);
}

/** A tap or click on a patient's timeline row on the canvas (the scene's layout, computed here too). */
async function tapRow(page: Page, s: CellTherapyRead, patient: number, kind: 'touch' | 'mouse'): Promise<void> {
  const box = await page.locator('.game-play canvas').boundingBox();
  if (!box) throw new Error('no game canvas');
  const layout = computeLayout(box.width, box.height, s.snapshot.patients.length, s.snapshot.suites.length, s.snapshot.qcSlots.length);
  const row = layout.rows[patient]?.row;
  if (!row) throw new Error(`no row for patient ${patient}`);
  await pointAt(page, { x: box.x + row.x + row.width * 0.6, y: box.y + row.y + row.height / 2 }, kind);
}

type Move = { patient: number; which: 'primary' | 'secondary' };

/** What a careful player does next, or null: the first patient whose next step is possible now. */
function nextMove(s: CellTherapyRead, enabled: readonly boolean[]): Move | null {
  const { snapshot } = s;
  for (const patient of snapshot.patients) {
    const action = s.primaryActions[patient.index];
    if (!action) continue;
    // The barcode on the bag must match the patient's code: a mislabelled bag goes back to be relabelled.
    if (action === 'acceptBag') return { patient: patient.index, which: patient.bagLabel === patient.code ? 'primary' : 'secondary' };
    // No suite free and the fresh bag about to expire (within a day): freeze it.
    if (patient.stage === 'accepted' && !snapshot.suites.includes(null) && patient.endsAt !== null && patient.endsAt - snapshot.step <= 4) {
      return { patient: patient.index, which: 'secondary' };
    }
    if (enabled[patient.index]) return { patient: patient.index, which: 'primary' };
  }
  return null;
}

async function doMove(page: Page, s: CellTherapyRead, move: Move, kind: InputKind, count: number): Promise<void> {
  const card = page.locator('.ctr-card').nth(move.patient);
  const button = card.locator(move.which === 'primary' ? '.ctr-primary' : '.ctr-secondary');
  if (kind === 'keyboard') {
    if (count % 3 === 2) await activate(page, button, 'keyboard');
    else await page.keyboard.press(`${move.which === 'secondary' ? 'Shift+' : ''}Digit${move.patient + 1}`);
    return;
  }
  // Pointer: main steps by a tap on the patient's row (touch: always; mouse: every other one), else the DOM button.
  if (move.which === 'primary' && (kind === 'touch' || count % 2 === 0)) await tapRow(page, s, move.patient, kind);
  else await activate(page, button, kind);
}

const stateKey = (s: CellTherapyRead | null) => (s ? JSON.stringify([s.snapshot.patients.map((p) => p.stage), s.snapshot.log.length, s.finished]) : 'gone');

/** Lets the page's clock run a little until the game's state moves on from `before` (the move was taken). */
async function waitForMove(page: Page, before: string): Promise<void> {
  for (let frame = 0; frame < 250; frame++) {
    if (stateKey(await read(page)) !== before) return;
    await page.clock.runFor(16);
  }
  expect(stateKey(await read(page)), 'the move changed nothing').not.toBe(before);
}

/**
 * Plays the run to its end with the page's clock held (page.clock.install() before the page loaded): time runs only
 * while the player waits for something to do and while a move is taken. Returns the last snapshot the game published.
 */
async function playThrough(page: Page, kind: InputKind): Promise<CellTherapyRead> {
  // A moment ahead of the page's time (the call takes a while on a busy machine); the jump is one long frame, which
  // the run clock caps.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2000));
  let s = (await read(page)) as CellTherapyRead;
  let last = s;
  let moves = 0;
  const secondary = new Set<string>();
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const current = await read(page);
    if (!current) break;
    s = current;
    last = s;
    if (s.finished) break;
    const enabled = await page.locator('.ctr-card .ctr-primary').evaluateAll((buttons) => buttons.map((b) => !(b as HTMLElement).hidden && b.getAttribute('aria-disabled') !== 'true'));
    const move = nextMove(s, enabled);
    if (!move) {
      await page.clock.runFor(100);
      continue;
    }
    if (move.which === 'secondary') secondary.add(s.primaryActions[move.patient] === 'acceptBag' ? 'sendBagBack' : 'freezeBag');
    const before = stateKey(s);
    await doMove(page, s, move, kind, moves);
    moves += 1;
    await waitForMove(page, before);
  }
  // The results come after the last look at the timeline (a timer): let time run as usual again.
  await page.clock.resume();
  expect(last.finished).toBe(true);
  // Every level has a mislabelled bag: it was sent back.
  expect(secondary).toContain('sendBagBack');
  return last;
}

const LEVELS: Record<InputKind, Level> = { touch: 'easy', mouse: 'normal', keyboard: 'hard' };

for (const kind of ['touch', 'mouse', 'keyboard'] as const) {
  test.describe(`cell therapy race by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true });

    test(`Cell Therapy Race is playable end to end by ${kind} alone, with results and events recorded`, async ({ page }) => {
      test.setTimeout(200_000);
      const errors = watchConsole(page);
      const level = LEVELS[kind];
      await page.clock.install();
      await openGame(page, GAME, { locale: 'en', seed: 13 });
      await expectNoAxeViolations(page, `${GAME} intro`);
      await startCellTherapy(page, kind, level);
      if (kind === 'keyboard') {
        // Keyboard alone: R reads the whole plant's status into the live region.
        await page.keyboard.press('r');
        await expect(page.locator('.ctr-advice')).not.toBeEmpty();
      }
      await fastest(page, kind);

      const last = await playThrough(page, kind);
      const evaluation = last.evaluation;
      expect(evaluation).not.toBeNull();
      expect(evaluation?.treated).toBe(evaluation?.patients);
      expect(evaluation?.identityAlarms).toBe(0);
      expect(last.snapshot.expiredBags).toBe(0);
      expect(evaluation?.stars).toBeGreaterThanOrEqual(2);

      const { stars, scoreText } = await expectResults(page);
      expect(stars).toBe(evaluation?.stars);
      expect(scoreText).toContain(String(evaluation?.score));
      const summary = page.locator('.game-results__summary');
      await expect(summary).toContainText(`Patients treated: ${evaluation?.patients} of ${evaluation?.patients}`);
      await expect(summary).toContainText('Chain of identity: zero mistakes');
      await expect(summary.locator('li')).toHaveCount((evaluation?.patients ?? 0) + 5);
      await expect(page.locator('.learned-list li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles a').first()).toHaveAttribute('href', /careers/);
      await expectNoAxeViolations(page, `${GAME} results`);

      await expectRunRecorded(page, GAME, { level, stars: evaluation?.stars, score: evaluation?.score });
      expect(errors).toEqual([]);
    });
  });
}

test.describe('cell therapy race fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 20 s of random taps and keys raise no error and the game stays responsive', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(6161);
    await openGame(page, GAME, { seed: 88 });
    await startCellTherapy(page, 'mouse', 'hard');
    const box = await page.locator('.game-play__host').boundingBox();
    if (!box) throw new Error('no game host');
    const keys = ['1', '2', '3', '4', '5', 'Shift+Digit1', 'Shift+Digit2', 'Shift+Digit3', 's', 'S', 'r', 'Escape', 'Tab', 'Shift+Tab', 'ArrowDown', 'Enter', 'Space', 'x', '6'];
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

    // Still responsive, on a fresh run (the fuzzed one may be about to end): time runs and the speed answers.
    await startFreshRun(page, GAME, () => startCellTherapy(page, 'mouse', 'hard'));
    const s = (await read(page)) as CellTherapyRead;
    expect(s.paused).toBe(false);
    await page.locator('.ctr-speed').nth(2).click();
    await expect.poll(async () => (await read(page))?.speed).toBe(4);
    await expect.poll(async () => (await read(page))?.snapshot.step ?? 0).toBeGreaterThan(s.snapshot.step + 4);
    await page.keyboard.press('r');
    await expect(page.locator('.ctr-advice')).not.toBeEmpty();
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, GAME, { seed: 3 });
  await startCellTherapy(page, 'mouse', 'normal');
  await fastest(page, 'mouse');
  await expect.poll(async () => (await read(page))?.snapshot.step ?? 0, { timeout: 30_000 }).toBeGreaterThan(4 * 8);
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await expect.poll(async () => (await read(page))?.paused).toBe(true);
  const pausedStep = (await read(page))?.snapshot.step;
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  expect(pausedStep).toBeGreaterThan(0);
  const abandoned = await expectLeftMidRun(page, GAME);
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
