// The small-count rule as a property: whatever the counts, nothing below 5 is published, and no sum of published
// figures has exactly one withheld member (which subtraction would reveal).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtectedFigures, protectTable } from '../reports/suppression';

describe('small-count suppression', () => {
  it('withholds counts below 5 and the smallest complement when only one is withheld', () => {
    expect(protectTable([40, 3, 12, 9])).toEqual({ rows: [40, '<5', 12, '<5'], total: 64 });
    expect(protectTable([40, 3, 2, 9])).toEqual({ rows: [40, '<5', '<5', 9], total: 54 });
    expect(protectTable([2, 1])).toEqual({ rows: ['<5', '<5'], total: '<5' });
    expect(protectTable([7, 8])).toEqual({ rows: [7, 8], total: 15 });
  });

  it('protects nested sums (days in weeks, weeks in the total) until every sum is safe', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 6 }), (weeks) => {
        const figures = new ProtectedFigures();
        const sums: number[][] = [];
        const total = figures.add(weeks.flat().reduce((a, b) => a + b, 0));
        const weekHandles = weeks.map((days) => {
          const week = figures.add(days.reduce((a, b) => a + b, 0));
          const dayHandles = days.map((day) => figures.add(day));
          figures.sum(week, dayHandles);
          sums.push([week, ...dayHandles]);
          return week;
        });
        figures.sum(total, weekHandles);
        sums.push([total, ...weekHandles]);
        figures.settle();
        for (const members of sums) {
          expect(members.filter((handle) => figures.isWithheld(handle)).length).not.toBe(1);
          for (const handle of members) {
            const cell = figures.cell(handle);
            if (typeof cell === 'number') expect(cell).toBeGreaterThanOrEqual(5);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
