// The outline helper never hands Phaser a box whose clamped corner radius would go negative.

import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { strokeRoundedBox } from './roundedBox';

function recorder() {
  const calls: number[][] = [];
  const graphics = {
    strokeRoundedRect(...args: number[]) {
      calls.push(args);
      return graphics;
    },
  };
  return { graphics: graphics as unknown as Phaser.GameObjects.Graphics, calls };
}

describe('strokeRoundedBox', () => {
  it('draws a normal box with its radius', () => {
    const { graphics, calls } = recorder();
    strokeRoundedBox(graphics, 10, 20, 100, 50, 12);
    expect(calls).toEqual([[10, 20, 100, 50, 12]]);
  });

  it('clamps the radius to half the smaller side', () => {
    const { graphics, calls } = recorder();
    strokeRoundedBox(graphics, 0, 0, 100, 10, 16);
    expect(calls).toEqual([[0, 0, 100, 10, 5]]);
  });

  it('draws nothing for a collapsed or inverted box', () => {
    const { graphics, calls } = recorder();
    strokeRoundedBox(graphics, 0, 0, -0.25, 40, 16);
    strokeRoundedBox(graphics, 0, 0, 40, 0, 16);
    strokeRoundedBox(graphics, 0, 0, Number.NaN, 40, 16);
    expect(calls).toEqual([]);
  });
});
