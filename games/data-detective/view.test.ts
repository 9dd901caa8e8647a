// The scene's layout fits every target screen: four charts one under the other, each tall enough to tap, and the
// two round 2 panels side by side (landscape) or stacked (portrait).

import { describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from './layout';

const inside = (r: Rect, width: number, height: number): boolean =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.5 && r.y + r.height <= height + 0.5 && r.width > 0 && r.height > 0;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('computeLayout', () => {
  for (const [width, height, orientation] of [
    [1250, 1030, 'landscape'],
    [880, 730, 'landscape'],
    [1040, 1200, 'portrait'],
  ] as const) {
    it(`${width}x${height}: everything on screen, charts tappable, nothing overlapping (${orientation})`, () => {
      const layout = computeLayout(width, height, 4);
      const round1 = [layout.header, layout.legend, ...layout.charts.map((chart) => chart.area)];
      for (const part of round1) expect(inside(part, width, height)).toBe(true);
      for (let i = 0; i < round1.length; i++) for (let j = i + 1; j < round1.length; j++) expect(overlap(round1[i] as Rect, round1[j] as Rect)).toBe(false);
      for (const chart of layout.charts) {
        expect(chart.area.height).toBeGreaterThanOrEqual(48);
        expect(overlap(chart.label, chart.plot)).toBe(false);
      }
      expect(overlap(layout.left, layout.right)).toBe(false);
      expect(inside(layout.left, width, height) && inside(layout.right, width, height)).toBe(true);
      if (orientation === 'landscape') expect(layout.right.x).toBeGreaterThan(layout.left.x);
      else expect(layout.right.y).toBeGreaterThan(layout.left.y);
    });
  }
});
