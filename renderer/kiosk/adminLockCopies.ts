// The places a browser can keep the admin PIN lockout: the page's localStorage and a small IndexedDB database of its
// own. The web host keeps the state in both and reads the stricter of them (renderer/kiosk/adminLock.ts), so removing
// one key or deleting one database does not lift a lock. Each copy reads damaged or missing data as "no copy" and
// never throws: a browser that blocks one kind of storage still has the other, and the page's memory besides.

import { parseAdminLock, type AdminLockState } from '../../common/kiosk/adminLock';

/** One stored copy of the lockout state. */
export interface AdminLockCopy {
  /** The stored state, or null when this copy holds nothing readable. */
  read(): Promise<AdminLockState | null>;
  /** Stores the state; false when the storage refused (full, blocked, gone). */
  write(state: AdminLockState): Promise<boolean>;
}

export const ADMIN_LOCK_KEY = 'biotech.adminLock.v1';
export const ADMIN_LOCK_DATABASE = 'biotech-admin-lock';
const LOCK_OBJECT_STORE = 'lock';
const LOCK_RECORD_KEY = 'state';
/** A database that does not open in this time (a blocked upgrade, a browser bug) counts as unavailable. */
const OPEN_TIMEOUT_MS = 3000;

function parseStored(value: unknown): AdminLockState | null {
  return typeof value === 'object' && value !== null ? parseAdminLock(value) : null;
}

export function localStorageLockCopy(storage: Storage): AdminLockCopy {
  return {
    read: async () => {
      try {
        return parseStored(JSON.parse(storage.getItem(ADMIN_LOCK_KEY) ?? 'null'));
      } catch {
        return null;
      }
    },
    write: async (state) => {
      try {
        storage.setItem(ADMIN_LOCK_KEY, JSON.stringify(state));
        return true;
      } catch {
        return false;
      }
    },
  };
}

function openLockDatabase(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (database: IDBDatabase | null) => {
      if (settled) {
        database?.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(database);
    };
    const timer = setTimeout(() => settle(null), OPEN_TIMEOUT_MS);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(ADMIN_LOCK_DATABASE, 1);
    } catch {
      settle(null);
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(LOCK_OBJECT_STORE)) request.result.createObjectStore(LOCK_OBJECT_STORE);
    };
    request.onsuccess = () => settle(request.result);
    request.onerror = () => settle(null);
    request.onblocked = () => settle(null);
  });
}

/** The IndexedDB copy; each call opens and closes the database, so another tab or a deletion never finds it held. */
export function indexedDbLockCopy(factory: IDBFactory): AdminLockCopy {
  return {
    read: async () => {
      const database = await openLockDatabase(factory);
      if (!database) return null;
      try {
        return await new Promise<AdminLockState | null>((resolve) => {
          const request = database.transaction(LOCK_OBJECT_STORE, 'readonly').objectStore(LOCK_OBJECT_STORE).get(LOCK_RECORD_KEY);
          request.onsuccess = () => resolve(parseStored(request.result));
          request.onerror = () => resolve(null);
        });
      } catch {
        return null;
      } finally {
        database.close();
      }
    },
    write: async (state) => {
      const database = await openLockDatabase(factory);
      if (!database) return false;
      try {
        return await new Promise<boolean>((resolve) => {
          // Strict durability, as for the event store: a lock reported as kept has reached the disk.
          const transaction = database.transaction(LOCK_OBJECT_STORE, 'readwrite', { durability: 'strict' });
          transaction.objectStore(LOCK_OBJECT_STORE).put({ failures: state.failures, lockedUntil: state.lockedUntil }, LOCK_RECORD_KEY);
          transaction.oncomplete = () => resolve(true);
          transaction.onerror = () => resolve(false);
          transaction.onabort = () => resolve(false);
        });
      } catch {
        return false;
      } finally {
        database.close();
      }
    },
  };
}

/** The page's IndexedDB, or null where there is none (Node, a browser that blocks it). */
export function pageIndexedDb(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    return null;
  }
}
