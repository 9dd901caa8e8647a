// The web host's keeping of the admin PIN lockout (policy: common/kiosk/adminLock.ts). A browser offers nothing a
// visitor cannot clear: the state sits in localStorage, which survives reloads and restarts but not "clear site data".
// That is why unattended hall kiosks run the Electron app, whose main process keeps the state (docs/kiosk-setup.md).

import { afterPinAttempt, parseAdminLock, UNLOCKED, type AdminLockState, type AdminLockStore } from '../../common/kiosk/adminLock';

export const ADMIN_LOCK_KEY = 'biotech.adminLock.v1';

export function readAdminLock(storage: Storage): AdminLockState {
  try {
    return parseAdminLock(JSON.parse(storage.getItem(ADMIN_LOCK_KEY) ?? 'null'));
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

export function createWebAdminLockStore(storage: Storage, clock: () => number = Date.now): AdminLockStore {
  let memory = readAdminLock(storage);
  return {
    read: async () => {
      memory = readAdminLock(storage);
      return memory;
    },
    record: async (outcome) => {
      // Start from the stricter of memory and storage, so a storage that refuses writes cannot undo a lock.
      const stored = readAdminLock(storage);
      const current = stored.failures >= memory.failures ? stored : memory;
      memory = afterPinAttempt(current, outcome, clock());
      writeAdminLock(storage, memory);
      return memory;
    },
  };
}
