// What the main process does while the kiosk's page is not answering. A page that is only slow (a long game step,
// a busy machine) must not lose its visitor: `unresponsive` starts a grace timer and `responsive` cancels it. Only a
// page still hung when the grace ends is crashed on purpose and loaded afresh, because reloading a hung renderer in
// place would wait on the very process that is stuck.

/** The timer functions the watch uses; the main process passes setTimeout/clearTimeout, tests pass fakes. */
export interface HangTimers {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export interface HangWatch {
  /** The window reported `unresponsive`: start the grace period (once; repeated reports do not restart it). */
  unresponsive(graceMs: number): void;
  /** The window reported `responsive`: the page was only slow, nothing happens to the visitor. */
  responsive(): void;
  /** True while a grace period is running. */
  readonly waiting: boolean;
  /**
   * True once for the `render-process-gone` that follows our own forced crash, so that event does not schedule a
   * second reload on top of the one the watch already started.
   */
  takeIntentionalCrash(): boolean;
  dispose(): void;
}

/**
 * @param crashAndReload called when the grace period ends without `responsive`: the caller crashes the renderer
 *   (webContents.forcefullyCrashRenderer) and loads the start screen in a new renderer process.
 */
export function createHangWatch(timers: HangTimers, crashAndReload: () => void): HangWatch {
  let pending: unknown = null;
  let intentionalCrash = false;
  return {
    unresponsive(graceMs) {
      if (pending !== null) return;
      pending = timers.set(() => {
        pending = null;
        intentionalCrash = true;
        crashAndReload();
      }, graceMs);
    },
    responsive() {
      if (pending === null) return;
      timers.clear(pending);
      pending = null;
    },
    get waiting() {
      return pending !== null;
    },
    takeIntentionalCrash() {
      const was = intentionalCrash;
      intentionalCrash = false;
      return was;
    },
    dispose() {
      if (pending !== null) timers.clear(pending);
      pending = null;
    },
  };
}
