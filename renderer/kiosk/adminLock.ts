// The web host's keeping of the admin PIN lockout (policy: common/kiosk/adminLock.ts). A browser has no place its
// user cannot reach, so the state is kept twice, in localStorage and in an IndexedDB database of its own
// (adminLockCopies.ts), and always read as the stricter of the two and of the page's memory: removing one key, deleting
// one database or reloading does not lift a lock, and a copy found missing is written again at once. Clearing all of
// the site's data in the browser's settings still does; that is why unattended hall kiosks run the Electron app, whose
// main process keeps the state (docs/kiosk-setup.md).

import { afterPinAttempt, UNLOCKED, type AdminLockState, type AdminLockStore } from '../../common/kiosk/adminLock';
import { indexedDbLockCopy, localStorageLockCopy, pageIndexedDb, type AdminLockCopy } from './adminLockCopies';

export { ADMIN_LOCK_KEY, ADMIN_LOCK_DATABASE, type AdminLockCopy } from './adminLockCopies';

/** The stricter of two states: the more failures and the later end of lock. A copy can only add to a lock. */
export function stricterLock(a: AdminLockState, b: AdminLockState): AdminLockState {
  return { failures: Math.max(a.failures, b.failures), lockedUntil: Math.max(a.lockedUntil, b.lockedUntil) };
}

function sameLock(a: AdminLockState | null, b: AdminLockState): boolean {
  return a !== null && a.failures === b.failures && a.lockedUntil === b.lockedUntil;
}

/** The copies a browser page can keep: localStorage, and IndexedDB where the browser allows it. */
export function webAdminLockCopies(storage: Storage, indexedDb: IDBFactory | null = pageIndexedDb()): AdminLockCopy[] {
  return indexedDb ? [localStorageLockCopy(storage), indexedDbLockCopy(indexedDb)] : [localStorageLockCopy(storage)];
}

export function createWebAdminLockStore(copies: readonly AdminLockCopy[], clock: () => number = Date.now): AdminLockStore {
  // The page's memory is one more copy, so a storage that refuses writes cannot undo a lock during this run.
  let memory: AdminLockState = UNLOCKED;
  let queue: Promise<unknown> = Promise.resolve();
  // Attempts are applied one after another: two taps racing cannot both start from the same count.
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const current = async (): Promise<AdminLockState> => {
    const stored = await Promise.all(copies.map((copy) => copy.read()));
    const merged = stored.reduce<AdminLockState>((strictest, copy) => (copy ? stricterLock(strictest, copy) : strictest), memory);
    // A copy that lost the state (its key removed, its database deleted, or damaged) gets it back now.
    await Promise.all(copies.map((copy, index) => (sameLock(stored[index] ?? null, merged) ? true : copy.write(merged))));
    return merged;
  };
  return {
    read: () =>
      serial(async () => {
        memory = await current();
        return memory;
      }),
    record: (outcome) =>
      serial(async () => {
        memory = afterPinAttempt(await current(), outcome, clock());
        // A copy that refuses this write keeps its older state, which a later read takes only if it is stricter: a
        // failed write can keep a lock in place, never lift one.
        await Promise.all(copies.map((copy) => copy.write(memory)));
        return memory;
      }),
  };
}
