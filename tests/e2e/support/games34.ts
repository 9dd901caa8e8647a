// Model-driven players for Purify It! and Code of Life, shared by their end-to-end specs, the languages spec and the
// screenshot run: every move is chosen from the snapshot the running game publishes (?testHooks=1) and made through
// the game's real DOM buttons (touch taps or mouse clicks) or its keyboard shortcuts alone.

import { expect, type Page } from '@playwright/test';
import { activate, backIntoRun, pauseButton, pauseDialog, pointAt, readGame, startButton, startFreshRun, tabTo, waitForGame, type InputKind, type Rect } from './games';

/** Picks a level on the intro; with the keyboard, Tab reaches the group's checked radio and arrows move the choice. */
export async function chooseLevel(page: Page, kind: InputKind, level: string): Promise<void> {
  const radio = page.locator(`.game-intro input[type="radio"][value="${level}"]`);
  if (kind !== 'keyboard') await activate(page, radio, kind);
  else {
    await tabTo(page, page.locator('.game-intro input[type="radio"]:checked'));
    for (let i = 0; i < 4 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  }
  await expect(radio).toBeChecked();
}

// ---- Purify It! ------------------------------------------------------------------------------------------------------

export interface PurifyRead {
  level: string;
  paused: boolean;
  finished: boolean;
  snapshot: {
    stage: string;
    stages: string[];
    runProgress: number;
    settings: { clarification: string; loadDensity: number; wash: string; elutionPH: number; holdPH: number; holdMinutes: number; cutStart: number; cutEnd: number; diavolumes: number };
    product: { hcpPpm: number; aggregatePct: number };
    history: unknown[];
    elapsedMs: number;
  };
  preview: { product: { hcpPpm: number; aggregatePct: number } };
  evaluation: { score: number; stars: number; failedTests: string[] };
}

export const readPurify = async (page: Page) => (await readGame<PurifyRead>(page)) as PurifyRead;

export async function startPurify(page: Page, kind: InputKind, level?: 'easy' | 'normal'): Promise<void> {
  if (level) await chooseLevel(page, kind, level);
  await activate(page, startButton(page), kind);
  await waitForGame(page, 'purify');
}

/** A tap, click or shortcut on one of the panel's buttons; waits until the settings change. */
async function purifyPress(page: Page, kind: InputKind, target: { stepper: number; up: boolean } | { option: number }): Promise<void> {
  const before = JSON.stringify((await readPurify(page)).snapshot.settings);
  if (kind === 'keyboard') {
    if ('option' in target) await page.keyboard.press(String(target.option + 1));
    else if (target.stepper === 0) await page.keyboard.press(target.up ? 'ArrowRight' : 'ArrowLeft');
    else await page.keyboard.press(target.up ? 'ArrowUp' : 'ArrowDown');
  } else {
    const button =
      'option' in target
        ? page.locator('.purify-option').nth(target.option)
        : page.locator('.purify-stepper').nth(target.stepper).locator('.purify-step').nth(target.up ? 1 : 0);
    await activate(page, button, kind);
  }
  await expect.poll(async () => JSON.stringify((await readPurify(page)).snapshot.settings)).not.toBe(before);
}

async function purifySetTo(page: Page, kind: InputKind, stepper: number, read: (s: PurifyRead) => number, target: number): Promise<void> {
  for (let guard = 0; guard < 12; guard++) {
    const value = read(await readPurify(page));
    if (Math.abs(value - target) < 1e-6) return;
    await purifyPress(page, kind, { stepper, up: value < target });
  }
  expect(read(await readPurify(page))).toBeCloseTo(target, 6);
}

/**
 * Plays one full run with good choices (centrifuge and filter, a load just below capacity, the intermediate wash, pH
 * 3.4 elution, a 60 min hold at pH 3.5, a cut narrowed from the live preview until HCP and aggregates are well inside
 * the limits, 7 diavolumes). The keyboard player runs the first step from the focused run button, then by shortcut.
 * With stopAt, it sets that stage up but leaves it unrun (for screenshots).
 */
export async function playPurify(page: Page, kind: InputKind, stopAt?: string): Promise<PurifyRead> {
  let s = await readPurify(page);
  let last = s;
  for (let guard = 0; guard < 12 && s.snapshot.stage !== 'finished'; guard++) {
    last = s;
    const stage = s.snapshot.stage;
    if (stage === 'clarify') {
      if (s.snapshot.settings.clarification !== 'centrifugeAndFilter') await purifyPress(page, kind, { option: 0 });
    } else if (stage === 'load') {
      await purifySetTo(page, kind, 0, (r) => r.snapshot.settings.loadDensity, 35);
    } else if (stage === 'wash') {
      await purifyPress(page, kind, { option: 1 });
    } else if (stage === 'elute') {
      await purifySetTo(page, kind, 0, (r) => r.snapshot.settings.elutionPH, 3.4);
    } else if (stage === 'hold') {
      await purifySetTo(page, kind, 0, (r) => r.snapshot.settings.holdPH, 3.5);
      await purifySetTo(page, kind, 1, (r) => r.snapshot.settings.holdMinutes, 60);
    } else if (stage === 'polish') {
      // Host-cell proteins elute before the antibody, aggregates after it: narrow from the side that fails.
      for (let step = 0; step < 12; step++) {
        const { preview } = await readPurify(page);
        if (preview.product.aggregatePct > 0.95) await purifyPress(page, kind, { stepper: 1, up: false });
        else if (preview.product.hcpPpm > 45) await purifyPress(page, kind, { stepper: 0, up: true });
        else break;
      }
    } else if (stage === 'ufdf') {
      await purifySetTo(page, kind, 0, (r) => r.snapshot.settings.diavolumes, 7);
    }
    if (stage === stopAt) return s;
    const runsBefore = (await readPurify(page)).snapshot.history.length;
    if (kind === 'keyboard') {
      if (stage === s.snapshot.stages[0]) {
        await tabTo(page, page.locator('.purify-run'));
        await page.keyboard.press('Enter');
      } else await page.keyboard.press('g');
    } else await activate(page, page.locator('.purify-run'), kind);
    await expect
      .poll(async () => {
        const now = await readGame<PurifyRead>(page);
        return now ? now.snapshot.history.length > runsBefore && now.snapshot.runProgress === 0 : true;
      }, { timeout: 15_000 })
      .toBe(true);
    s = ((await readGame<PurifyRead>(page)) ?? { ...s, snapshot: { ...s.snapshot, stage: 'finished' } }) as PurifyRead;
  }
  expect(s.snapshot.stage).toBe('finished');
  return s.finished || s.snapshot.stage === 'finished' ? s : last;
}

// ---- Code of Life ----------------------------------------------------------------------------------------------------

export interface CodeOfLifeRead {
  level: string;
  paused: boolean;
  finished: boolean;
  expectedBase: string | null;
  snapshot: {
    phase: 'transcribe' | 'polymerase' | 'translate' | 'folded' | 'mutations' | 'finished';
    transcribed: number;
    codonIndex: number;
    wheelLetters: number;
    protein: string;
    questions: { effect: 'silent' | 'missense' | 'nonsense' }[];
    questionIndex: number;
    answer: string | null;
    stats: { correctPicks: number; wrongPicks: number; correctPredictions: number };
    elapsedMs: number;
  };
  evaluation: { score: number; stars: number };
}

export const readCodeOfLife = async (page: Page) => (await readGame<CodeOfLifeRead>(page)) as CodeOfLifeRead;

export async function startCodeOfLife(page: Page, kind: InputKind, level?: 'easy' | 'normal'): Promise<void> {
  if (level) await chooseLevel(page, kind, level);
  await activate(page, startButton(page), kind);
  await waitForGame(page, 'code-of-life');
}

const EFFECT_ORDER = ['silent', 'missense', 'nonsense'] as const;
const progressKey = (s: CodeOfLifeRead | null): string =>
  s ? JSON.stringify([s.snapshot.phase, s.snapshot.transcribed, s.snapshot.codonIndex, s.snapshot.wheelLetters, s.snapshot.questionIndex, s.snapshot.answer]) : 'gone';

/**
 * Plays one full run with every pick right the first time: the expected base (transcription, then each codon letter on
 * the wheel), continue after folding, the right effect for each mutation. Returns the last published state.
 */
export async function playCodeOfLife(page: Page, kind: InputKind): Promise<CodeOfLifeRead> {
  let s: CodeOfLifeRead | null = await readCodeOfLife(page);
  let last = s;
  let firstKeyboardMove = true;
  for (let guard = 0; guard < 200 && s && !s.finished && s.snapshot.phase !== 'finished'; guard++) {
    last = s;
    const before = progressKey(s);
    const { phase } = s.snapshot;
    if (phase === 'polymerase') {
      await expect.poll(async () => progressKey(await readGame<CodeOfLifeRead>(page))).not.toBe(before);
    } else {
      let button = page.locator('.code-of-life-continue');
      let key = 'n';
      if ((phase === 'transcribe' || phase === 'translate') && s.expectedBase) {
        button = page.locator(`.code-of-life-base-${s.expectedBase}`);
        key = s.expectedBase.toLowerCase();
      } else if (phase === 'mutations' && s.snapshot.answer === null) {
        const effect = s.snapshot.questions[s.snapshot.questionIndex]?.effect ?? 'silent';
        button = page.locator('.code-of-life-prediction').nth(EFFECT_ORDER.indexOf(effect));
        key = String(EFFECT_ORDER.indexOf(effect) + 1);
      }
      if (kind === 'keyboard') {
        // The first move goes through the focused button (Tab, Enter), the rest by shortcut.
        if (firstKeyboardMove) {
          await tabTo(page, button);
          await page.keyboard.press('Enter');
          firstKeyboardMove = false;
        } else await page.keyboard.press(key);
      } else await activate(page, button, kind);
      await expect.poll(async () => progressKey(await readGame<CodeOfLifeRead>(page))).not.toBe(before);
    }
    s = await readGame<CodeOfLifeRead>(page);
  }
  expect(s === null || s.finished || s.snapshot.phase === 'finished').toBe(true);
  return s ?? (last as CodeOfLifeRead);
}

/**
 * The fuzz phase of both games: for `ms`, seeded random taps (touch or mouse) anywhere on the canvas and random keys
 * (Enter and Space only while the focus is inside the game), replaying from the results and resuming from the pause
 * dialog; the model's score must stay a number throughout. Returns how many runs ended on the results screen.
 */
export async function fuzzTapsAndKeys(page: Page, gameId: 'purify' | 'code-of-life', random: () => number, keys: readonly string[], ms = 20_000): Promise<number> {
  const box = (await page.locator('.game-play__host').boundingBox()) as Rect;
  let replays = 0;
  const startAgain = async () => {
    await startButton(page).click();
    await waitForGame(page, gameId);
  };
  const startedAt = Date.now();
  while (Date.now() - startedAt < ms) {
    if (await backIntoRun(page, gameId, startAgain)) {
      replays += 1;
      continue;
    }
    if (await pauseDialog(page).isVisible()) {
      await pauseDialog(page).locator('.button--large').click();
      continue;
    }
    if (random() < 0.55) {
      const point = { x: box.x + random() * box.width, y: box.y + random() * box.height };
      await pointAt(page, point, random() < 0.5 ? 'touch' : 'mouse');
    } else {
      const key = keys[Math.floor(random() * keys.length)] as string;
      const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play__host'));
      if ((key === 'Enter' || key === 'Space') && !inside) continue;
      await page.keyboard.press(key);
    }
    const state = await readGame<{ evaluation: { score: number } }>(page);
    if (state) expect(Number.isFinite(state.evaluation.score)).toBe(true);
  }
  return replays;
}

/**
 * After a fuzz run, the game still answers: a fresh run (the fuzzed one may be seconds from its end) pauses and
 * resumes with its buttons, and its clock moves on.
 */
export async function expectResponsiveAfterFuzz(page: Page, gameId: 'purify' | 'code-of-life'): Promise<void> {
  await startFreshRun(page, gameId, () => startButton(page).click());
  type Running = { paused: boolean; snapshot: { elapsedMs: number } };
  const read = async () => (await readGame<Running>(page)) as Running;
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await expect.poll(async () => (await read()).paused).toBe(true);
  await pauseDialog(page).locator('.button--large').click();
  await expect(pauseDialog(page)).toBeHidden();
  await expect.poll(async () => (await read()).paused).toBe(false);
  const elapsed = (await read()).snapshot.elapsedMs;
  await expect.poll(async () => (await read()).snapshot.elapsedMs).toBeGreaterThan(elapsed);
}
