// The first screen's signal: work waiting for it starts after the frame that draws the screen and, where the browser
// reports paints, after its first contentful paint; or after the fallback wait when neither comes (a tab in the
// background); and never before the screen was committed.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

describe('afterFirstScreen', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('waits for the commit, then for the frame that paints it and the one after', async () => {
    const { afterFirstScreen, reportFirstScreenCommitted } = await import('./firstScreen');
    const waiting = afterFirstScreen();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled(waiting)).toBe(false);
    reportFirstScreenCommitted();
    expect(await settled(waiting)).toBe(false);
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(await settled(waiting)).toBe(false);
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on after the fallback wait when no frame comes, and a second commit changes nothing', async () => {
    const { afterFirstScreen, FIRST_SCREEN_WAIT_MS, reportFirstScreenCommitted } = await import('./firstScreen');
    reportFirstScreenCommitted();
    reportFirstScreenCommitted();
    expect(frames).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(await settled(afterFirstScreen())).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(afterFirstScreen())).toBe(true);
  });

  it('after the home\'s snapshot, React\'s first commit is told apart, and awaited by what follows it', async () => {
    const { afterReactFirstCommit, reportFirstScreenCommitted, reportReactCommitted } = await import('./firstScreen');
    reportFirstScreenCommitted();
    expect(await settled(afterReactFirstCommit())).toBe(false);
    reportReactCommitted();
    reportReactCommitted();
    expect(await settled(afterReactFirstCommit())).toBe(true);
  });

  /** A browser that reports paints: `paint()` delivers its first-contentful-paint entry to the observers. */
  function reportsPaints() {
    const observers: { callback: PerformanceObserverCallback; disconnected: boolean }[] = [];
    class PaintObserver {
      static readonly supportedEntryTypes = ['paint'];
      private readonly entry: { callback: PerformanceObserverCallback; disconnected: boolean };
      constructor(callback: PerformanceObserverCallback) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe(): void {}
      disconnect(): void {
        this.entry.disconnected = true;
      }
    }
    vi.stubGlobal('PerformanceObserver', PaintObserver);
    const list = (name: string) => ({ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) }) as unknown as PerformanceObserverEntryList;
    return {
      paint(name: string) {
        for (const observer of observers) if (!observer.disconnected) observer.callback(list(name), observer as unknown as PerformanceObserver);
      },
    };
  }

  it('waits for the first contentful paint the browser reports, even after the frames', async () => {
    const browser = reportsPaints();
    const { afterFirstScreen, reportFirstScreenCommitted } = await import('./firstScreen');
    const waiting = afterFirstScreen();
    reportFirstScreenCommitted();
    for (const frame of frames.splice(0)) frame(performance.now());
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(await settled(waiting)).toBe(false);
    browser.paint('first-paint');
    expect(await settled(waiting)).toBe(false);
    browser.paint('first-contentful-paint');
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on after the fallback wait when the browser reports no paint', async () => {
    reportsPaints();
    const { afterFirstScreen, FIRST_SCREEN_WAIT_MS, reportFirstScreenCommitted } = await import('./firstScreen');
    reportFirstScreenCommitted();
    for (const frame of frames.splice(0)) frame(performance.now());
    for (const frame of frames.splice(0)) frame(performance.now());
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS - 1);
    expect(await settled(afterFirstScreen())).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(afterFirstScreen())).toBe(true);
  });
});
