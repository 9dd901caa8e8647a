// The test build's URL switches take effect only on test-hook pages; the shipped build (TEST_BUILD false, as in
// these unit tests) refuses to read them at all.

import { describe, expect, it } from 'vitest';
import { readTestSwitches, TEST_BUILD, testHookGlobal, testSwitches } from './testBuild';

describe('readTestSwitches', () => {
  it('honours syncFast, sw and the short timings only with testHooks=1', () => {
    expect(readTestSwitches('?syncFast=1&sw=1&idleSeconds=5&pendingCap=3')).toMatchObject({
      testHooks: false,
      syncFast: false,
      serviceWorker: false,
      idleSeconds: null,
      pendingCap: null,
    });
    expect(readTestSwitches('?testHooks=1&syncFast=1&sw=1&idleSeconds=5&countdownSeconds=2&pendingCap=3')).toEqual({
      testHooks: true,
      syncFast: true,
      serviceWorker: true,
      idleSeconds: 5,
      countdownSeconds: 2,
      pendingCap: 3,
    });
  });

  it('ignores malformed values', () => {
    expect(readTestSwitches('?testHooks=1&idleSeconds=-3&syncFast=yes&pendingCap=0')).toMatchObject({ idleSeconds: null, syncFast: false, pendingCap: null });
  });
});

describe('outside the test build', () => {
  it('has no switches and no hook global', () => {
    expect(TEST_BUILD).toBe(false);
    expect(() => testSwitches()).toThrow(/only in the test build/);
    expect(() => testHookGlobal()).toThrow(/only in the test build/);
  });
});
