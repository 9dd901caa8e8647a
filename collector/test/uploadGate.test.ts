// The collector-wide gate on uploads at once (server/uploadGate.ts), on its own clock: it admits up to its limit,
// tells the others when to come back (a jittered wait that grows with the devices already waiting and shrinks with
// the rate at which uploads finish), gives a place back once whatever ended the upload, and forgets devices that
// never came back. Its limit comes from --uploads-at-once or COLLECTOR_UPLOADS_AT_ONCE.

import { describe, expect, it } from 'vitest';
import { DEFAULT_UPLOADS_AT_ONCE, MAX_BUSY_RETRY_AFTER_SECONDS, UploadGate, type GateDecision } from '../server/uploadGate';
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

  it('tells each newcomer to wait longer as the queue grows, within a jittered range', () => {
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
      // The n-th device waiting goes in after n / 4 s; the jitter adds up to a quarter of that, at least 1 s.
      const base = (index + 1) / 4;
      expect(wait).toBe(Math.min(MAX_BUSY_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(base))));
      expect(highs[index]).toBe(Math.min(MAX_BUSY_RETRY_AFTER_SECONDS, Math.ceil(base + 0.999_999 * Math.max(1, base / 4))));
    }
    expect(lows[0]).toBe(1);
    expect(highs[0]).toBe(2);
    expect(lows[99]).toBe(25);
    expect(highs[99]).toBe(32);
    // However long the queue, nobody is told to wait more than the cap.
    expect(Math.max(...highs)).toBe(MAX_BUSY_RETRY_AFTER_SECONDS);
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

  it('keeps the rank of a device that came back to a full gate, counts it once, and forgets those that never come back', () => {
    const clock = { now: 1_000_000 };
    const gate = new UploadGate(1, () => clock.now, () => 0);
    admitted(gate.enter('open'));
    // One place, held 1 s: one upload a second; a, b, c are told 1, 2 and 3 s.
    expect([waitOf(gate.enter('a')), waitOf(gate.enter('b')), waitOf(gate.enter('c'))]).toEqual([1, 2, 3]);
    clock.now += 2_000;
    // "b" is back and the place is still held: it stays ahead of "c", behind "a" (due before it, not back yet).
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
