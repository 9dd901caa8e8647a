// Counts what went wrong with the engagement log during this run (refused writes, journal failures, invalid
// events) and reports it with the storage state as TelemetryProblems for the admin panel. Counted, never thrown.

import { describeError, isQuotaError } from './errors';
import type { DurableStorage } from './durableStorage';
import type { TelemetryProblems } from './problems';

export class ProblemCounters {
  quotaErrors = 0;
  writeErrors = 0;
  eventsNotStored = 0;
  invalidEvents = 0;
  journalErrors = 0;
  eventsNotJournaled = 0;
  journalCorruptLines: number;
  private journalError: string | null;

  constructor(private readonly storage: DurableStorage) {
    this.journalCorruptLines = storage.setup.corruptLines;
    this.journalError = storage.setup.journalError;
  }

  /** A journal append or drop failed: the event stays in IndexedDB, one copy fewer. */
  journalFailed(cause: unknown): void {
    if (isQuotaError(cause)) this.quotaErrors += 1;
    else this.journalErrors += 1;
    this.journalError = `journal write failed: ${describeError(cause)}`;
  }

  journalCleanUpFailed(cause: unknown): void {
    this.journalErrors += 1;
    this.journalError = `journal clean-up failed: ${describeError(cause)}`;
  }

  /** An IndexedDB write transaction failed and its events were lost. */
  writeFailed(cause: unknown, events: number): void {
    if (isQuotaError(cause)) this.quotaErrors += 1;
    else this.writeErrors += 1;
    this.eventsNotStored += events;
  }

  problems(): TelemetryProblems {
    const { store, storageError, setup } = this.storage;
    return {
      storage: store.kind,
      storageError,
      quotaErrors: this.quotaErrors,
      writeErrors: this.writeErrors,
      eventsNotStored: this.eventsNotStored,
      invalidEvents: this.invalidEvents,
      journalErrors: this.journalErrors,
      eventsNotJournaled: this.eventsNotJournaled,
      journalCorruptLines: this.journalCorruptLines,
      journal: setup.journal === null ? 'none' : 'opfs',
      journalError: this.journalError,
      ...setup.totals,
    };
  }
}
