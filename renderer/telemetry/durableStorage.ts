// Opens where events are kept: IndexedDB with the journal beside it (the second copy, in OPFS where the host has
// it), or, when IndexedDB cannot be opened or used, memory only, with the reason kept for the admin panel. Never
// fails because of storage.

import { uuidV4 } from '../../common/uuid/uuid';
import { describeError } from './errors';
import type { EventStore } from './eventStore';
import { DEFAULT_DATABASE_NAME, IndexedDbEventStore } from './indexedDbStore';
import { defaultMirrorStorage, type MirrorStorage } from './installationMirror';
import type { JournalBackendFactory } from './journalBackend';
import { setUpJournal, type JournalSetup } from './journalSetup';
import { MemoryEventStore } from './memoryStore';
import { opfsAvailable } from './opfsAvailable';
import type { TelemetryClock, TelemetryOptions } from './telemetryOptions';

export interface DurableStorage {
  readonly store: EventStore;
  /** Why IndexedDB is not used (English, for IT), or null. */
  readonly storageError: string | null;
  readonly setup: JournalSetup;
  /** Where the installation id is mirrored (localStorage by default), or null for nowhere. */
  readonly mirror: MirrorStorage | null;
}

/** The OPFS backend (and its worker) load only where OPFS exists, so Node never evaluates them. */
const openOpfsJournalLazily: JournalBackendFactory = async (folder) => (await import('./opfsJournalBackend')).openOpfsJournal(folder);

async function openStore(options: TelemetryOptions): Promise<{ store: EventStore; storageError: string | null }> {
  try {
    return { store: await IndexedDbEventStore.open(options.databaseName ?? DEFAULT_DATABASE_NAME, options.indexedDB), storageError: null };
  } catch (error) {
    return { store: new MemoryEventStore(), storageError: describeError(error) };
  }
}

export async function openDurableStorage(options: TelemetryOptions, clock: TelemetryClock): Promise<DurableStorage> {
  let { store, storageError } = await openStore(options);
  const journalOptions = {
    databaseName: options.databaseName ?? DEFAULT_DATABASE_NAME,
    journal: options.journal === undefined ? (opfsAvailable() ? openOpfsJournalLazily : null) : options.journal,
    mirror: options.installationMirror === undefined ? defaultMirrorStorage() : options.installationMirror,
    now: () => clock.now(),
    createId: uuidV4,
    ...(options.journalSegmentBytes === undefined ? {} : { segmentBytes: options.journalSegmentBytes }),
  };
  let setup: JournalSetup;
  try {
    setup = await setUpJournal({ ...journalOptions, store });
  } catch (error) {
    // The database opened but cannot be used (a broken profile): carry on in memory.
    store.close();
    store = new MemoryEventStore();
    storageError = describeError(error);
    setup = await setUpJournal({ ...journalOptions, store });
  }
  return { store, storageError, setup, mirror: journalOptions.mirror };
}
