// Five wrong PINs lock the admin panel for five minutes. The count and the lock survive a reload or a restart
// (kept in localStorage), so pulling the plug does not give an attacker five more tries.

export const MAX_PIN_FAILURES = 5;
export const LOCK_DURATION_MS = 5 * 60_000;
export const ADMIN_LOCK_KEY = 'biotech.adminLock.v1';

export interface AdminLockState {
  readonly failures: number;
  /** Epoch ms until which the panel is locked, or 0. */
  readonly lockedUntil: number;
}

export const UNLOCKED: AdminLockState = { failures: 0, lockedUntil: 0 };

export function isLocked(state: AdminLockState, now: number): boolean {
  return state.lockedUntil > now;
}

export function afterFailure(state: AdminLockState, now: number): AdminLockState {
  const failures = isLocked(state, now) ? state.failures : state.failures + 1;
  return failures >= MAX_PIN_FAILURES ? { failures: 0, lockedUntil: now + LOCK_DURATION_MS } : { failures, lockedUntil: state.lockedUntil };
}

export function readAdminLock(storage: Storage): AdminLockState {
  try {
    const parsed = JSON.parse(storage.getItem(ADMIN_LOCK_KEY) ?? 'null') as Partial<AdminLockState> | null;
    if (!parsed || !Number.isFinite(parsed.failures) || !Number.isFinite(parsed.lockedUntil)) return UNLOCKED;
    return { failures: Math.max(0, Math.trunc(parsed.failures ?? 0)), lockedUntil: Math.max(0, parsed.lockedUntil ?? 0) };
  } catch {
    return UNLOCKED;
  }
}

export function writeAdminLock(storage: Storage, state: AdminLockState): void {
  try {
    storage.setItem(ADMIN_LOCK_KEY, JSON.stringify(state));
  } catch {
    // Storage unavailable: the lock still holds in memory for this run.
  }
}
