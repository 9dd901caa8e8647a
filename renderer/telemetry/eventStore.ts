// The storage contract behind the telemetry object, so the same logic runs on IndexedDB (normal case) and in
// memory (IndexedDB unavailable, e.g. a private browser window). Each method is one atomic step.

import type { EventType } from '../../common/events';
import type { RecoveryTotals } from './journalRecovery';
import type { EventState, NewEventRecord, StoredEventRecord } from './records';

export interface StateCounts {
  readonly pending: number;
  readonly sent: number;
  readonly acknowledged: number;
  /** Records found corrupt and set aside. */
  readonly quarantined: number;
}

export interface AppendOutcome {
  /** The first `recorded` records of the batch are stored durably, in order. */
  readonly recorded: number;
  /** The rest were over the cap and were added to the persistent "not recorded" counter. */
  readonly notRecorded: number;
}

export interface ScanFilter {
  /** Only these types, visited type by type (all records in insertion order when absent). */
  readonly types?: readonly EventType[];
}

export interface EventStore {
  readonly kind: 'indexeddb' | 'memory';
  /** The installation id, created and stored the first time it is asked for. */
  installationId(create: () => string): Promise<string>;
  /** The stored installation id, or null when there is none (a new store, or one that was discarded). */
  storedInstallationId(): Promise<string | null>;
  /**
   * After the store was found discarded: puts the records not already present (by eventId) back as pending, in one
   * transaction, whatever the cap (they were recorded before); returns how many were added.
   */
  restore(records: readonly NewEventRecord[]): Promise<number>;
  /** Ends a recovery: stores the restored installation id and the recovery totals in one transaction. */
  markRecovered(installationId: string, totals: RecoveryTotals): Promise<void>;
  recoveryTotals(): Promise<RecoveryTotals>;
  /** The delivery state of each of these events still in the store (absent ones are left out). */
  statesOf(eventIds: readonly string[]): Promise<Map<string, EventState>>;
  /**
   * Stores the records in one durable transaction, in order, as long as fewer than `cap` events are waiting to be
   * acknowledged; the records past the cap only increase the "not recorded" counter (in the same transaction).
   */
  append(records: readonly NewEventRecord[], cap: number): Promise<AppendOutcome>;
  /**
   * Marks the oldest pending records as sent and returns them, in order, at most `limit`. Records that `isSound`
   * rejects are quarantined instead, in the same transaction.
   */
  takePending(limit: number, isSound: (value: unknown) => StoredEventRecord | null): Promise<StoredEventRecord[]>;
  /** Marks pending or sent records acknowledged at `at`; returns how many changed. */
  acknowledge(eventIds: readonly string[], at: number): Promise<number>;
  /** Puts sent records back to pending; returns how many changed. */
  release(eventIds: readonly string[]): Promise<number>;
  /** Puts every sent record back to pending (after a restart nothing can be in flight); returns how many. */
  releaseAllSent(): Promise<number>;
  /** Deletes acknowledged records acknowledged before `before`; returns how many. Pending ones are never touched. */
  purgeAcknowledgedBefore(before: number): Promise<number>;
  counts(): Promise<StateCounts>;
  notRecorded(): Promise<number>;
  /** Visits raw records (possibly corrupt) page by page, each page in its own short transaction. */
  scan(filter: ScanFilter, visit: (value: unknown) => void): Promise<void>;
  /** Sets the given records aside as corrupt (kept, never synced or exported). */
  quarantine(seqs: readonly number[]): Promise<void>;
  close(): void;
}
