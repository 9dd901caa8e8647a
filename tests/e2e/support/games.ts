// Helpers for the games end-to-end specs: open a game's intro with a fixed seed and the test hooks, start it, read
// the model snapshot the running game publishes on window.__biotechTest.game, check for raw i18n keys, read the
// engagement log, and a small seeded generator for the fuzz tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, waitForEngagementLog, type Lang } from './app';

export type { GameId } from '../../../common/ids';
import type { GameId } from '../../../common/ids';

const ROOT = process.cwd();

/** Opens #/games/<id> (the intro) with ?seed=N&testHooks=1 in the given language. */
export async function openGame(page: Page, game: GameId, { locale = 'en', seed = 1 }: { locale?: Lang; seed?: number } = {}): Promise<void> {
  await openApp(page, { locale, hash: `#/games/${game}`, extraQuery: `seed=${seed}&testHooks=1` });
  await expect(page.locator('.game-intro')).toBeVisible({ timeout: 30_000 });
}

/** The level radio buttons of the intro, in manifest order. */
export function levelRadios(page: Page): Locator {
  return page.locator('.game-intro input[type="radio"][name="level"]');
}

export function startButton(page: Page): Locator {
  return page.locator('.game-intro .button--large');
}

export function pauseButton(page: Page): Locator {
  return page.locator('.game-play__bar button');
}

export function pauseDialog(page: Page): Locator {
  return page.locator('dialog.pause-dialog');
}

/** Waits until the running game has published its test hook. */
export async function waitForGame(page: Page, game: GameId): Promise<void> {
  await page.waitForFunction((id) => (window as unknown as { __biotechTest?: { game?: { id: string } } }).__biotechTest?.game?.id === id, game, {
    timeout: 30_000,
  });
  await expect(page.locator('.game-play canvas')).toHaveCount(1, { timeout: 30_000 });
}

type FuzzPlace = 'playing' | 'results' | 'intro' | 'elsewhere';

/** Where a fuzz run stands: a run of `game` on screen, its results, its intro, or somewhere else in the app. */
async function fuzzPlace(page: Page, game: GameId): Promise<FuzzPlace> {
  return page.evaluate((id) => {
    if (document.querySelector('.game-results')) return 'results';
    if (document.querySelector('.game-intro')) return 'intro';
    const hooks = (window as unknown as { __biotechTest?: { game?: { id: string } } }).__biotechTest;
    if (hooks?.game?.id === id && document.querySelector('.game-play canvas')) return 'playing';
    return 'elsewhere';
  }, game);
}

/**
 * Fuzz runs: if the run has ended (results) or random input left it (a tap on a link of the results screen, "leave"
 * in the pause dialog), gets back into a run of the same game and returns true; returns false while a run is on.
 * A tap sent just before the results appear can land on one of their links, so the screen may change between
 * looking and clicking: a click that finds nothing is retried from wherever the app then is.
 */
export async function backIntoRun(page: Page, game: GameId, startFromIntro: () => Promise<void>): Promise<boolean> {
  if ((await fuzzPlace(page, game)) === 'playing') return false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const place = await fuzzPlace(page, game);
    if (place === 'playing') return true;
    try {
      if (place === 'results') {
        await page.locator('.game-results .button--large').click({ timeout: 5_000 });
        await waitForGame(page, game);
      } else if (place === 'intro') {
        await startFromIntro();
      } else {
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/games/${game}`);
        await expect(page.locator('.game-intro')).toBeVisible({ timeout: 20_000 });
        continue;
      }
      return true;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  throw new Error(`could not get back into a run of ${game}`);
}

/**
 * After a fuzz run: leaves whatever the fuzz left (a run seconds from its end, results, the pause dialog) for the hub,
 * opens the game's intro afresh and starts a new run with startFromIntro, so a responsiveness check that follows
 * cannot meet the run's end halfway.
 */
export async function startFreshRun(page: Page, game: GameId, startFromIntro: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/games';
  });
  await expect(page.locator('.games-hub')).toBeVisible({ timeout: 20_000 });
  await page.evaluate((id) => {
    window.location.hash = `#/games/${id}`;
  }, game);
  await expect(page.locator('.game-intro')).toBeVisible({ timeout: 20_000 });
  await startFromIntro();
  await waitForGame(page, game);
}

/** The game's model snapshot (window.__biotechTest.game.read()), or null when no game is running. */
export async function readGame<T = Record<string, unknown>>(page: Page): Promise<T | null> {
  return page.evaluate(() => {
    const hooks = (window as unknown as { __biotechTest?: { game?: { read(): unknown } } }).__biotechTest;
    return hooks?.game ? (JSON.parse(JSON.stringify(hooks.game.read())) as never) : null;
  });
}

/** Results screen: checks stars and score are shown; returns the number of stars lit. */
export async function expectResults(page: Page): Promise<{ stars: number; scoreText: string }> {
  const results = page.locator('.game-results');
  await expect(results).toBeVisible({ timeout: 30_000 });
  await expect(results.locator('.stars[role="img"]')).toHaveAttribute('aria-label', /\d/);
  await expect(results.locator('.stars .star')).toHaveCount(3);
  const stars = await results.locator('.stars .star--on').count();
  const scoreText = (await results.locator('.game-results__score').innerText()).trim();
  expect(scoreText).toMatch(/\d/);
  return { stars, scoreText };
}

/** Every key of a locale namespace, flattened ("results.titre"), plural suffixes removed. */
export function localeKeys(namespace: string, locale: Lang = 'en'): string[] {
  const json = JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) walk(child, prefix ? `${prefix}.${key}` : key);
    } else {
      keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
    }
  };
  walk(json, '');
  return [...keys];
}

/**
 * Fails when any i18n key of the given namespaces (or an obvious "namespace.key" pattern) is visible as text, which
 * is what i18next shows for a missing translation. Also checks the attributes screen readers read.
 */
export async function expectNoRawKeys(page: Page, namespaces: readonly string[], context: string): Promise<void> {
  const keys = namespaces.flatMap((namespace) => localeKeys(namespace)).filter((key) => key.includes('.'));
  const texts = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label], [alt], [title]')) {
      for (const name of ['aria-label', 'alt', 'title']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    for (const element of document.querySelectorAll('.gowning-visually-hidden, [role="status"]')) parts.push(element.textContent ?? '');
    return parts.join('\n');
  });
  const found = keys.filter((key) => new RegExp(`(^|[^\\w.])${key.replace(/\./g, '\\.')}($|[^\\w.])`).test(texts));
  const generic = texts.match(/\b(?:howToPlay|learned|results|intro|controls|canvas|readouts|levels|items|play|hub|loading)\.[a-zA-Z][\w.]*/g) ?? [];
  expect([...found, ...generic], `raw i18n keys visible on ${context}`).toEqual([]);
}

/** The engagement log as JSON Lines parsed into objects (window.__biotechTest.telemetry.exportEvents('jsonl')). */
export async function exportedEvents(page: Page): Promise<Record<string, unknown>[]> {
  await waitForEngagementLog(page);
  const text = await page.evaluate(async () => {
    const telemetry = (window as unknown as { __biotechTest: { telemetry: { flush(): Promise<void>; exportEvents(f: 'jsonl'): Promise<{ blob: Blob }> } } })
      .__biotechTest.telemetry;
    await telemetry.flush();
    const file = await telemetry.exportEvents('jsonl');
    return file.blob.text();
  });
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Finds event types in an exported log: the payload may be flat or under "payload". */
export function eventsOf(events: readonly Record<string, unknown>[], type: string, gameId: string): Record<string, unknown>[] {
  return events
    .map((event) => ({ ...event, ...((event.payload as Record<string, unknown> | undefined) ?? {}) }))
    .filter((event) => event.type === type && event.gameId === gameId);
}

/** Client coordinates of a point given in the game canvas's own CSS pixels. */
export async function canvasPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.game-play canvas').boundingBox();
  if (!box) throw new Error('no game canvas');
  return { x: box.x + x, y: box.y + y };
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const centre = (rect: Rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

/** Mulberry32: a small seeded generator, so a fuzz run is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chromium's canvas count, to prove a left game leaves nothing behind. */
export async function canvasCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('canvas').length);
}

// Input drivers: the same move by touch (hasTouch context, touchscreen taps), by mouse (clicks) or by keyboard alone
// (Tab / Shift+Tab to the control, then Enter or Space).

export type InputKind = 'touch' | 'mouse' | 'keyboard';

/** Moves keyboard focus to the element with Tab (or Shift+Tab when it lies before the focus), never the pointer. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  const handle = await target.elementHandle({ timeout: 10_000 });
  if (!handle) throw new Error('tabTo: no element');
  for (let i = 0; i < maxPresses; i++) {
    const where = await handle.evaluate((element) => {
      const active = document.activeElement;
      if (active === element) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'here') return;
    // Going backwards from the end of the document is not reliable across wrap-arounds: limit it to half the budget.
    await page.keyboard.press(where === 'before' && i < maxPresses / 2 ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`tabTo: could not reach ${target.toString()} with the keyboard`);
}

/** Activates a DOM control with the given input kind. */
export async function activate(page: Page, target: Locator, kind: InputKind, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  switch (kind) {
    case 'touch':
      await target.tap();
      return;
    case 'mouse':
      await target.click();
      return;
    case 'keyboard':
      await tabTo(page, target);
      await expect(target).toBeFocused();
      await page.keyboard.press(key === ' ' ? 'Space' : 'Enter');
  }
}

/** Taps or clicks a point given in page coordinates. */
export async function pointAt(page: Page, point: { x: number; y: number }, kind: Exclude<InputKind, 'keyboard'>): Promise<void> {
  if (kind === 'touch') await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

// Gowning Up: the model-driven player used by several specs.

/** ISPE order plus the mask (games/gowning/items.ts GOWNING_SEQUENCE). */
export const GOWNING_SEQUENCE = ['handWash', 'hairCover', 'stickyMat', 'shoeCovers', 'firstGloves', 'mask', 'hood', 'coverall', 'boots', 'goggles', 'sterileGloves'];

export interface GowningRead {
  paused: boolean;
  state: {
    phase: 'dressing' | 'dressed' | 'spotting' | 'spotFeedback' | 'finished';
    shelf: string[];
    worn: string[];
    picked: string | null;
    elapsedMs: number;
    orderMistakes: number;
    decoyMistakes: number;
    pictures: string[];
    pictureIndex: number;
    spotOutcomes: string[];
    timedOut: boolean;
  };
  score: { score: number; stars: number };
  faultZone: string | null;
  targets: { operator: Rect; action: Rect; shelf: Record<string, Rect>; zones: Record<string, Rect> };
}

export const readGowning = async (page: Page) => (await readGame<GowningRead>(page)) as GowningRead;

/** Waits for the model to move on; the game's hook disappears when it ends, reported as phase "finished". */
export async function waitForGowningChange(page: Page, before: GowningRead): Promise<GowningRead> {
  let next = before;
  await expect
    .poll(async () => {
      const current = await readGame<GowningRead>(page);
      next = current ?? { ...before, state: { ...before.state, phase: 'finished' } };
      return JSON.stringify([next.state.phase, next.state.worn.length, next.state.picked, next.state.pictureIndex, next.state.spotOutcomes.length]);
    })
    .not.toBe(JSON.stringify([before.state.phase, before.state.worn.length, before.state.picked, before.state.pictureIndex, before.state.spotOutcomes.length]));
  return next;
}

/** Starts the game from its intro with the given input kind (default level: quick). */
export async function startGowning(page: Page, kind: InputKind): Promise<void> {
  await activate(page, startButton(page), kind);
  await waitForGame(page, 'gowning');
}

/**
 * Plays one full run, deciding every move from the model: the due garment, then the fault's zone. Returns the last
 * state the game published (the last picture's feedback, just before the results screen replaces the game).
 */
export async function playGowning(page: Page, kind: InputKind): Promise<GowningRead> {
  let s = await readGowning(page);
  let last = s;
  for (let guard = 0; guard < 80 && s.state.phase !== 'finished'; guard++) {
    last = s;
    const { state, targets } = s;
    if (state.phase === 'dressing') {
      const due = GOWNING_SEQUENCE[state.worn.length] as string;
      if (state.picked !== due) {
        if (kind === 'keyboard') {
          const slot = page.locator('.gowning-target--slot').nth(state.shelf.indexOf(due));
          await tabTo(page, slot);
          await page.keyboard.press('Enter');
        } else {
          await pointAt(page, await canvasPoint(page, centre(targets.shelf[due] as Rect).x, centre(targets.shelf[due] as Rect).y), kind);
        }
        s = await waitForGowningChange(page, s);
        expect(s.state.picked).toBe(due);
        continue;
      }
      if (kind === 'keyboard') {
        // Picking moved the focus to the operator: Space puts the garment on.
        await expect(page.locator('.gowning-target--operator')).toBeFocused();
        await page.keyboard.press('Space');
      } else {
        const p = centre(targets.operator);
        await pointAt(page, await canvasPoint(page, p.x, p.y), kind);
      }
      s = await waitForGowningChange(page, s);
      continue;
    }
    if (state.phase === 'dressed' || state.phase === 'spotFeedback') {
      if (kind === 'keyboard') {
        // The focus follows to the Continue / Next button.
        await expect(page.locator('.gowning-target--action')).toBeFocused();
        await page.keyboard.press('Enter');
      } else {
        const p = centre(targets.action);
        await pointAt(page, await canvasPoint(page, p.x, p.y), kind);
      }
      s = await waitForGowningChange(page, s);
      continue;
    }
    if (state.phase === 'spotting') {
      const zone = s.faultZone as string;
      if (kind === 'keyboard') {
        const index = Object.keys(targets.zones).indexOf(zone);
        await tabTo(page, page.locator('.gowning-target--zone').nth(index));
        await page.keyboard.press('Enter');
      } else {
        const p = centre(targets.zones[zone] as Rect);
        await pointAt(page, await canvasPoint(page, p.x, p.y), kind);
      }
      s = await waitForGowningChange(page, s);
      continue;
    }
  }
  expect(s.state.phase).toBe('finished');
  return last;
}

/**
 * After a run was left midway (pause dialog or back to the hub): no canvas, no running game, and in the log one
 * game-started, one game-abandoned and no game-completed for the game. Returns the game-abandoned event.
 */
export async function expectLeftMidRun(page: Page, gameId: GameId): Promise<Record<string, unknown>> {
  expect(await canvasCount(page)).toBe(0);
  expect(await readGame(page)).toBeNull();
  const events = await exportedEvents(page);
  expect(eventsOf(events, 'game-started', gameId)).toHaveLength(1);
  const abandoned = eventsOf(events, 'game-abandoned', gameId);
  expect(abandoned).toHaveLength(1);
  expect(eventsOf(events, 'game-completed', gameId)).toHaveLength(0);
  return abandoned[0]!;
}

/**
 * After a run played to its results: in the log one game-started at the run's level, one game-completed with the
 * given fields (level included) and no game-abandoned; no canvas left. Returns the game-completed event.
 */
export async function expectRunRecorded(page: Page, gameId: GameId, completedFields: { readonly level: string } & Record<string, unknown>): Promise<Record<string, unknown>> {
  const events = await exportedEvents(page);
  const started = eventsOf(events, 'game-started', gameId);
  expect(started).toHaveLength(1);
  expect(started[0]).toMatchObject({ level: completedFields.level });
  const completed = eventsOf(events, 'game-completed', gameId);
  expect(completed).toHaveLength(1);
  expect(completed[0]).toMatchObject(completedFields);
  expect(eventsOf(events, 'game-abandoned', gameId)).toHaveLength(0);
  expect(await canvasCount(page)).toBe(0);
  return completed[0]!;
}
