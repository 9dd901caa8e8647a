// What went wrong with the engagement log on this device, for the admin panel: counted, never thrown at visitors.

export interface TelemetryProblems {
  /** Where events are kept: 'memory' means IndexedDB could not be opened and events are lost when the app closes. */
  readonly storage: 'indexeddb' | 'memory';
  /** Why IndexedDB could not be used (English, for IT), or null. */
  readonly storageError: string | null;
  /** Write transactions refused because the disk quota is exhausted (this run). */
  readonly quotaErrors: number;
  /** Write transactions that failed for another reason (this run). */
  readonly writeErrors: number;
  /** Events lost to those failed transactions (this run). */
  readonly eventsNotStored: number;
  /** track() calls refused because the payload did not match the catalogue or came outside a session (this run). */
  readonly invalidEvents: number;
  /**
   * Where the second durable copy of every event is kept: 'opfs' (the journal in the Origin Private File System), or
   * 'none' (this host has no OPFS, or it failed: IndexedDB alone, which a browser crash can discard).
   */
  readonly journal: 'opfs' | 'none';
  /** Why there is no journal, or the last journal failure (English, for IT), or null. */
  readonly journalError: string | null;
  /** Journal appends that failed for a reason other than the quota (quota failures count in quotaErrors) (this run). */
  readonly journalErrors: number;
  /** Events recorded in IndexedDB only, because their journal append failed (this run). */
  readonly eventsNotJournaled: number;
  /** Damaged lines found inside journal segments (not the torn end of a killed append) (this run). */
  readonly journalCorruptLines: number;
  /** Times the IndexedDB store was found discarded (e.g. by the browser after a crash) and restored (since installation). */
  readonly storeRecoveries: number;
  /** Events put back from the journal by those recoveries (since installation). */
  readonly recoveredEvents: number;
}

export type TelemetryWarning =
  | 'storage-unavailable'
  | 'cap-reached'
  | 'near-cap'
  | 'quota-exceeded'
  | 'write-failed'
  | 'corrupt-records'
  /** The browser discarded the IndexedDB store at least once; the events were restored from the journal. */
  | 'store-recovered'
  /** The journal (the second copy) failed or is damaged: some events are kept in IndexedDB only. */
  | 'journal-failed';

/** Share of the pending cap from which the admin is warned before events start going unrecorded. */
export const NEAR_CAP_SHARE = 0.9;

export function telemetryWarnings(input: {
  readonly problems: TelemetryProblems;
  readonly unacknowledged: number;
  readonly pendingCap: number;
  readonly notRecorded: number;
  readonly corruptRecords: number;
}): TelemetryWarning[] {
  const warnings: TelemetryWarning[] = [];
  if (input.problems.storage === 'memory') warnings.push('storage-unavailable');
  if (input.notRecorded > 0) warnings.push('cap-reached');
  else if (input.unacknowledged >= input.pendingCap * NEAR_CAP_SHARE) warnings.push('near-cap');
  if (input.problems.quotaErrors > 0) warnings.push('quota-exceeded');
  if (input.problems.writeErrors > 0) warnings.push('write-failed');
  if (input.corruptRecords > 0) warnings.push('corrupt-records');
  if (input.problems.storeRecoveries > 0) warnings.push('store-recovered');
  const { journalErrors, eventsNotJournaled, journalCorruptLines } = input.problems;
  if (journalErrors > 0 || eventsNotJournaled > 0 || journalCorruptLines > 0) warnings.push('journal-failed');
  return warnings;
}
