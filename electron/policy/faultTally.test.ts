// The main process's count of renderer faults for health reports: acknowledged counts are taken off, faults that
// happened while a report was on its way stay for the next one, and nonsense from the page changes nothing.

import { describe, expect, it } from 'vitest';
import { createFaultTally } from './faultTally';

describe('fault tally', () => {
  it('counts crashes and hangs and keeps those that came after the acknowledged report', () => {
    const tally = createFaultTally();
    tally.crashed();
    tally.hung();
    tally.hung();
    const reported = tally.read();
    expect(reported).toEqual({ crashes: 1, hangs: 2 });
    tally.crashed();
    tally.acknowledge(reported);
    expect(tally.read()).toEqual({ crashes: 1, hangs: 0 });
  });

  it('ignores negative, fractional or missing counts and never goes below zero', () => {
    const tally = createFaultTally();
    tally.crashed();
    for (const junk of [null, 'x', { crashes: -5 }, { crashes: 0.5 }, { hangs: Number.NaN }]) tally.acknowledge(junk);
    expect(tally.read()).toEqual({ crashes: 1, hangs: 0 });
    tally.acknowledge({ crashes: 9, hangs: 9 });
    expect(tally.read()).toEqual({ crashes: 0, hangs: 0 });
  });
});
