// The scene's pure helpers: the layout fits every target screen, the codon wheel's sectors and hit-testing agree,
// and the protein beads stay inside their area.

import { describe, expect, it } from 'vitest';
import { blendPositions, foldedPositions, straightPositions } from './fold';
import { computeLayout, type Rect } from './sceneLayout';
import { allLetterSectors, aminoSectors, hitTest, sectorOf } from './wheel';

const inside = (inner: Rect, width: number, height: number): boolean =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= width + 0.5 && inner.y + inner.height <= height + 0.5 && inner.width > 0 && inner.height > 0;
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

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
      const parts = [layout.header, layout.strands, layout.protein, layout.wheel];
      for (const part of parts) expect(inside(part, width, height), JSON.stringify(part)).toBe(true);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
      }
      expect(layout.wheel.width).toBe(layout.wheel.height);
      expect(layout.wheel.width).toBeGreaterThan(Math.min(width, height) * 0.4);
    });
  }
});

describe('computeLayout on a nearly square stage (beside the panel at 1920x1080)', () => {
  it('runs the strands across the top and gives the wheel the height below them', () => {
    const [width, height] = [1020, 850];
    const layout = computeLayout(width, height);
    expect(layout.orientation).toBe('landscape');
    expect(layout.strands.width).toBeGreaterThan(width * 0.9);
    expect(layout.wheel.y).toBeGreaterThanOrEqual(layout.strands.y + layout.strands.height);
    // The side-by-side layout held the wheel to 42 % of the width (428 px here).
    expect(layout.wheel.width).toBeGreaterThan(height * 0.55);
  });
});

describe('codon wheel', () => {
  it('has 4 + 16 + 64 letter sectors and one amino-acid run per same-meaning neighbours', () => {
    expect(allLetterSectors()).toHaveLength(84);
    const runs = aminoSectors();
    expect(runs.reduce((sum, run) => sum + run.codons.length, 0)).toBe(64);
    expect(runs.find((run) => run.codons.includes('AUG'))?.codons).toEqual(['AUG']);
    expect(runs.filter((run) => run.aminoAcid === '*').flatMap((run) => run.codons).sort()).toEqual(['UAA', 'UAG', 'UGA']);
  });

  it('a tap in the middle of any sector finds that sector', () => {
    for (const sector of allLetterSectors()) {
      const angle = (sector.startAngle + sector.endAngle) / 2;
      const radius = (sector.innerRadius + sector.outerRadius) / 2;
      expect(hitTest(Math.cos(angle) * radius, Math.sin(angle) * radius)).toBe(sector.path);
    }
  });

  it('ignores taps in the hole, on the amino-acid ring and outside', () => {
    expect(hitTest(0, 0)).toBeNull();
    expect(hitTest(0, -0.85)).toBeNull();
    expect(hitTest(2, 2)).toBeNull();
    expect(sectorOf('U').startAngle).toBeCloseTo(-Math.PI / 2);
  });
});

describe('protein beads', () => {
  it('straight beads stay in the area and folded beads form two rows', () => {
    const straight = straightPositions(9, 100, 50, 600, 80);
    expect(straight[0]?.x).toBeGreaterThanOrEqual(100);
    expect(straight[8]?.x).toBeLessThanOrEqual(700);
    const folded = foldedPositions(9, 400, 300, 60);
    expect(new Set(folded.map((point) => point.y > 300)).size).toBe(2);
    expect(blendPositions(straight, folded, 1)).toEqual(folded);
    expect(blendPositions(straight, folded, 0)).toEqual(straight);
  });
});
