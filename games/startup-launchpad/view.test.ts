// The scene's pure layout: on every target stage size (beside the panel at 1920x1080 and 1366x768, above it on a
// portrait kiosk) the header, the six stations of the road and the three bars are on screen and never overlap.

import { describe, expect, it } from 'vitest';
import { computeLayout, STATION_COUNT, type Rect } from './layout';

const inside = (r: Rect, width: number, height: number): boolean =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.5 && r.y + r.height <= height + 0.5 && r.width > 0 && r.height > 0;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('computeLayout', () => {
  for (const [width, height] of [
    [1180, 1030],
    [820, 730],
    [1040, 820],
    [600, 500],
  ] as const) {
    it(`${width}x${height}: everything on screen, nothing overlapping`, () => {
      const layout = computeLayout(width, height);
      expect(layout.stations).toHaveLength(STATION_COUNT);
      const parts = [layout.header, ...layout.stations, layout.runway, layout.ownership, layout.team];
      for (const part of parts) expect(inside(part, width, height)).toBe(true);
      for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
    });
  }
});
