// The scene's pure helpers: the layout fits every target screen, gauges map values onto their track, and the
// describer picks the right sentences (a fake t() returns the key and its options).

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { describeProduct, describeStage, previewWarnings } from './describer';
import { PurifyModel } from './model';
import { computeLayout, type Rect } from './sceneLayout';

const inside = (inner: Rect, width: number, height: number): boolean =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= width + 0.5 && inner.y + inner.height <= height + 0.5 && inner.width > 0 && inner.height > 0;
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);
const format = (value: number, digits: number): string => value.toFixed(digits);

describe('computeLayout', () => {
  for (const [width, height, orientation] of [
    [1300, 1000, 'landscape'],
    [930, 700, 'landscape'],
    [1050, 1100, 'portrait'],
    [1040, 1150, 'portrait'],
  ] as const) {
    it(`${width}x${height} is ${orientation}, everything on screen and nothing overlapping`, () => {
      const layout = computeLayout(width, height);
      expect(layout.orientation).toBe(orientation);
      const parts = [layout.header, layout.steps, layout.main, layout.bars];
      for (const part of parts) expect(inside(part, width, height), JSON.stringify(part)).toBe(true);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
      }
      expect(layout.main.height).toBeGreaterThan(height * 0.3);
    });
  }
});

describe('describer', () => {
  it('describes the loading choice with its loss and cycles, and warns when overloaded', () => {
    const model = new PurifyModel({ level: 'easy', random: createRandom(1) });
    expect(model.stage).toBe('load');
    for (let i = 0; i < 6; i++) model.perform({ type: 'adjust', setting: 'load', direction: 1 });
    const snapshot = model.snapshot();
    const text = describeStage(snapshot, model.preview(), fakeT, format);
    expect(text).toMatch(/^describe\.task\.load describe\.preview\.load/);
    expect(text).toContain('describe.warn.overload');
    expect(previewWarnings(snapshot, model.preview())[0]).toBe('overload');
  });

  it('says the step is running while it runs, and reads all the figures', () => {
    const model = new PurifyModel({ level: 'easy', random: createRandom(1) });
    model.perform({ type: 'run' });
    model.step();
    expect(describeStage(model.snapshot(), model.preview(), fakeT, format)).toBe('describe.running.load');
    expect(describeProduct(model.snapshot(), fakeT, format)).toMatch(/^describe\.product\{"yield":"95"/);
  });
});
