// Western Electric control-chart rules (science.md, "Digitalisation in biomanufacturing"), applied to a sequence
// of z-scores (distance from the centre line in standard deviations). Pure functions, unit-tested on hand-made
// sequences with hits and near misses.
//   beyond3:     1 point beyond 3 sigma
//   twoOfThree:  2 of 3 consecutive points beyond 2 sigma, on the same side
//   fourOfFive:  4 of 5 consecutive points beyond 1 sigma, on the same side
//   eightInARow: 8 consecutive points on the same side of the centre line

export const CONTROL_RULES = ['beyond3', 'twoOfThree', 'fourOfFive', 'eightInARow'] as const;
export type ControlRule = (typeof CONTROL_RULES)[number];

export interface RuleHit {
  readonly rule: ControlRule;
  /** Index of the point that completes the pattern (the moment the rule can first be seen). */
  readonly index: number;
  /** +1 above the centre line, -1 below. */
  readonly side: 1 | -1;
}

/** Counts points in z[from..to] (inclusive) strictly beyond the limit on the given side. */
function countBeyond(z: readonly number[], from: number, to: number, limit: number, side: 1 | -1): number {
  let count = 0;
  for (let i = Math.max(0, from); i <= to; i++) if ((z[i] ?? 0) * side > limit) count++;
  return count;
}

/** The rules the point at `index` completes, looking only at it and the points before it. */
export function rulesBrokenAt(z: readonly number[], index: number): RuleHit[] {
  const hits: RuleHit[] = [];
  const value = z[index];
  if (value === undefined || !Number.isFinite(value)) return hits;
  const side: 1 | -1 = value >= 0 ? 1 : -1;
  if (Math.abs(value) > 3) hits.push({ rule: 'beyond3', index, side });
  // The current point must itself be part of the pattern, so a pattern is reported once, when it completes.
  if (index >= 1 && value * side > 2 && countBeyond(z, index - 2, index, 2, side) >= 2) hits.push({ rule: 'twoOfThree', index, side });
  if (index >= 3 && value * side > 1 && countBeyond(z, index - 4, index, 1, side) >= 4) hits.push({ rule: 'fourOfFive', index, side });
  if (index >= 7 && value !== 0) {
    let run = 0;
    for (let i = index; i >= 0 && run < 8; i--) {
      const point = z[i] ?? 0;
      if (point * side > 0) run++;
      else break;
    }
    if (run >= 8) hits.push({ rule: 'eightInARow', index, side });
  }
  return hits;
}

/** Every rule hit in the sequence, in time order. */
export function detectRules(z: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let i = 0; i < z.length; i++) hits.push(...rulesBrokenAt(z, i));
  return hits;
}

/** The first hit at or before `index`, or null: "has this chart broken a rule yet?". */
export function firstHitUpTo(z: readonly number[], index: number): RuleHit | null {
  for (let i = 0; i <= Math.min(index, z.length - 1); i++) {
    const hit = rulesBrokenAt(z, i)[0];
    if (hit) return hit;
  }
  return null;
}
