// Where each amino-acid bead sits: in a straight line while the chain grows, and in a simple folded shape (a hairpin
// with a turn) once it is finished. A cartoon of folding, not the real structure (README "simplifications").

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Beads in a row across the area, centred; the spacing never exceeds maxSpacing. */
export function straightPositions(count: number, x: number, y: number, width: number, maxSpacing: number): Point[] {
  const spacing = count > 1 ? Math.min(maxSpacing, width / count) : 0;
  const start = x + width / 2 - (spacing * (count - 1)) / 2;
  return Array.from({ length: count }, (_, index) => ({ x: start + index * spacing, y }));
}

/** A hairpin: the first half runs right along the top, turns, and the second half runs back underneath. */
export function foldedPositions(count: number, centreX: number, centreY: number, spacing: number): Point[] {
  if (count === 0) return [];
  const half = Math.ceil(count / 2);
  const rowGap = spacing * 1.1;
  const width = (half - 1) * spacing;
  const left = centreX - width / 2;
  return Array.from({ length: count }, (_, index) => {
    if (index < half) {
      // A gentle wave, like a strand that twists a little.
      return { x: left + index * spacing, y: centreY - rowGap / 2 + (index % 2 === 0 ? 0 : -spacing * 0.15) };
    }
    const back = index - half;
    return { x: left + width - back * spacing - spacing * 0.5, y: centreY + rowGap / 2 + (back % 2 === 0 ? 0 : spacing * 0.15) };
  });
}

/** Linear blend between two layouts of the same length (t = 0 straight, 1 folded). */
export function blendPositions(from: readonly Point[], to: readonly Point[], t: number): Point[] {
  const k = Math.min(1, Math.max(0, t));
  return to.map((target, index) => {
    const source = from[index] ?? target;
    return { x: source.x + (target.x - source.x) * k, y: source.y + (target.y - source.y) * k };
  });
}
