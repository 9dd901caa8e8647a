// The scene's pure layout: on every target stage size the header, the pipette's space, the tubes and the plot are on
// screen and never overlap, with tubes side by side in order.

import { describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from './sceneLayout';

const inside = (r: Rect, width: number, height: number): boolean =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.5 && r.y + r.height <= height + 0.5 && r.width > 0 && r.height > 0;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe('computeLayout', () => {
  // Stage sizes beside the panel at 1920x1080 and 1366x768, and above it on a 1080x1920 portrait kiosk.
  for (const [width, height, tubes] of [
    [1250, 1030, 5],
    [880, 730, 3],
    [1040, 900, 4],
    [600, 500, 5],
  ] as const) {
    it(`${width}x${height} with ${tubes} tubes: everything on screen, nothing overlapping`, () => {
      const layout = computeLayout(width, height, tubes);
      expect(layout.tubes).toHaveLength(tubes + 1);
      const parts = [layout.header, layout.pipetteZone, layout.chart];
      for (const part of [...parts, ...layout.tubes]) expect(inside(part, width, height)).toBe(true);
      for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
      for (const tube of layout.tubes) {
        expect(overlap(tube, layout.chart)).toBe(false);
        expect(overlap(tube, layout.header)).toBe(false);
      }
      layout.tubes.slice(1).forEach((tube, index) => expect(tube.x).toBeGreaterThanOrEqual((layout.tubes[index]?.x ?? 0) + (layout.tubes[index]?.width ?? 0) - 0.5));
      expect(layout.chart.height).toBeGreaterThan(height * 0.25);
    });
  }
});
