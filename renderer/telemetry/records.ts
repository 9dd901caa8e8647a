// How an engagement event is kept on the device: the event itself plus its delivery state and the few indexed
// fields the store and the statistics query by. Also the check that tells a sound record from a corrupt one.

import { engagementEventSchema, type EngagementEvent, type EventType } from '../../common/events';

/** Delivery state: pending -> sent -> acknowledged (the sync client drives the last two). */
export const EventState = {
  pending: 0,
  sent: 1,
  acknowledged: 2,
  /** A record that failed validation when read: kept aside (never deleted), never synced or exported. */
  quarantined: 3,
} as const;
export type EventState = (typeof EventState)[keyof typeof EventState];

export interface NewEventRecord {
  readonly eventId: string;
  readonly state: typeof EventState.pending;
  readonly type: EventType;
  /** Epoch milliseconds when the event happened (indexed with `type` for the admin statistics). */
  readonly recordedAt: number;
  readonly event: EngagementEvent;
}

export interface StoredEventRecord {
  /** Insertion order, assigned by the store. */
  readonly seq: number;
  readonly eventId: string;
  readonly state: EventState;
  readonly type: EventType;
  readonly recordedAt: number;
  /** Epoch milliseconds of the collector's acknowledgement; only acknowledged records have it. */
  readonly ackedAt?: number;
  readonly event: EngagementEvent;
}

export function newEventRecord(event: EngagementEvent, recordedAt: number): NewEventRecord {
  return { eventId: event.eventId, state: EventState.pending, type: event.type, recordedAt, event };
}

const STATES: readonly number[] = Object.values(EventState);

/**
 * Returns the record when everything in it is sound, or null when it is corrupt: wrong shape, unknown state, or an
 * event that no longer passes the catalogue (a damaged disk, a manual edit, an old build writing garbage).
 */
export function parseStoredRecord(value: unknown): StoredEventRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Partial<Record<keyof StoredEventRecord, unknown>>;
  if (typeof record.seq !== 'number' || !Number.isInteger(record.seq)) return null;
  if (typeof record.state !== 'number' || !STATES.includes(record.state)) return null;
  if (record.state === EventState.quarantined) return null;
  if (typeof record.recordedAt !== 'number' || !Number.isFinite(record.recordedAt)) return null;
  if (record.ackedAt !== undefined && typeof record.ackedAt !== 'number') return null;
  const parsed = engagementEventSchema.safeParse(record.event);
  if (!parsed.success) return null;
  if (record.eventId !== parsed.data.eventId || record.type !== parsed.data.type) return null;
  return value as StoredEventRecord;
}

/** The primary key of a record whatever else is wrong with it, or null when even that is missing. */
export function seqOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const seq = (value as { seq?: unknown }).seq;
  return typeof seq === 'number' ? seq : null;
}
