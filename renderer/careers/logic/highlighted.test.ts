// Highlighted roles come first in the hub's order; the others keep their order.

import { describe, expect, it } from 'vitest';
import { highlightedFirst } from './highlighted';

describe('highlightedFirst', () => {
  it('puts the highlighted roles first, in the hub order, and leaves the rest as they were', () => {
    const roles = [{ id: 'cra' }, { id: 'qc-analyst' }, { id: 'bioprocess-operator' }, { id: 'maintenance-technician' }] as const;
    expect(highlightedFirst(roles as never, ['maintenance-technician', 'qc-analyst'] as never).map((role: { id: string }) => role.id)).toEqual(['maintenance-technician', 'qc-analyst', 'cra', 'bioprocess-operator']);
    expect(highlightedFirst(roles as never, [])).toEqual(roles);
  });
});
