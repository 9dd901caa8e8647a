// The game kit's behaviour every game relies on, checked with the example game (games/kit/example): the clock turns
// real time into whole steps and waits through pauses, a run reports progress only when it moves and ends once after
// its delay (never after destroy), and the keyboard guard drops held keys, modifier chords and inactive moments.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import type { GameResult, GameSdk, GameTrackEvent } from '../sdk/types';
import { describeCulture, exampleResult } from './example/describer';
import { ExampleModel, STEP_MS, TARGET_CELLS, exampleProgress } from './example/model';
import { END_DELAY_MS, GameRun } from './gameRun';
import { digitOf, listenForShortcuts, type KeyPress } from './keyboard';
import { RunClock } from './runClock';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);

function fakeSdk(): GameSdk & { tracked: GameTrackEvent[]; ended: GameResult[] } {
  const tracked: GameTrackEvent[] = [];
  const ended: GameResult[] = [];
  return {
    tracked,
    ended,
    language: 'en',
    t: fakeT,
    formatNumber: (value, digits) => value.toFixed(digits),
    formatUnit: (value, unit, digits) => `${value.toFixed(digits)} ${unit}`,
    onLanguageChange: () => () => undefined,
    settings: { reducedMotion: false, sound: false, textScale: 1 },
    onSettingsChange: () => () => undefined,
    seed: 1,
    random: createRandom(1),
    track: (event) => tracked.push(event),
    end: (result) => ended.push(result),
    exposeTestState: () => undefined,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RunClock', () => {
  it('gives whole steps from the real clock, faster at a higher speed, none while paused and no catch-up after', () => {
    let now = 0;
    const clock = new RunClock(100, 250, () => now);
    expect(clock.tick()).toBe(0);
    now += 350;
    expect(clock.tick()).toBe(2);
    clock.setSpeed(clock.nextSpeed());
    now += 100;
    expect(clock.tick()).toBe(2);
    clock.pause();
    now += 5000;
    expect(clock.tick()).toBe(0);
    clock.resume();
    expect(clock.tick()).toBe(0);
    now += 50;
    expect(clock.tick()).toBe(1);
    expect(clock.advance(Number.NaN)).toBe(0);
  });
});

describe('GameRun', () => {
  it('reports progress only when it moves and ends once, after the end delay', () => {
    vi.useFakeTimers();
    const sdk = fakeSdk();
    const run = new GameRun(sdk);
    run.progress(0);
    run.progress(0);
    run.progress(0.5, 1);
    run.progress(0.6, 1);
    expect(sdk.tracked.map((event) => event.progress)).toEqual([0, 0.5]);
    const result: GameResult = { score: 1, stars: 1, completed: true, learnedKeys: [], summaryLines: [] };
    run.finish(() => result);
    run.finish(() => result);
    expect(run.accepting).toBe(false);
    vi.advanceTimersByTime(END_DELAY_MS - 1);
    expect(sdk.ended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sdk.ended).toEqual([result]);
  });

  it('never ends after destroy, and undoes what it owns in reverse order', () => {
    vi.useFakeTimers();
    const sdk = fakeSdk();
    const run = new GameRun(sdk, new RunClock(100));
    const undone: string[] = [];
    run.own(() => undone.push('first'));
    run.own(() => undone.push('second'));
    run.setPaused(true);
    expect(run.clock?.isPaused).toBe(true);
    run.finish(() => ({ score: 0, stars: 0, completed: true, learnedKeys: [], summaryLines: [] }));
    run.destroy();
    vi.advanceTimersByTime(END_DELAY_MS * 2);
    expect(sdk.ended).toEqual([]);
    expect(undone).toEqual(['second', 'first']);
  });
});

describe('keyboard shortcuts', () => {
  function press(target: EventTarget, fields: Partial<KeyboardEvent>): boolean {
    const event = Object.assign(new Event('keydown', { cancelable: true }), { key: 'f', code: 'KeyF', repeat: false, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...fields });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }

  it('hands letters on in upper case, drops held keys unless they repeat, chords and inactive moments, and stops', () => {
    const target = new EventTarget();
    const seen: KeyPress[] = [];
    let active = true;
    const stop = listenForShortcuts(target, { active: () => active, handle: (p) => (seen.push(p), p.key === 'F' || p.key === 'ArrowUp'), repeats: (p) => p.key === 'ArrowUp' });
    expect(press(target, {})).toBe(true);
    expect(press(target, { key: 'x' })).toBe(false);
    expect(press(target, { repeat: true })).toBe(false);
    expect(press(target, { key: 'ArrowUp', repeat: true })).toBe(true);
    expect(press(target, { ctrlKey: true })).toBe(false);
    active = false;
    expect(press(target, {})).toBe(false);
    active = true;
    stop();
    expect(press(target, {})).toBe(false);
    expect(seen.map((p) => p.key)).toEqual(['F', 'X', 'ArrowUp']);
    expect(digitOf('Numpad3')).toBe(3);
    expect(digitOf('Digit0')).toBeNull();
  });
});

describe('the example game', () => {
  it('grows to the target one digested feed at a time and scores the run', () => {
    const model = new ExampleModel();
    expect(model.feed()).toBe(true);
    expect(model.feed()).toBe(false);
    expect(describeCulture(model.snapshot(), fakeT, (v, d) => v.toFixed(d))).toContain('describe.digesting');
    while (!model.isFinished) {
      model.step();
      model.feed();
    }
    expect(model.snapshot().cells).toBe(TARGET_CELLS);
    expect(exampleProgress(model.snapshot())).toBe(1);
    const result = exampleResult(model.snapshot(), fakeT);
    expect(result).toMatchObject({ completed: true, stars: 3, score: 100 });
    expect(STEP_MS).toBeGreaterThan(0);
  });
});
