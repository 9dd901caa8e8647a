// The shared gauge painter: where a value lands on a linear or logarithmic scale, and what a dial and a bar actually
// paint (recorded from a fake Graphics): the fill from the start of the scale, bands, limit lines, the pointer, and the
// preview ring only when the choice changes the reading.

import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { barPosition, gaugeFraction, paintBarGauge, paintDialFace, paintDialNeedle, type BarGauge } from './gaugePainter';

type Call = [string, ...number[]];

function recorder() {
  const calls: Call[] = [];
  const graphics = new Proxy(
    {},
    {
      get:
        (_target, name: string) =>
        (...args: number[]) => {
          calls.push([name, ...args]);
          return graphics;
        },
    },
  );
  const named = (name: string): number[][] => calls.filter((call) => call[0] === name).map(([, ...args]) => args);
  return { graphics: graphics as unknown as Phaser.GameObjects.Graphics, calls, named };
}

describe('gaugeFraction', () => {
  it('maps linearly or on a log scale and clamps', () => {
    expect(gaugeFraction({ min: 0, max: 10 }, 5)).toBeCloseTo(0.5);
    expect(gaugeFraction({ min: 1, max: 10000, log: true }, 100)).toBeCloseTo(0.5);
    expect(gaugeFraction({ min: 0, max: 10 }, 50)).toBe(1);
    expect(gaugeFraction({ min: 0, max: 10 }, -3)).toBe(0);
    expect(gaugeFraction({ min: 1, max: 100, log: true }, 0)).toBe(0);
    expect(gaugeFraction({ min: 5, max: 5 }, 5)).toBe(0);
  });
});

const right: BarGauge = { track: { x: 100, y: 50, width: 200, height: 20 }, direction: 'right', scale: { min: 0, max: 100 } };
const up: BarGauge = { track: { x: 10, y: 100, width: 30, height: 400 }, direction: 'up', scale: { min: 100, max: 1_000_000, log: true } };

describe('paintBarGauge', () => {
  it('fills a bar to the right from the scale start to the reading, inset across the track', () => {
    const { graphics, named } = recorder();
    paintBarGauge(graphics, right, { value: 25, fill: { colour: 1, inset: 4 } });
    expect(named('fillRect')).toEqual([[100, 54, 50, 12]]);
  });

  it('fills an upward bar from the bottom, on its log scale', () => {
    const { graphics, named } = recorder();
    paintBarGauge(graphics, up, { value: 10_000, fill: { colour: 1, inset: 4 } });
    // 10,000 is half-way between 100 and 1,000,000 in decades: the fill covers the lower half.
    const [fill] = named('fillRect');
    expect(fill?.[0]).toBe(14);
    expect(fill?.[1]).toBeCloseTo(300);
    expect(fill?.[2]).toBe(22);
    expect(fill?.[3]).toBeCloseTo(200);
    expect(barPosition(up, 100)).toBe(500);
    expect(barPosition(up, 1_000_000)).toBe(100);
  });

  it('keeps a rounded fill at its minimum length for a reading at the start', () => {
    const { graphics, named } = recorder();
    paintBarGauge(graphics, { ...right, trackColour: 2, rounded: true }, { value: 0, fill: { colour: 1, inset: 4, radius: 6, minLength: 12 } });
    expect(named('fillRoundedRect')).toEqual([
      [100, 50, 200, 20, 10],
      [100, 54, 12, 12, 6],
    ]);
  });

  it('paints bands where their values lie, and limit lines across the track with their overhang', () => {
    const { graphics, named } = recorder();
    paintBarGauge(graphics, { ...right, bands: [{ from: 70, to: 100, colour: 3, alpha: 0.5 }], limits: [{ value: 50, colour: 4, width: 2, overhang: 6 }] }, { value: 10, fill: { colour: 1, inset: 0 } });
    expect(named('fillRect')[0]).toEqual([240, 50, 60, 20]);
    expect(named('lineBetween')).toEqual([[200, 44, 200, 76]]);
  });

  it('draws the preview ring only when the choice moves the reading', () => {
    const same = recorder();
    paintBarGauge(same.graphics, right, { value: 40, fill: { colour: 1, inset: 0 }, preview: { value: 40, colour: 5, lineWidth: 2 } });
    expect(same.named('strokeCircle')).toEqual([]);
    const moved = recorder();
    paintBarGauge(moved.graphics, right, { value: 40, fill: { colour: 1, inset: 0 }, preview: { value: 60, colour: 5, lineWidth: 2 } });
    expect(moved.named('strokeCircle')).toEqual([[220, 60, 14]]);
  });

  it('points at the reading from beside an upward bar', () => {
    const { graphics, named } = recorder();
    paintBarGauge(graphics, up, { value: 100, fill: { colour: 1, inset: 4 }, pointer: { colour: 6, gap: 2, length: 11, halfWidth: 7 } });
    expect(named('fillTriangle')).toEqual([[8, 500, -3, 493, -3, 507]]);
  });
});

describe('dial', () => {
  const dial = { centreX: 100, centreY: 100, radius: 50 };
  const scale = { min: 0, max: 10 };

  it('points the needle left at the minimum, up in the middle and right at the maximum', () => {
    const tip = (value: number): number[] => {
      const { graphics, named } = recorder();
      paintDialNeedle(graphics, dial, scale, value, 7, 1);
      return (named('lineBetween')[0] ?? []).slice(2).map((n) => Math.round(n * 10) / 10);
    };
    expect(tip(0)).toEqual([57.5, 100]);
    expect(tip(5)).toEqual([100, 57.5]);
    expect(tip(10)).toEqual([142.5, 100]);
    expect(tip(99)).toEqual([142.5, 100]);
  });

  it('draws the scale arc, then each band over it between its values', () => {
    const { graphics, named } = recorder();
    paintDialFace(graphics, dial, scale, { face: 1, rim: 2, track: 3, bands: [{ from: 5, to: 10, colour: 4 }] }, 1);
    const arcs = named('arc').map(([, , , from, to]) => [from, to]);
    expect(arcs).toEqual([
      [Math.PI, 2 * Math.PI],
      [1.5 * Math.PI, 2 * Math.PI],
    ]);
    expect(named('lineStyle').map((args) => args[1])).toEqual([3, 4, 2]);
  });
});
