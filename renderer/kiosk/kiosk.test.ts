import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, verifyPin } from './adminPin';
import { addCornerTap } from './cornerGesture';
import { IdleMonitor } from './idleMonitor';

describe('IdleMonitor', () => {
  const timings = { idleMs: 90_000, countdownMs: 15_000 };

  it('stays active while the visitor keeps touching', () => {
    const monitor = new IdleMonitor(timings, 0);
    for (let t = 0; t < 600_000; t += 60_000) {
      monitor.activity(t);
      expect(monitor.phase(t + 59_000).kind).toBe('active');
    }
  });

  it('warns after the idle time with a countdown in whole seconds, then expires', () => {
    const monitor = new IdleMonitor(timings, 0);
    expect(monitor.phase(89_999)).toEqual({ kind: 'active' });
    expect(monitor.phase(90_000)).toEqual({ kind: 'warning', secondsLeft: 15 });
    expect(monitor.phase(104_001)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(monitor.phase(105_000)).toEqual({ kind: 'expired' });
  });

  it('a touch during the countdown cancels it; after expiry a touch no longer revives the visit', () => {
    const monitor = new IdleMonitor(timings, 0);
    monitor.activity(95_000);
    expect(monitor.phase(95_001).kind).toBe('active');
    monitor.activity(200_000 + 95_000 + 15_000);
    expect(monitor.phase(400_000).kind).toBe('expired');
    monitor.restart(400_000);
    expect(monitor.phase(400_001).kind).toBe('active');
  });
});

describe('admin PIN', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('12345678')).toBe(true);
    for (const bad of ['123', '123456789', '12a4', ' 1234', '']) expect(isValidPin(bad)).toBe(false);
  });

  it('stores a salted hash that verifies the right PIN only', async () => {
    const stored = await hashPin('2468', 100_000);
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    const again = await hashPin('2468', 100_000);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });
});

describe('PIN hash tool for IT pre-provisioning', () => {
  it('prints a hash the app accepts for that PIN only', async () => {
    const script = path.resolve(import.meta.dirname, '..', '..', 'scripts', 'kiosk-pin-hash.mjs');
    const { adminPin } = JSON.parse(execFileSync(process.execPath, [script, '97531'], { encoding: 'utf8' })) as {
      adminPin: Parameters<typeof verifyPin>[1];
    };
    expect(await verifyPin('97531', adminPin)).toBe(true);
    expect(await verifyPin('97530', adminPin)).toBe(false);
  });
});

describe('corner gesture', () => {
  it('opens after five taps within three seconds, not with slower taps', () => {
    let taps: number[] = [];
    let complete = false;
    for (const t of [0, 400, 800, 1200]) ({ taps, complete } = addCornerTap(taps, t));
    expect(complete).toBe(false);
    ({ complete } = addCornerTap(taps, 1600));
    expect(complete).toBe(true);

    taps = [];
    for (const t of [0, 1000, 2000, 3000, 4000, 5000]) ({ taps, complete } = addCornerTap(taps, t));
    expect(complete).toBe(false);
  });
});
