// The layout must give every touch target at least 48 px, keep everything on screen and never let two targets
// overlap, on the kiosk (1920x1080), the laptop (1366x768) and the portrait kiosk (1080x1920), with the largest text.

import { describe, expect, it } from 'vitest';
import { FIGURE_ASPECT, ZONE_AREAS, zoneAt, zoneScreenRect } from './figure';
import { MIN_TARGET_PX, computeLayout } from './layout';
import type { Rect } from './layout';
import { BODY_ZONES } from './mistakes';

const SCREENS = [
  [1920, 1080],
  [1366, 768],
  [1080, 1920],
] as const;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, width: number, height: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= width && a.y + a.height <= height;

describe('layout', () => {
  for (const [width, height] of SCREENS) {
    for (const textScale of [1, 1.4]) {
      it(`${width}x${height}, text x${textScale}: targets big enough, on screen, apart`, () => {
        const layout = computeLayout(width, height, 15, BODY_ZONES.length, textScale);
        expect(layout.orientation).toBe(height > width ? 'portrait' : 'landscape');
        const targets = [layout.operatorArea, layout.action, ...layout.shelfSlots];
        for (const target of [...targets, ...layout.zoneButtons]) {
          expect(target.width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
          expect(target.height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
          expect(inside(target, width, height)).toBe(true);
        }
        targets.forEach((a, i) => targets.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
        layout.zoneButtons.forEach((a, i) => layout.zoneButtons.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
        expect(overlaps(layout.gauge, layout.operatorArea)).toBe(false);
        expect(overlaps(layout.feedback, layout.shelf)).toBe(false);
      });
    }
  }

  it('never gives a box a negative size, even on a canvas squeezed to a sliver', () => {
    for (const [width, height] of [[200, 150], [800, 60], [60, 800], [1, 1]] as const) {
      const layout = computeLayout(width, height, 15, BODY_ZONES.length, 1.4);
      const boxes = Object.values(layout).flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value): value is Rect => typeof value === 'object' && value !== null && 'width' in value);
      expect(boxes.length).toBeGreaterThan(5);
      for (const box of boxes) {
        expect(box.width, `${width}x${height}`).toBeGreaterThanOrEqual(0);
        expect(box.height, `${width}x${height}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps the figure at its aspect inside the operator area', () => {
    const layout = computeLayout(1366, 768, 11, BODY_ZONES.length);
    expect(layout.figure.width / layout.figure.height).toBeCloseTo(FIGURE_ASPECT, 1);
    expect(layout.figure.x).toBeGreaterThanOrEqual(layout.operatorArea.x);
    expect(layout.figure.y + layout.figure.height).toBeLessThanOrEqual(layout.operatorArea.y + layout.operatorArea.height);
  });
});

describe('figure zones', () => {
  it('stack without overlapping and a tap in a zone finds that zone', () => {
    const box = { x: 100, y: 50, width: 300, height: 600 };
    for (const zone of BODY_ZONES) {
      const rect = zoneScreenRect(box, zone);
      expect(zoneAt(box, BODY_ZONES, rect.x + rect.width / 2, rect.y + rect.height / 2)).toBe(zone);
    }
    const ordered = BODY_ZONES.map((zone) => ZONE_AREAS[zone]);
    ordered.slice(1).forEach((area, index) => expect(area.top).toBeGreaterThanOrEqual(ordered[index]?.bottom ?? 0));
    expect(zoneAt(box, BODY_ZONES, 0, 0)).toBeNull();
  });
});
