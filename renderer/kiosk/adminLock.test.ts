// Protects the web host's admin PIN lockout: it grows with failures and survives a reload, it is kept both in
// localStorage and in IndexedDB so that removing one of them (the key, or the database) does not lift a lock, and a
// storage that refuses writes or holds damaged data never undoes one.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FIRST_LOCK_MS, FREE_PIN_TRIES, isLocked, UNLOCKED, type AdminLockState } from '../../common/kiosk/adminLock';
import { indexedDbLockCopy, localStorageLockCopy } from './adminLockCopies';
import { ADMIN_LOCK_DATABASE, ADMIN_LOCK_KEY, createWebAdminLockStore, webAdminLockCopies } from './adminLock';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
  });
}

async function failFiveTimes(store: ReturnType<typeof createWebAdminLockStore>): Promise<AdminLockState> {
  let state = UNLOCKED;
  for (let i = 0; i < FREE_PIN_TRIES; i++) state = await store.record('failure');
  return state;
}

describe('admin lock on the web host', () => {
  it('locks after five failures, longer after each further one, and survives a reload', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const factory = new IDBFactory();
    let now = 1000;
    const store = createWebAdminLockStore(webAdminLockCopies(storage, factory), () => now);
    for (let i = 0; i < FREE_PIN_TRIES - 1; i++) expect(isLocked(await store.record('failure'), now)).toBe(false);
    const first = await store.record('failure');
    expect(first.lockedUntil - now).toBe(FIRST_LOCK_MS);
    const reloaded = createWebAdminLockStore(webAdminLockCopies(storage, factory), () => now);
    expect(isLocked(await reloaded.read(), now + FIRST_LOCK_MS - 1)).toBe(true);
    now = first.lockedUntil;
    const second = await reloaded.record('failure');
    expect(second.lockedUntil - now).toBe(2 * FIRST_LOCK_MS);
    expect(await reloaded.record('success')).toEqual(UNLOCKED);
    expect(await createWebAdminLockStore(webAdminLockCopies(storage, factory), () => now).read()).toEqual(UNLOCKED);
  });

  it('keeps the lock in IndexedDB too, so removing the localStorage key does not lift it, and puts the key back', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const factory = new IDBFactory();
    const locked = await failFiveTimes(createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0));
    expect(await indexedDbLockCopy(factory).read()).toEqual(locked);

    storage.removeItem(ADMIN_LOCK_KEY);
    const afterReload = createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0);
    expect(await afterReload.read()).toEqual(locked);
    expect(JSON.parse(storage.getItem(ADMIN_LOCK_KEY) ?? 'null')).toEqual(locked);
  });

  it('keeps the lock in localStorage too, so deleting the IndexedDB database does not lift it, and writes it again', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const factory = new IDBFactory();
    const locked = await failFiveTimes(createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0));

    await deleteDatabase(factory, ADMIN_LOCK_DATABASE);
    expect(await indexedDbLockCopy(factory).read()).toBeNull();
    expect(await createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0).read()).toEqual(locked);
    expect(await indexedDbLockCopy(factory).read()).toEqual(locked);
  });

  it('takes the stricter copy when one was edited to fewer failures', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const factory = new IDBFactory();
    const locked = await failFiveTimes(createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0));
    storage.setItem(ADMIN_LOCK_KEY, JSON.stringify(UNLOCKED));
    const state = await createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0).read();
    expect(state).toEqual(locked);
    expect(isLocked(state, 0)).toBe(true);
  });

  it('treats damaged storage as no copy, and a storage that refuses writes cannot undo a lock', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem(ADMIN_LOCK_KEY, '{oops');
    expect(await localStorageLockCopy(storage).read()).toBeNull();
    expect(await createWebAdminLockStore(webAdminLockCopies(storage, null), () => 0).read()).toEqual(UNLOCKED);

    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    } as unknown as Storage;
    const store = createWebAdminLockStore(webAdminLockCopies(refusing, null), () => 0);
    await failFiveTimes(store);
    expect(isLocked(await store.read(), 0)).toBe(true);
    expect(isLocked(await store.record('failure'), 0)).toBe(true);
  });

  it('applies two wrong PINs entered at once one after the other', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const factory = new IDBFactory();
    const store = createWebAdminLockStore(webAdminLockCopies(storage, factory), () => 0);
    const [a, b] = await Promise.all([store.record('failure'), store.record('failure')]);
    expect([a.failures, b.failures]).toEqual([1, 2]);
    expect((await indexedDbLockCopy(factory).read())?.failures).toBe(2);
  });
});
