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
}

export type TelemetryWarning =
  | 'storage-unavailable'
  | 'cap-reached'
  | 'near-cap'
  | 'quota-exceeded'
  | 'write-failed'
  | 'corrupt-records';

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
  return warnings;
}
