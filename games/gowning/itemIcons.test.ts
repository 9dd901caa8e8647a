// Shelf pictograms: every item draws something in a normal slot, and nothing (never a negative radius, which the
// canvas renderer rejects) when the slot is squeezed below its label.

import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { paintItemIcon } from './itemIcons';
import { DECOYS, GOWNING_SEQUENCE, type ShelfItemId } from './items';

/** A stand-in for Phaser Graphics that records every call and each radius-like argument. */
function recordingGraphics() {
  const calls: { method: string; args: unknown[] }[] = [];
  const graphics: object = new Proxy(
    {},
    {
      get: (_target, method: string) =>
        (...args: unknown[]) => {
          calls.push({ method, args });
          return graphics;
        },
    },
  );
  return { graphics: graphics as Phaser.GameObjects.Graphics, calls };
}

const ITEMS: ShelfItemId[] = [...GOWNING_SEQUENCE, ...DECOYS];

describe('paintItemIcon', () => {
  it('draws every item with positive circle radii in a normal slot', () => {
    for (const item of ITEMS) {
      const { graphics, calls } = recordingGraphics();
      paintItemIcon(graphics, item, 100, 100, 80);
      expect(calls.length, item).toBeGreaterThan(0);
      for (const call of calls.filter((c) => c.method === 'fillCircle' || c.method === 'strokeCircle')) {
        expect(call.args[2] as number, `${item} ${call.method}`).toBeGreaterThan(0);
      }
    }
  });

  it('draws nothing when the slot leaves no room for a picture', () => {
    for (const item of ITEMS) {
      for (const size of [0, -3.07, Number.NaN]) {
        const { graphics, calls } = recordingGraphics();
        paintItemIcon(graphics, item, 100, 100, size);
        expect(calls, `${item} at ${size}`).toEqual([]);
      }
    }
  });
});
