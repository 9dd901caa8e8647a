import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNRESPONSIVE_GRACE_MS } from './crashRecovery';
import { createHangWatch, type HangTimers } from './hangRecovery';

const realTimers: HangTimers = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

describe('hang recovery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves a page that was only slow alone when it answers again within the grace period', () => {
    const crashAndReload = vi.fn();
    const watch = createHangWatch(realTimers, crashAndReload);
    watch.unresponsive(UNRESPONSIVE_GRACE_MS);
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1);
    watch.responsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS * 10);
    expect(crashAndReload).not.toHaveBeenCalled();
    expect(watch.waiting).toBe(false);
  });

  it('crashes and reloads a page still hung when the grace period ends, exactly once', () => {
    const crashAndReload = vi.fn();
    const watch = createHangWatch(realTimers, crashAndReload);
    watch.unresponsive(UNRESPONSIVE_GRACE_MS);
    vi.advanceTimersByTime(1000);
    // Chromium repeats the report while the page stays hung: the grace period is not restarted by it.
    watch.unresponsive(UNRESPONSIVE_GRACE_MS);
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1000);
    expect(crashAndReload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS * 10);
    expect(crashAndReload).toHaveBeenCalledTimes(1);
  });

  it('marks the crash it caused so the crash handler does not reload a second time', () => {
    const watch = createHangWatch(realTimers, () => undefined);
    expect(watch.takeIntentionalCrash()).toBe(false);
    watch.unresponsive(10);
    vi.advanceTimersByTime(10);
    expect(watch.takeIntentionalCrash()).toBe(true);
    expect(watch.takeIntentionalCrash()).toBe(false);
  });

  it('watches again after a page recovered', () => {
    const crashAndReload = vi.fn();
    const watch = createHangWatch(realTimers, crashAndReload);
    watch.unresponsive(100);
    watch.responsive();
    watch.unresponsive(100);
    vi.advanceTimersByTime(100);
    expect(crashAndReload).toHaveBeenCalledTimes(1);
  });

  it('stops its timer when disposed (window closed)', () => {
    const crashAndReload = vi.fn();
    const watch = createHangWatch(realTimers, crashAndReload);
    watch.unresponsive(100);
    watch.dispose();
    vi.advanceTimersByTime(1000);
    expect(crashAndReload).not.toHaveBeenCalled();
  });
});
