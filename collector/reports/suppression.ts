// Small-count protection. Primary rule: every count below 5 (0 included) is published as "<5". Secondary rule:
// wherever published figures add up (a table and its total, days and their week, month and period, devices and
// their site), no such sum may have exactly one withheld member, or subtraction would reveal it; the smallest
// other member is withheld too, repeated until every sum is safe. See docs/dashboard.md.

import { SUPPRESSED, type Cell } from './types';

export const THRESHOLD = 5;

/** Figures that appear together in one response, and the sums that tie them. */
export class ProtectedFigures {
  private readonly values: number[] = [];
  private readonly withheld: boolean[] = [];
  private readonly sums: number[][] = [];

  /** Adds a figure; returns its handle. */
  add(value: number): number {
    this.values.push(value);
    this.withheld.push(value < THRESHOLD);
    return this.values.length - 1;
  }

  /** Declares that `total` = sum of `parts` (handles from add()). */
  sum(total: number, parts: readonly number[]): void {
    if (parts.length > 0) this.sums.push([total, ...parts]);
  }

  /** Applies the secondary rule until no sum has exactly one withheld member. */
  settle(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const members of this.sums) {
        const hidden = members.filter((handle) => this.withheld[handle]);
        if (hidden.length !== 1) continue;
        const open = members.filter((handle) => !this.withheld[handle]);
        // A sum always has an open member here: its total equals the sum of the rest, so it cannot be alone.
        const smallest = open.reduce((best, handle) => (this.values[handle]! < this.values[best]! ? handle : best), open[0]!);
        this.withheld[smallest] = true;
        changed = true;
      }
    }
  }

  cell(handle: number): Cell {
    return this.withheld[handle] ? SUPPRESSED : this.values[handle]!;
  }

  isWithheld(handle: number): boolean {
    return this.withheld[handle]!;
  }
}

/** Primary rule only, for a figure no published sum involves. */
export function primaryCell(value: number): Cell {
  return value < THRESHOLD ? SUPPRESSED : value;
}

/** Counts in a table with a published total: the total and the rows, protected together. */
export function protectTable(values: readonly number[]): { rows: Cell[]; total: Cell } {
  const figures = new ProtectedFigures();
  const total = figures.add(values.reduce((sum, value) => sum + value, 0));
  const rows = values.map((value) => figures.add(value));
  figures.sum(total, rows);
  figures.settle();
  return { rows: rows.map((handle) => figures.cell(handle)), total: figures.cell(total) };
}
