// The collector-wide gate on uploads at once (server/uploadGate.ts), on its own clock: it admits up to its limit,
// tells the others when to come back (a jittered wait that grows with the device's place in the queue and shrinks
// with the rate at which uploads finish now, never beyond a short horizon), gives a place back once whatever ended
// the upload, and forgets devices that never came back. Its limit comes from --uploads-at-once or
// COLLECTOR_UPLOADS_AT_ONCE.

import { describe, expect, it } from 'vitest';
import { BUSY_HORIZON_SECONDS, busyRetryAfterSeconds, DEFAULT_UPLOADS_AT_ONCE, UploadGate, type GateDecision } from '../server/uploadGate';
import { serverSettings, UsageError } from '../settings';

function admitted(decision: GateDecision): () => void {
  if (!decision.admitted) throw new Error(`expected a place, was told to wait ${decision.retryAfterSeconds} s`);
  return decision.leave;
}

function waitOf(decision: GateDecision): number {
  if (decision.admitted) throw new Error('expected a refusal, got a place');
  return decision.retryAfterSeconds;
}

describe('upload gate', () => {
  it('admits up to its limit and refuses beyond it until a place is given back', () => {
    const clock = { now: 1_000_000 };
    const gate = new UploadGate(2, () => clock.now, () => 0);
    const first = admitted(gate.enter('a'));
    admitted(gate.enter('b'));
    expect(gate.uploadsOpen).toBe(2);
    expect(waitOf(gate.enter('c'))).toBeGreaterThanOrEqual(1);
    first();
    first();
    expect(gate.uploadsOpen).toBe(1);
    admitted(gate.enter('c'));
    expect(gate.devicesWaiting).toBe(0);
    expect(gate.enter('d').admitted).toBe(false);
  });

  it('computes a wait from the place in the queue and the finish rate, jittered, within a 30 s horizon', () => {
    expect(BUSY_HORIZON_SECONDS).toBe(30);
    // Uploads finishing 4 a second: the 1st device waiting goes in after 0.25 s, told 1 s (whole seconds, at least
    // 1), up to 2 s with the jitter (at least 1 s); the 40th after 10 s, told 10 to 12.5 → 13 s.
    expect(busyRetryAfterSeconds(0, 4, 0)).toBe(1);
    expect(busyRetryAfterSeconds(0, 4, 0.999)).toBe(2);
    expect(busyRetryAfterSeconds(39, 4, 0)).toBe(10);
    expect(busyRetryAfterSeconds(39, 4, 0.5)).toBe(12);
    expect(busyRetryAfterSeconds(39, 4, 0.999)).toBe(13);
    // The 96th goes in after 24 s: 24 to 30 s with the jitter, all within the horizon.
    expect(busyRetryAfterSeconds(95, 4, 0)).toBe(24);
    expect(busyRetryAfterSeconds(95, 4, 0.999)).toBe(30);
    // The 100th would go in after 25 s and up to 31.25 s with the jitter: a turn that may fall beyond the horizon
    // is not promised; it asks again somewhere in the horizon's second half, 15 to 30 s, spread evenly.
    expect(busyRetryAfterSeconds(99, 4, 0)).toBe(25);
    expect(busyRetryAfterSeconds(99, 4, 0.999)).toBe(30);
    // The 1,000th device at 4 a second (250 s away, what a wave's start told before, up to 120 s) or at 0.5 a
    // second: never more than 30 s, and spread over 15-30 s rather than all told the same.
    const far = [0, 0.25, 0.5, 0.75, 0.999].map((random) => busyRetryAfterSeconds(999, 4, random));
    expect(far).toEqual([15, 19, 23, 27, 30]);
    expect([0, 0.5, 0.999].map((random) => busyRetryAfterSeconds(999, 0.5, random))).toEqual([15, 23, 30]);
    // A fast gate (an idle server: 32 places held 50 ms each, 640 a second): even the 1,000th is told 2-3 s.
    expect(busyRetryAfterSeconds(999, 640, 0)).toBe(2);
    expect(busyRetryAfterSeconds(999, 640, 0.999)).toBe(3);
    // Another horizon, for the arithmetic: 10 s.
    expect(busyRetryAfterSeconds(999, 4, 0, 10)).toBe(5);
    expect(busyRetryAfterSeconds(999, 4, 0.999, 10)).toBe(10);
  });

  it('tells each newcomer to wait longer as the queue grows, jittered, and never beyond the horizon', () => {
    const clock = { now: 1_000_000 };
    // Before any upload finished, a place is assumed to be held 1 s: 4 places finish 4 uploads a second.
    const low = new UploadGate(4, () => clock.now, () => 0);
    const high = new UploadGate(4, () => clock.now, () => 0.999_999);
    for (let index = 0; index < 4; index += 1) {
      admitted(low.enter(`open-${index}`));
      admitted(high.enter(`open-${index}`));
    }
    const lows: number[] = [];
    const highs: number[] = [];
    for (let index = 1; index <= 400; index += 1) {
      lows.push(waitOf(low.enter(`device-${index}`)));
      highs.push(waitOf(high.enter(`device-${index}`)));
    }
    for (const [index, wait] of lows.entries()) {
      expect(wait).toBe(busyRetryAfterSeconds(index, 4, 0));
      expect(highs[index]).toBe(busyRetryAfterSeconds(index, 4, 0.999_999));
    }
    expect(lows[0]).toBe(1);
    expect(highs[0]).toBe(2);
    expect(lows[99]).toBe(25);
    expect(highs[99]).toBe(30);
    // However long the queue, nobody is told to wait more than the horizon; those beyond it ask again in 15-30 s.
    expect(Math.max(...highs)).toBe(BUSY_HORIZON_SECONDS);
    expect(lows.slice(120)).toEqual(Array.from({ length: 280 }, () => 15));
    expect(low.devicesWaiting).toBe(400);
  });

  it('learns how long uploads hold their place and spreads the queue at that pace', () => {
    const clock = { now: 1_000_000 };
    const gate = new UploadGate(2, () => clock.now, () => 0);
    // Uploads that each hold their place 4 s: 2 places finish half an upload a second.
    for (let round = 0; round < 200; round += 1) {
      const leave = admitted(gate.enter(`round-${round}`));
      clock.now += 4_000;
      leave();
    }
    expect(gate.finishRatePerSecond).toBeCloseTo(0.5, 2);
    admitted(gate.enter('x'));
    admitted(gate.enter('y'));
    expect([waitOf(gate.enter('first')), waitOf(gate.enter('second')), waitOf(gate.enter('third'))]).toEqual([2, 4, 6]);
  });

  it('keeps the place of a device that came back to a full gate, counts it once, and forgets those that never come back', () => {
    const clock = { now: 1_000_000 };
    const gate = new UploadGate(1, () => clock.now, () => 0);
    admitted(gate.enter('open'));
    // One place, held 1 s: one upload a second; a, b, c are told 1, 2 and 3 s.
    expect([waitOf(gate.enter('a')), waitOf(gate.enter('b')), waitOf(gate.enter('c'))]).toEqual([1, 2, 3]);
    clock.now += 2_000;
    // "b" is back and the place is still held: it stays ahead of "c", behind "a" (refused before it, not back yet).
    expect(waitOf(gate.enter('b'))).toBe(2);
    expect(gate.devicesWaiting).toBe(3);
    // A newcomer queues behind all three.
    expect(waitOf(gate.enter('d'))).toBe(4);
    expect(gate.devicesWaiting).toBe(4);
    // Long after they were due, devices that did not come back no longer lengthen anybody's wait.
    clock.now += 60_000;
    expect(waitOf(gate.enter('e'))).toBe(1);
    expect(gate.devicesWaiting).toBe(1);
  });

  it('shortens the wait of a device that comes back once the gate has sped up and the queue ahead of it has gone', () => {
    const clock = { now: 1_000_000 };
    const gate = new UploadGate(2, () => clock.now, () => 0);
    // A slow start: uploads hold their place 8 s, so 2 places finish a quarter of an upload a second.
    for (let round = 0; round < 100; round += 1) {
      const leave = admitted(gate.enter(`slow-${round}`));
      clock.now += 8_000;
      leave();
    }
    expect(gate.finishRatePerSecond).toBeCloseTo(0.25, 2);
    const open = [admitted(gate.enter('x')), admitted(gate.enter('y'))];
    // 200 devices arrive: the first 7 are told their turn (4, 8, ... 28 s); the others, whose turn is 32 s to
    // 800 s away, are told to ask again in 15 s (no promise of 120 s as the gate once made).
    const told = Array.from({ length: 200 }, (_, index) => waitOf(gate.enter(`device-${index}`)));
    expect(told.slice(0, 7)).toEqual([4, 8, 12, 16, 20, 24, 28]);
    expect(told.slice(7).every((wait) => wait === 15)).toBe(true);
    // Then the database catches up: uploads hold their place 100 ms, and the first 150 devices get in.
    for (const leave of open) leave();
    for (let index = 0; index < 150; index += 1) {
      const leave = admitted(gate.enter(`device-${index}`));
      clock.now += 100;
      leave();
    }
    expect(gate.finishRatePerSecond).toBeGreaterThan(10);
    admitted(gate.enter('x2'));
    admitted(gate.enter('y2'));
    // The last device comes back to a full gate: 49 devices are still ahead of it and uploads finish more than 10 a
    // second, so it is told a few seconds, not its place at the old rate (800 s) nor the horizon.
    const wait = waitOf(gate.enter('device-199'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(7);
    expect(wait).toBe(busyRetryAfterSeconds(49, gate.finishRatePerSecond, 0));
    expect(gate.devicesWaiting).toBe(50);
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    expect(() => new UploadGate(0, () => 0)).toThrow(/at least 1/);
    expect(() => new UploadGate(1.5, () => 0)).toThrow(/whole number/);
  });

  it('takes its limit from --uploads-at-once, then COLLECTOR_UPLOADS_AT_ONCE, else the default', () => {
    expect(serverSettings(new Map(), {}).uploadsAtOnce).toBe(DEFAULT_UPLOADS_AT_ONCE);
    expect(serverSettings(new Map(), { COLLECTOR_UPLOADS_AT_ONCE: '8' }).uploadsAtOnce).toBe(8);
    expect(serverSettings(new Map([['uploads-at-once', '64']]), { COLLECTOR_UPLOADS_AT_ONCE: '8' }).uploadsAtOnce).toBe(64);
    expect(() => serverSettings(new Map([['uploads-at-once', '0']]), {})).toThrow(UsageError);
  });
});
