// The admin PIN's lockout, shared by both hosts: five wrong PINs lock the staff area, and every further wrong PIN
// locks it again for twice as long (5 min, 10 min, 20 min ... up to a day), until the right PIN is entered. So a
// 4-digit PIN takes years of trying instead of days. The count never resets by waiting, only by a right PIN.
// The Electron kiosk keeps this state in its main process (electron/config/adminLockFile.ts), out of the page's reach;
// the web host keeps it in the browser's localStorage and IndexedDB, the stricter copy winning (see docs/kiosk-setup.md).

export const FREE_PIN_TRIES = 5;
export const FIRST_LOCK_MS = 5 * 60_000;
export const MAX_LOCK_MS = 24 * 60 * 60_000;

export interface AdminLockState {
  /** Wrong PINs since the last right one. */
  readonly failures: number;
  /** Epoch ms until which the staff area is locked, or 0. */
  readonly lockedUntil: number;
}

export type PinOutcome = 'failure' | 'success';

export const UNLOCKED: AdminLockState = { failures: 0, lockedUntil: 0 };

export function isLocked(state: AdminLockState, now: number): boolean {
  return state.lockedUntil > now;
}

/** How long the staff area stays locked after this many wrong PINs in a row (0: not locked). */
export function lockDurationMs(failures: number): number {
  if (failures < FREE_PIN_TRIES) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - FREE_PIN_TRIES, 20));
}

/** Wrong PINs left before the next lock (only meaningful while not locked). */
export function triesBeforeLock(state: AdminLockState): number {
  return Math.max(1, FREE_PIN_TRIES - state.failures);
}

export function afterPinAttempt(state: AdminLockState, outcome: PinOutcome, now: number): AdminLockState {
  if (outcome === 'success') return UNLOCKED;
  // A try made while locked is refused before any check, so it neither counts nor extends the lock.
  if (isLocked(state, now)) return state;
  const failures = state.failures + 1;
  const duration = lockDurationMs(failures);
  return { failures, lockedUntil: duration > 0 ? now + duration : 0 };
}

/** Reads a stored state defensively: anything damaged becomes a state that is at least as strict as the facts allow. */
export function parseAdminLock(value: unknown): AdminLockState {
  if (typeof value !== 'object' || value === null) return UNLOCKED;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  return {
    failures: typeof failures === 'number' && Number.isFinite(failures) ? Math.max(0, Math.min(1000, Math.trunc(failures))) : 0,
    lockedUntil: typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? Math.max(0, lockedUntil) : 0,
  };
}

/** Where a host keeps the lock; the page only reports outcomes, the store applies afterPinAttempt with its clock. */
export interface AdminLockStore {
  read(): Promise<AdminLockState>;
  record(outcome: PinOutcome): Promise<AdminLockState>;
}
