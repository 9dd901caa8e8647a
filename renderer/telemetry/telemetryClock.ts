// The engagement log's clock: wall-clock time for timestamps, monotonic time for durations. Its own small file so the
// front that stands in for the log before it opens (telemetryFront.ts) can hold it without loading the log itself.

export interface TelemetryClock {
  /** Wall-clock epoch milliseconds (timestamps). */
  now(): number;
  /** Monotonic milliseconds (durations, immune to clock changes). */
  monotonic(): number;
}

/** The device's own clock. */
export const systemClock: TelemetryClock = {
  now: () => Date.now(),
  monotonic: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
};
