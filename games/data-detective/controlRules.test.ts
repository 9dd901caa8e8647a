// Each Western Electric rule on hand-made z-score sequences: a clear hit, and a near miss that must not fire.

import { describe, expect, it } from 'vitest';
import { detectRules, firstHitUpTo, rulesBrokenAt, type ControlRule } from './controlRules';

const rulesIn = (z: number[]): ControlRule[] => detectRules(z).map((hit) => hit.rule);

describe('beyond3: 1 point beyond 3 sigma', () => {
  it('fires on 3.2 sigma above and below', () => {
    expect(detectRules([0.1, -0.3, 3.2, 0.2])).toEqual([{ rule: 'beyond3', index: 2, side: 1 }]);
    expect(detectRules([0, -3.5])).toEqual([{ rule: 'beyond3', index: 1, side: -1 }]);
  });
  it('does not fire at 2.9 sigma or exactly 3', () => {
    expect(rulesIn([0.1, 2.9, 0, 0, -2.95, 0, 0, 3])).toEqual([]);
  });
});

describe('twoOfThree: 2 of 3 beyond 2 sigma, same side', () => {
  it('fires on two neighbours and on two with one point between', () => {
    expect(rulesIn([0, 2.3, 2.5])).toEqual(['twoOfThree']);
    expect(detectRules([0, -2.4, 0.5, -2.1])).toEqual([{ rule: 'twoOfThree', index: 3, side: -1 }]);
  });
  it('does not fire for opposite sides, or points four apart, or 1.9 sigma', () => {
    expect(rulesIn([2.5, -2.5, 0.3])).toEqual([]);
    expect(rulesIn([2.5, 0.1, -0.2, 2.5])).toEqual([]);
    expect(rulesIn([2.5, 1.9, 0.4])).toEqual([]);
  });
});

describe('fourOfFive: 4 of 5 beyond 1 sigma, same side', () => {
  it('fires on four of five above 1 sigma', () => {
    expect(detectRules([1.2, 1.5, 0.3, 1.1, 1.4])).toEqual([{ rule: 'fourOfFive', index: 4, side: 1 }]);
  });
  it('does not fire on three of five, or four split across sides', () => {
    expect(rulesIn([1.2, 1.5, 0.3, 0.9, 1.4])).toEqual([]);
    expect(rulesIn([1.2, -1.5, 1.3, -1.1, 1.4])).toEqual([]);
  });
});

describe('eightInARow: 8 on one side of the centre line', () => {
  it('fires on the eighth point, even when every point is small', () => {
    const z = [0.2, 0.4, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3];
    expect(detectRules(z)).toEqual([{ rule: 'eightInARow', index: 7, side: 1 }]);
    expect(rulesIn(z.map((v) => -v))).toEqual(['eightInARow']);
  });
  it('does not fire on seven in a row, or eight broken by one point on the other side', () => {
    expect(rulesIn([0.2, 0.4, 0.1, 0.3, 0.6, 0.2, 0.5])).toEqual([]);
    expect(rulesIn([0.2, 0.4, 0.1, -0.3, 0.6, 0.2, 0.5, 0.3])).toEqual([]);
  });
});

describe('rulesBrokenAt and firstHitUpTo', () => {
  it('report a pattern when it completes, not before', () => {
    const z = [0, 2.3, 2.5, 0];
    expect(rulesBrokenAt(z, 1)).toEqual([]);
    expect(rulesBrokenAt(z, 2).map((hit) => hit.rule)).toEqual(['twoOfThree']);
    expect(firstHitUpTo(z, 1)).toBeNull();
    expect(firstHitUpTo(z, 3)?.index).toBe(2);
  });
  it('an in-control sequence breaks no rule', () => {
    expect(rulesIn([0.3, -0.5, 1.2, -0.8, 0.1, -1.1, 0.6, -0.2, 0.9, -0.4])).toEqual([]);
  });
});
