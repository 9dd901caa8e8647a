// A game's stage follows its element's size, except while the element is collapsed (not laid out yet, or being
// taken down as the results replace the game): then the canvas keeps its size and no scene is laid out at a sliver.

import { describe, expect, it } from 'vitest';
import { MIN_STAGE_PX, stageSizeOf } from './stageSize';

describe('stageSizeOf', () => {
  it("takes an element's laid-out size in whole pixels", () => {
    expect(stageSizeOf(1366.6, 700.2)).toEqual({ width: 1366, height: 700 });
    expect(stageSizeOf(MIN_STAGE_PX, MIN_STAGE_PX)).toEqual({ width: MIN_STAGE_PX, height: MIN_STAGE_PX });
  });

  it('gives nothing for a collapsed element, either way', () => {
    expect(stageSizeOf(0, 0)).toBeNull();
    expect(stageSizeOf(1, 1)).toBeNull();
    expect(stageSizeOf(1280, 0)).toBeNull();
    expect(stageSizeOf(MIN_STAGE_PX - 0.5, 800)).toBeNull();
  });
});
