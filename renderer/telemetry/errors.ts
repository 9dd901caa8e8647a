// Why an event was not recorded. track() rejects with a TelemetryError whose `reason` the caller (or a test) can
// act on; the message is plain English for IT logs and never contains event content.

export type TelemetryFailureReason =
  /** The payload does not match the event catalogue (a programming error in the caller). */
  | 'invalid-event'
  /** track() was called outside a visitor session, or for an event only the session API may record. */
  | 'no-session'
  /** The pending cap is reached: the event was counted in the "not recorded" counter instead. */
  | 'cap-reached'
  /** The device's storage quota is exhausted. */
  | 'quota-exceeded'
  /** IndexedDB failed for another reason. */
  | 'write-failed'
  /** The telemetry object was closed. */
  | 'closed';

export class TelemetryError extends Error {
  override readonly name = 'TelemetryError';
  readonly reason: TelemetryFailureReason;

  constructor(reason: TelemetryFailureReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** True when an IndexedDB or Dexie error (or one it wraps) says the storage quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
