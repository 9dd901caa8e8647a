// The time axis keeps every label whole, inside the chart and clear of its neighbours, and thins labels only when
// they would touch.

import { describe, expect, it } from 'vitest';
import { TICK_GAP, tickSpacing } from './chartTicks';

function checkNoOverlap(width: number, labels: readonly number[], ticks: readonly { index: number; left: number }[]): void {
  for (const [position, tick] of ticks.entries()) {
    expect(tick.left).toBeGreaterThanOrEqual(0);
    expect(tick.left + labels[tick.index]!).toBeLessThanOrEqual(width);
    const next = ticks[position + 1];
    if (next !== undefined) expect(next.left).toBeGreaterThanOrEqual(tick.left + labels[tick.index]! + TICK_GAP);
  }
}

describe('tickSpacing', () => {
  it('labels every column when they fit, each centred under its column', () => {
    const labels = Array.from({ length: 7 }, () => 50);
    const layout = tickSpacing(700, labels, labels.map(() => 20));
    expect(layout.ticks.map((tick) => tick.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(layout.ticks[3]!.left).toBe(3.5 * 100 - 25);
    expect(layout.showValues).toBe(true);
  });

  it('thins a month of days on a narrow card so that no label touches the next', () => {
    const labels = Array.from({ length: 31 }, (_, day) => (day < 9 ? 44 : 52));
    const layout = tickSpacing(400, labels, labels.map(() => 30));
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.length).toBeLessThan(31);
    const step = layout.ticks[1]!.index - layout.ticks[0]!.index;
    expect(layout.ticks.every((tick) => tick.index % step === 0)).toBe(true);
    checkNoOverlap(400, labels, layout.ticks);
    expect(layout.showValues).toBe(false);
  });

  it('moves an edge label inwards rather than letting it leave the chart', () => {
    const labels = [90, 90, 90];
    const layout = tickSpacing(300, labels, [10, 10, 10]);
    checkNoOverlap(300, labels, layout.ticks);
    expect(layout.ticks[0]!.left).toBe(5);
  });

  it('draws nothing for no data or no width', () => {
    expect(tickSpacing(0, [10], [10]).ticks).toEqual([]);
    expect(tickSpacing(500, [], []).ticks).toEqual([]);
  });
});
