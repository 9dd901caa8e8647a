// Pipette Pro end to end on the test build: a 1:10 dilution series made by touch alone (easy, French), by mouse
// (normal, Dutch, with one refused pipette and one deliberate mistake) and by keyboard alone (hard with the number
// keys in German; easy with Tab and Enter in English, through pause and resume). Every run reads the good practice
// from the running game's model (?testHooks=1) and makes its choices through the real controls; nothing is timed, so
// the runs wait only for states. Also: axe on intro, play, pause and results, the run recorded in the engagement log,
// a seeded fuzz run that ends with a fresh, responsive run, and leaving mid-run.

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './support/app';
import {
  activate,
  backIntoRun,
  expectLeftMidRun,
  expectResults,
  expectRunRecorded,
  type InputKind,
  openGame,
  pauseButton,
  pauseDialog,
  pointAt,
  readGame,
  seededRandom,
  startButton,
  startFreshRun,
  waitForGame,
} from './support/games';
import { chooseLevel } from './support/games34';
import { TEST_BUILD } from './support/builds';

test.use(TEST_BUILD);

const GAME = 'pipette-pro';
type Level = 'easy' | 'normal' | 'hard';

interface PipetteRead {
  level: Level;
  paused: boolean;
  finished: boolean;
  rightOption: string | null;
  snapshot: { step: string; transfer: number; options: string[]; choices: { step: string; option: string; right: boolean }[]; refusals: number; tubes: unknown[]; finished: boolean };
  evaluation: { stars: number; score: number; rightChoices: number; choices: number; withinQc: boolean } | null;
}

const read = async (page: Page) => (await readGame<PipetteRead>(page)) as PipetteRead;
const options = (page: Page) => page.locator('.ppp-option:not([hidden])');

async function startPipette(page: Page, kind: InputKind, level: Level): Promise<void> {
  await chooseLevel(page, kind, level);
  await activate(page, startButton(page), kind);
  await waitForGame(page, GAME);
  expect((await read(page)).level).toBe(level);
}

type How = InputKind | 'digits';

/** Makes one choice with the given input and waits until the model has taken it (or refused it). */
async function choose(page: Page, option: string, how: How): Promise<void> {
  const before = await read(page);
  const index = before.snapshot.options.indexOf(option);
  expect(index, `${option} offered at ${before.snapshot.step}`).toBeGreaterThanOrEqual(0);
  if (how === 'digits') await page.keyboard.press(`Digit${index + 1}`);
  else await activate(page, options(page).nth(index), how);
  const key = (s: PipetteRead) => `${s.snapshot.choices.length}|${s.snapshot.refusals}|${s.finished}`;
  await expect.poll(async () => key(await read(page)), { intervals: [50] }).not.toBe(key(before));
}

/** Plays to the end with the good practice, except where `override` names another choice; returns the last state. */
async function playThrough(page: Page, how: How, override: (s: PipetteRead) => string | null = () => null, onPlay?: () => Promise<unknown>): Promise<PipetteRead> {
  let s = await read(page);
  let shot = false;
  while (!s.finished) {
    if (!shot && onPlay && s.snapshot.transfer === 1 && s.snapshot.step === 'depth') {
      shot = true;
      await onPlay();
    }
    await choose(page, override(s) ?? (s.rightOption as string), how);
    s = await read(page);
  }
  return s;
}

async function checkResults(page: Page, level: Level, last: PipetteRead): Promise<void> {
  const evaluation = last.evaluation;
  expect(evaluation).not.toBeNull();
  const { stars, scoreText } = await expectResults(page);
  expect(stars).toBe(evaluation?.stars);
  expect(scoreText).toContain(String(evaluation?.score));
  const summary = page.locator('.game-results__summary li');
  // Choices, one line per tube, accuracy, precision, the ISO verdict and the QC verdict.
  await expect(summary).toHaveCount(last.snapshot.tubes.length + 5);
  await expect(page.locator('.learned-list li')).toHaveCount(3);
  await expect(page.locator('.related-roles a').first()).toHaveAttribute('href', /careers/);
  await expectNoAxeViolations(page, `${GAME} results`);
  await expectRunRecorded(page, GAME, { level, stars: evaluation?.stars, score: evaluation?.score });
}

test.describe('pipette pro by touch', () => {
  test.use({ hasTouch: true, reducedMotion: 'reduce' });

  test('easy by touch alone in French: perfect choices give three stars, and the series is recorded', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = watchConsole(page);
    await openGame(page, GAME, { locale: 'fr', seed: 11 });
    await expectNoAxeViolations(page, `${GAME} intro`);
    await startPipette(page, 'touch', 'easy');
    // The easy level names the good practice before each choice.
    await expect(page.locator('.ppp-advice')).toContainText('Conseil');
    const last = await playThrough(page, 'touch', () => null, async () => {
      await expectNoAxeViolations(page, `${GAME} play`);
    });
    expect(last.evaluation?.stars).toBe(3);
    expect(last.evaluation?.rightChoices).toBe(last.evaluation?.choices);
    await checkResults(page, 'easy', last);
    expect(errors).toEqual([]);
  });
});

test.describe('pipette pro by mouse', () => {
  test.use({ reducedMotion: 'reduce' });

  test('normal by mouse in Dutch: a pipette too small is refused, one skipped pre-wetting costs the third star', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = watchConsole(page);
    await openGame(page, GAME, { locale: 'nl', seed: 12 });
    await startPipette(page, 'mouse', 'normal');
    let refused = false;
    const last = await playThrough(
      page,
      'mouse',
      (s) => {
        if (s.snapshot.step === 'pipette' && !refused) {
          refused = true;
          return 'p20';
        }
        return s.snapshot.step === 'prewet' && s.snapshot.transfer === 2 ? 'noPrewet' : null;
      },
    );
    expect(last.snapshot.refusals).toBe(1);
    expect(last.snapshot.choices.filter((choice) => !choice.right)).toEqual([expect.objectContaining({ step: 'prewet', option: 'noPrewet' })]);
    expect(last.evaluation?.stars).toBe(2);
    await checkResults(page, 'normal', last);
    expect(errors).toEqual([]);
  });
});

test.describe('pipette pro by keyboard', () => {
  test.use({ reducedMotion: 'reduce' });

  test('hard with the number keys in German: R reads the status, perfect choices give three stars', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = watchConsole(page);
    await openGame(page, GAME, { locale: 'de', seed: 13 });
    await startPipette(page, 'keyboard', 'hard');
    await page.keyboard.press('r');
    await expect(page.locator('.ppp-advice')).toContainText('Röhrchen');
    const last = await playThrough(page, 'digits');
    expect(last.evaluation?.stars).toBe(3);
    await checkResults(page, 'hard', last);
    expect(errors).toEqual([]);
  });

  test('easy with Tab and Enter in English, through pause (axe on the dialog) and resume', async ({ page }) => {
    test.setTimeout(150_000);
    const errors = watchConsole(page);
    await openGame(page, GAME, { locale: 'en', seed: 14 });
    await startPipette(page, 'keyboard', 'easy');
    let paused = false;
    const last = await playThrough(page, 'keyboard', () => null, async () => {
      if (paused) return;
      paused = true;
      await activate(page, pauseButton(page), 'keyboard');
      await expect(pauseDialog(page)).toBeVisible();
      await expect.poll(async () => (await read(page)).paused).toBe(true);
      // No choice is taken while paused.
      const before = (await read(page)).snapshot.choices.length;
      await page.keyboard.press('Digit1');
      expect((await read(page)).snapshot.choices.length).toBe(before);
      await expectNoAxeViolations(page, `${GAME} pause`);
      await activate(page, pauseDialog(page).locator('.button--large'), 'keyboard');
      await expect(pauseDialog(page)).toBeHidden();
      await expect.poll(async () => (await read(page)).paused).toBe(false);
    });
    expect(paused).toBe(true);
    expect(last.evaluation?.stars).toBe(3);
    await checkResults(page, 'easy', last);
    expect(errors).toEqual([]);
  });
});

test.describe('pipette pro fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: random taps and keys raise no error, and a fresh run still answers', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(8655);
    await openGame(page, GAME, { seed: 21 });
    await startPipette(page, 'mouse', 'hard');
    const box = await page.locator('.game-play__host').boundingBox();
    if (!box) throw new Error('no game host');
    const keys = ['1', '2', '3', '4', '5', 'r', 'R', 'Escape', 'Tab', 'Shift+Tab', 'ArrowDown', 'Enter', 'Space', 'x', 'Shift+Digit1'];
    let actions = 0;
    const startedAt = Date.now();
    while (Date.now() - startedAt < 15_000) {
      if (await backIntoRun(page, GAME, () => startPipette(page, 'mouse', 'hard'))) continue;
      if (random() < 0.5) {
        await pointAt(page, { x: box.x + random() * box.width, y: box.y + random() * box.height }, random() < 0.5 ? 'touch' : 'mouse');
      } else {
        const key = keys[Math.floor(random() * keys.length)] as string;
        const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play'));
        if ((key === 'Enter' || key === 'Space') && !inside) continue;
        await page.keyboard.press(key);
      }
      actions += 1;
    }
    expect(actions).toBeGreaterThan(40);

    await startFreshRun(page, GAME, () => startPipette(page, 'mouse', 'hard'));
    const s = await read(page);
    expect(s.paused).toBe(false);
    await choose(page, s.rightOption as string, 'digits');
    expect((await read(page)).snapshot.choices).toHaveLength(1);
    await page.keyboard.press('r');
    await expect(page.locator('.ppp-advice')).not.toBeEmpty();
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, GAME, { seed: 3 });
  await startPipette(page, 'mouse', 'normal');
  for (let i = 0; i < 4; i++) await choose(page, (await read(page)).rightOption as string, 'mouse');
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, GAME);
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
