import { describe, expect, it } from 'vitest';
import { afterPinAttempt, FIRST_LOCK_MS, FREE_PIN_TRIES, isLocked, lockDurationMs, MAX_LOCK_MS, parseAdminLock, triesBeforeLock, UNLOCKED, type AdminLockState } from './adminLock';

/** Wrong PINs typed as fast as the lock allows, starting at `start`; returns the time of the last try. */
function guess(times: number, start = 0): { state: AdminLockState; at: number } {
  let state = UNLOCKED;
  let at = start;
  for (let i = 0; i < times; i++) {
    at = Math.max(at, state.lockedUntil);
    state = afterPinAttempt(state, 'failure', at);
  }
  return { state, at };
}

describe('admin PIN lockout', () => {
  it('locks after five wrong PINs for five minutes', () => {
    const four = guess(FREE_PIN_TRIES - 1).state;
    expect(isLocked(four, 0)).toBe(false);
    expect(triesBeforeLock(four)).toBe(1);
    const { state, at } = guess(FREE_PIN_TRIES);
    expect(state.lockedUntil - at).toBe(FIRST_LOCK_MS);
  });

  it('locks twice as long after each further wrong PIN, up to a day', () => {
    expect([5, 6, 7, 8].map(lockDurationMs)).toEqual([FIRST_LOCK_MS, 2 * FIRST_LOCK_MS, 4 * FIRST_LOCK_MS, 8 * FIRST_LOCK_MS]);
    expect(lockDurationMs(40)).toBe(MAX_LOCK_MS);
    expect(lockDurationMs(1000)).toBe(MAX_LOCK_MS);
  });

  it('does not start again after the lock ends (five tries per five minutes is no longer possible)', () => {
    const { state, at } = guess(FREE_PIN_TRIES);
    const next = afterPinAttempt(state, 'failure', state.lockedUntil);
    expect(next.lockedUntil - state.lockedUntil).toBe(2 * FIRST_LOCK_MS);
    expect(at).toBeLessThan(next.lockedUntil);
  });

  it('makes guessing a 4-digit PIN take far longer than a week', () => {
    const week = 7 * 24 * 60 * 60_000;
    let state = UNLOCKED;
    let at = 0;
    let tries = 0;
    while (at < week) {
      at = Math.max(at, state.lockedUntil);
      state = afterPinAttempt(state, 'failure', at);
      tries += 1;
    }
    // 10,000 PINs; a week of trying covers well under 1 % of them.
    expect(tries).toBeLessThan(100);
  });

  it('ignores tries made while locked and clears everything on the right PIN', () => {
    const { state } = guess(FREE_PIN_TRIES);
    expect(afterPinAttempt(state, 'failure', state.lockedUntil - 1)).toEqual(state);
    expect(afterPinAttempt(state, 'success', state.lockedUntil)).toEqual(UNLOCKED);
  });

  it('reads damaged stored states safely', () => {
    expect(parseAdminLock(null)).toEqual(UNLOCKED);
    expect(parseAdminLock('x')).toEqual(UNLOCKED);
    expect(parseAdminLock({ failures: 7.8, lockedUntil: 5 })).toEqual({ failures: 7, lockedUntil: 5 });
    expect(parseAdminLock({ failures: -3, lockedUntil: Number.NaN })).toEqual(UNLOCKED);
  });
});
