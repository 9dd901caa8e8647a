// What the main process does when the renderer crashes or hangs: reload to the start screen quickly, but back off
// when crashes repeat so a crash loop does not burn the CPU of a kiosk nobody is watching.

export type RendererFault =
  | 'crashed'
  | 'killed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction'
  | 'unresponsive'
  | 'clean-exit'
  | 'abnormal-exit';

export interface RecoveryDecision {
  readonly action: 'reload' | 'ignore';
  /** Wait before reloading, in milliseconds. */
  readonly delayMs: number;
}

export const RECOVERY_WINDOW_MS = 5 * 60_000;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;
/** How long a window may stay unresponsive before it is reloaded (a long game step must not trigger it). */
export const UNRESPONSIVE_GRACE_MS = 5_000;

/**
 * @param fault what happened
 * @param recentFaults timestamps (ms) of earlier faults, any order
 * @param now current time in ms
 */
export function decideRecovery(fault: RendererFault, recentFaults: readonly number[], now: number): RecoveryDecision {
  if (fault === 'clean-exit') return { action: 'ignore', delayMs: 0 };
  const inWindow = recentFaults.filter((t) => now - t >= 0 && now - t < RECOVERY_WINDOW_MS).length;
  const base = fault === 'unresponsive' ? UNRESPONSIVE_GRACE_MS : BASE_DELAY_MS;
  // 1 s, 2 s, 4 s ... capped at a minute while faults keep coming within five minutes.
  const delayMs = Math.min(MAX_DELAY_MS, base * 2 ** Math.min(inWindow, 10));
  return { action: 'reload', delayMs };
}
