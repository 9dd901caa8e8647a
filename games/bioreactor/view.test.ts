// The scene's pure helpers: the layout fits every target screen in both orientations, the liquid colour follows
// phenol red, and the run clock compresses 14 days into about 3 minutes at 1x.

import { describe, expect, it } from 'vitest';
import { RunClock } from '../kit/runClock';
import { MS_PER_STEP_AT_1X, RUN_HOURS } from './constants';
import { cultureColour, phenolRedColour } from './cultureColour';
import { computeLayout, type Rect } from './sceneLayout';

const inside = (inner: Rect, width: number, height: number): boolean =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= width + 0.5 && inner.y + inner.height <= height + 0.5 && inner.width > 0 && inner.height > 0;
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('computeLayout', () => {
  for (const [width, height, orientation] of [
    [1400, 1000, 'landscape'],
    [960, 620, 'landscape'],
    [1080, 1100, 'portrait'],
    [1040, 1300, 'portrait'],
  ] as const) {
    it(`${width}x${height} is ${orientation}, everything on screen and nothing overlapping`, () => {
      const layout = computeLayout(width, height);
      expect(layout.orientation).toBe(orientation);
      const parts = [layout.header, layout.vessel, ...layout.gauges, layout.chart];
      for (const part of parts) expect(inside(part, width, height)).toBe(true);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
      }
      expect(layout.chart.height).toBeGreaterThan(height * 0.15);
    });
  }
});

describe('culture colour', () => {
  it('is yellow when acidic, red near 7.2 and purple when basic (phenol red)', () => {
    expect(phenolRedColour(6.2)).toBe(0xe8c14a);
    expect(phenolRedColour(7.2)).toBe(0xd9435a);
    expect(phenolRedColour(8.2)).toBe(0xb03cc0);
  });

  it('gets cloudier (lighter) as cells multiply', () => {
    const brightness = (colour: number) => ((colour >> 16) & 0xff) + ((colour >> 8) & 0xff) + (colour & 0xff);
    expect(brightness(cultureColour(7.2, 12e6))).toBeGreaterThan(brightness(cultureColour(7.2, 0.5e6)));
  });
});

describe('RunClock', () => {
  it('runs the 14-day culture in about 3 minutes at 1x and twice as fast at 2x', () => {
    const clock = new RunClock(MS_PER_STEP_AT_1X);
    let steps = 0;
    for (let frame = 0; frame < 180 * 60; frame++) steps += clock.advance(1000 / 60);
    expect(Math.abs(steps - RUN_HOURS)).toBeLessThanOrEqual(1);
    clock.setSpeed(2);
    let fast = 0;
    for (let frame = 0; frame < 90 * 60; frame++) fast += clock.advance(1000 / 60);
    expect(Math.abs(fast - RUN_HOURS)).toBeLessThanOrEqual(1);
  });

  it('gives no steps while paused and does not catch up a long stall', () => {
    const clock = new RunClock(MS_PER_STEP_AT_1X);
    clock.pause();
    expect(clock.advance(5000)).toBe(0);
    clock.resume();
    expect(clock.advance(10_000)).toBe(Math.floor(250 / MS_PER_STEP_AT_1X));
    expect(clock.advance(Number.NaN)).toBe(0);
  });
});
