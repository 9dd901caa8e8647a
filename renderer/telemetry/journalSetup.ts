// Start-up of the engagement log's second copy: opens the journal (when the store is IndexedDB and the host has
// OPFS), settles the installation id against the journal and localStorage, restores the events of a discarded
// IndexedDB store from the journal, and starts this run's journal segment.

import { describeError } from './errors';
import type { EventStore } from './eventStore';
import { Journal, type JournalContents } from './journal';
import type { JournalBackendFactory } from './journalBackend';
import { decideInstallation, journaledEvents, largerTotals, restoreBatches, type RecoveryTotals } from './journalRecovery';
import { readMirror, writeMirror, type MirrorStorage } from './installationMirror';

/** Events per restore transaction: big enough to restore 100,000 events quickly, small enough to stay responsive. */
export const RESTORE_BATCH = 2000;

export interface JournalSetupOptions {
  readonly store: EventStore;
  readonly databaseName: string;
  /** null: no journal (tests, or a host without OPFS). */
  readonly journal: JournalBackendFactory | null;
  readonly mirror: MirrorStorage | null;
  readonly now: () => number;
  readonly createId: () => string;
  readonly segmentBytes?: number;
}

export interface JournalSetup {
  readonly installationId: string;
  /** The running journal, or null when events are kept in IndexedDB only. */
  readonly journal: Journal | null;
  /** Why there is no journal (or why the mirror could not be written), English for IT; null when all is well. */
  readonly journalError: string | null;
  readonly totals: RecoveryTotals;
  /** Events restored by this start-up (0 when IndexedDB was intact). */
  readonly restoredNow: number;
  /** Damaged lines found in the middle of journal segments while restoring. */
  readonly corruptLines: number;
}

export function journalFolder(databaseName: string): string {
  return `engagement-journal-${databaseName}`;
}

async function openJournal(options: JournalSetupOptions): Promise<{ journal: Journal | null; error: string | null }> {
  if (options.store.kind !== 'indexeddb') return { journal: null, error: null };
  if (options.journal === null) return { journal: null, error: 'no journal: this host has no Origin Private File System' };
  try {
    const backend = await options.journal(journalFolder(options.databaseName));
    const journal = new Journal(backend, { now: options.now, ...(options.segmentBytes === undefined ? {} : { segmentBytes: options.segmentBytes }) });
    return { journal, error: null };
  } catch (error) {
    return { journal: null, error: `no journal: ${describeError(error)}` };
  }
}

/**
 * Throws only when the store itself fails (the caller then falls back to memory). Journal failures leave the log
 * running on IndexedDB alone, with the reason in journalError.
 */
export async function setUpJournal(options: JournalSetupOptions): Promise<JournalSetup> {
  const { store } = options;
  const stored = await store.storedInstallationId();
  const storedTotals = await store.recoveryTotals();
  // In memory nothing survives anyway: the mirror is for noticing a discarded IndexedDB store, not this fallback.
  const mirrorStorage = store.kind === 'indexeddb' ? options.mirror : null;
  let { journal, error: journalError } = await openJournal(options);
  let known: string | null = null;
  if (journal !== null) {
    try {
      known = await journal.knownInstallationId();
    } catch (error) {
      await journal.close().catch(() => undefined);
      journal = null;
      journalError = `no journal: ${describeError(error)}`;
    }
  }
  const mirror = readMirror(mirrorStorage, options.databaseName);
  const decision = decideInstallation(stored, known, mirror.installationId);
  let totals = largerTotals(storedTotals, mirror);
  let restoredNow = 0;
  let corruptLines = 0;
  let installationId: string;

  try {
    if (decision.kind === 'wiped') {
      installationId = decision.installationId;
      let contents: JournalContents | null = null;
      let postponed = false;
      if (journal !== null) {
        try {
          contents = await journal.readAll();
        } catch (error) {
          // Without the journal's events the recovery is not finished: IndexedDB is left without the id, so the
          // next start-up sees the loss again and retries; meanwhile this run records on IndexedDB alone.
          await journal.close().catch(() => undefined);
          journal = null;
          journalError = `journal unreadable, recovery postponed: ${describeError(error)}`;
          postponed = true;
        }
      }
      if (contents !== null) {
        for (const { contents: segment } of contents.segments) corruptLines += segment.corruptLines;
        for (const batch of restoreBatches(journaledEvents(contents), RESTORE_BATCH)) restoredNow += await store.restore(batch);
      }
      if (!postponed) {
        totals = { storeRecoveries: totals.storeRecoveries + 1, recoveredEvents: totals.recoveredEvents + restoredNow };
        await store.markRecovered(installationId, totals);
      }
    } else if (decision.kind === 'fresh') {
      installationId = await store.installationId(options.createId);
    } else installationId = decision.installationId;
  } catch (error) {
    await journal?.close().catch(() => undefined);
    throw error;
  }

  if (journal !== null) {
    try {
      await journal.start(installationId);
    } catch (error) {
      await journal.close().catch(() => undefined);
      journal = null;
      journalError = `no journal: ${describeError(error)}`;
    }
  }
  const mirrorError = writeMirror(mirrorStorage, options.databaseName, { installationId, ...totals });
  if (mirrorError !== null) journalError ??= `installation id not mirrored in localStorage: ${mirrorError}`;
  return { installationId, journal, journalError, totals, restoredNow, corruptLines };
}
