// The third copy of the installation id (and of the recovery totals), in localStorage: small, synchronous, kept by
// Chromium apart from IndexedDB, so it survives when the IndexedDB store is discarded. Used only to notice such a
// loss and to restore the id; never holds events.

import type { RecoveryTotals } from './journalRecovery';

export interface MirrorStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface MirrorContents extends RecoveryTotals {
  readonly installationId: string | null;
}

const EMPTY: MirrorContents = { installationId: null, storeRecoveries: 0, recoveredEvents: 0 };

export function mirrorKey(databaseName: string): string {
  return `biotech-engagement-log:${databaseName}`;
}

/** The page's localStorage, or null where there is none or it is blocked (Node, some privacy settings). */
export function defaultMirrorStorage(): MirrorStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

export function readMirror(storage: MirrorStorage | null, databaseName: string): MirrorContents {
  if (storage === null) return EMPTY;
  try {
    const raw = storage.getItem(mirrorKey(databaseName));
    if (raw === null) return EMPTY;
    const value = JSON.parse(raw) as Partial<Record<keyof MirrorContents, unknown>>;
    return {
      installationId: typeof value.installationId === 'string' && value.installationId !== '' ? value.installationId : null,
      storeRecoveries: count(value.storeRecoveries),
      recoveredEvents: count(value.recoveredEvents),
    };
  } catch {
    return EMPTY; // unreadable: the journal and IndexedDB still decide
  }
}

/** Writes the mirror; returns the error text when localStorage refused (full, blocked), else null. */
export function writeMirror(storage: MirrorStorage | null, databaseName: string, contents: MirrorContents): string | null {
  if (storage === null) return null;
  try {
    storage.setItem(mirrorKey(databaseName), JSON.stringify(contents));
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}
