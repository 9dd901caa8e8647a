// When to try again after a failed delivery: exponential backoff with "equal jitter" (half fixed, half random,
// so a hall full of kiosks coming back online does not retry in step), and the collector's Retry-After header.
// A busy collector (429 collector-busy) is not a failure: the device waits as told, plus jitter of its own.

export interface BackoffPolicy {
  /** Delay after the first failure. */
  readonly initialMs: number;
  /** Longest delay, however many failures. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 1_000, maxMs: 5 * 60_000 };

/** The longest Retry-After we obey; a misconfigured proxy must not park a kiosk for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** Delay before attempt `failures + 1`, for failures >= 1; `random` returns [0, 1). */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.initialMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/**
 * The wait after the collector said it is busy (it read nothing and stored nothing): its Retry-After (one backoff
 * step when absent), plus a random part of a quarter of it, at least one second (Retry-After is in whole seconds,
 * so devices told the same second do not come back together), and never longer than the policy's longest delay.
 */
export function busyDelay(retryAfterMs: number | null, policy: BackoffPolicy, random: () => number): number {
  const asked = retryAfterMs ?? policy.initialMs;
  const jitter = random() * Math.max(1_000, asked / 4);
  return Math.round(Math.min(policy.maxMs, asked + jitter));
}
