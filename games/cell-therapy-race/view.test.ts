// The scene's pure helpers: the timeline layout fits every target screen with rows big enough to tap and the day
// numbers in their own band above the rows, and the run clock gives 3.2 s per simulated day at 1x.

import { describe, expect, it } from 'vitest';
import { RunClock } from '../kit/runClock';
import { MS_PER_DAY_AT_1X, MS_PER_STEP_AT_1X, STEPS_PER_DAY } from './constants';
import { MIN_ROW_HEIGHT, computeLayout, timelineDays, type Rect } from './layout';

const inside = (r: Rect, width: number, height: number): boolean =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.5 && r.y + r.height <= height + 0.5 && r.width > 0 && r.height > 0;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('computeLayout', () => {
  // Stage sizes beside the panel at 1920x1080 and 1366x768, and above it on a 1080x1920 portrait kiosk.
  for (const [width, height, patients] of [
    [1250, 1030, 5],
    [880, 730, 5],
    [1040, 820, 4],
    [880, 730, 3],
  ] as const) {
    it(`${width}x${height} with ${patients} patients: everything on screen, rows tappable, nothing overlapping`, () => {
      const layout = computeLayout(width, height, patients, 2, 1);
      const parts = [layout.header, layout.dayScale, layout.legend, ...layout.rows.map((row) => row.row)];
      for (const part of parts) expect(inside(part, width, height)).toBe(true);
      for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
      for (const row of layout.rows) {
        expect(row.row.height).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
        expect(overlap(row.label, row.track)).toBe(false);
      }
      for (const box of [...layout.suiteBoxes, ...layout.qcBoxes]) expect(inside(box, width, height)).toBe(true);
      // The day numbers sit above the first row, over the tracks (not inside patient 1's row).
      const first = layout.rows[0];
      expect(layout.dayScale.y + layout.dayScale.height).toBeLessThanOrEqual((first?.row.y ?? 0) + 0.5);
      expect(layout.dayScale.x).toBeCloseTo(first?.track.x ?? NaN);
      expect(layout.dayScale.width).toBeCloseTo(first?.track.width ?? NaN);
    });
  }

  it('shows at least 50 days and always 10 days beyond today', () => {
    expect(timelineDays(0)).toBe(50);
    expect(timelineDays(45)).toBe(60);
    expect(timelineDays(61)).toBe(80);
  });
});

describe('RunClock', () => {
  it('runs one simulated day in 3.2 s at 1x and four times as fast at 4x', () => {
    expect(MS_PER_DAY_AT_1X).toBe(3200);
    const clock = new RunClock(MS_PER_STEP_AT_1X);
    let steps = 0;
    for (let frame = 0; frame < 32 * 60; frame++) steps += clock.advance(1000 / 60);
    expect(Math.abs(steps - 10 * STEPS_PER_DAY)).toBeLessThanOrEqual(1);
    clock.setSpeed(4);
    let fast = 0;
    for (let frame = 0; frame < 8 * 60; frame++) fast += clock.advance(1000 / 60);
    expect(Math.abs(fast - 10 * STEPS_PER_DAY)).toBeLessThanOrEqual(1);
    clock.pause();
    expect(clock.advance(1000)).toBe(0);
  });
});
