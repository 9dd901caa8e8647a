// Keeps the device's pack shelf (packShelf.ts) in a small IndexedDB database of its own, apart from the engagement
// log: one record, written whole, so a reload finds the packs exactly as they were. Reading a record that is not a
// shelf gives the empty shelf (the built-in pack) and says so; the caller shows the problem to staff.

import { EMPTY_SHELF, type PackShelf } from './packShelf';

export const CONTENT_DATABASE_NAME = 'biotech-content';
const STORE = 'shelf';
const KEY = 'packs';

export interface PackStorage {
  read(): Promise<{ shelf: PackShelf; damaged: boolean }>;
  write(shelf: PackShelf): Promise<void>;
}

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => resolve(call.result);
    call.onerror = () => reject(call.error ?? new Error('IndexedDB request failed'));
  });
}

function looksLikeShelf(value: unknown): value is PackShelf {
  if (typeof value !== 'object' || value === null) return false;
  const shelf = value as Record<string, unknown>;
  const pack = (entry: unknown) => entry === null || (typeof entry === 'object' && entry !== null && 'signed' in entry && 'origin' in entry);
  return pack(shelf.current) && pack(shelf.previous) && pack(shelf.waiting) && typeof shelf.declinedVersion === 'number';
}

/** Opens the database; rejects where IndexedDB is missing or refused (private windows, a broken profile). */
export async function openPackStorage(factory: IDBFactory | undefined = globalThis.indexedDB, name = CONTENT_DATABASE_NAME): Promise<PackStorage> {
  if (factory === undefined) throw new Error('IndexedDB is not available');
  const opening = factory.open(name, 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(STORE)) opening.result.createObjectStore(STORE);
  };
  const db = await request(opening);
  return {
    async read() {
      const value: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY));
      if (value === undefined) return { shelf: EMPTY_SHELF, damaged: false };
      return looksLikeShelf(value) ? { shelf: { ...EMPTY_SHELF, ...value }, damaged: false } : { shelf: EMPTY_SHELF, damaged: true };
    },
    async write(shelf) {
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      transaction.objectStore(STORE).put(shelf, KEY);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}
