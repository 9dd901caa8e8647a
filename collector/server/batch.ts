// The ingest contract, as a pure function: a request body becomes rows to store or the first problem with it.
// All or nothing for the schema: one invalid event rejects the whole batch (400 naming its index and field), because
// the client validated every event with this same catalogue before storing it, so an invalid event means a version
// mismatch or a bug; refusing the batch keeps the events on the device until a fixed collector accepts them, instead
// of acknowledging (and so losing) them.
// Event by event for time: an event whose time cannot be true (an offset no time zone has, before the app existed,
// or more than a day ahead of the server's clock once the device's skew is corrected) will never become true, so
// keeping it on the device would block its queue forever. It is refused alone: the answer is still 200, names it in
// `rejections` and counts it in `rejected` (accepted + duplicates + rejected = the batch's events), it is never
// stored, and the device's count of rejected events grows for staff (dashboard: devices).
// The site: the event's siteLabel is kept on the wire for compatibility, but the stored event carries the site of
// the device's enrolment record; what the device sent is ignored.

import type { z } from 'zod';
import { engagementEventSchema, eventEnvelopeSchema } from '../../common/events';
import { storedRow, type StoredEventRow } from '../storage/collectorStore';

export const MAX_BATCH_EVENTS = 500;
export const MAX_BODY_BYTES = 512 * 1024;

export interface BatchProblem {
  readonly status: 400 | 413;
  readonly error: 'invalid-batch' | 'invalid-event' | 'batch-too-large';
  readonly message: string;
  /** Index of the first invalid event in `events`. */
  readonly index?: number;
  /** The invalid field (dotted path inside the event or the batch). */
  readonly field?: string;
}

/** Why an event's time cannot be true. */
export type TimeRejection = 'impossible-offset' | 'before-app-existed' | 'ahead-of-server-clock';

export interface EventRejection {
  /** Index of the event in `events`. */
  readonly index: number;
  readonly field: 'occurredAt';
  readonly reason: TimeRejection;
}

export type BatchResult = { readonly rows: StoredEventRow[]; readonly rejections: EventRejection[] } | { readonly problem: BatchProblem };

/** No event of this app can be older: 2026 is the year its first version was written. */
export const APP_EPOCH_MS = Date.parse('2026-01-01T00:00:00Z');
/**
 * How far past the server's clock a skew-corrected time may lie. Only a clock set back between the event and the
 * upload moves it past receivedAt; a day covers any real correction (a time zone fixed, a drifting clock synced).
 */
export const MAX_AHEAD_MS = 24 * 60 * 60_000;

/** A UTC offset some time zone has: -12:00 to +14:00, on whole, half or three-quarter hours. */
export function possibleOffset(timestamp: string): boolean {
  const sign = timestamp.charAt(timestamp.length - 6);
  const hours = Number(timestamp.slice(-5, -3));
  const minutes = Number(timestamp.slice(-2));
  if (minutes !== 0 && minutes !== 30 && minutes !== 45) return false;
  return hours * 60 + minutes <= (sign === '-' ? 12 * 60 : 14 * 60);
}

const BATCH_SHAPE = '{"sentAt": "<device local time>", "events": [ ... ]}';
const sentAtSchema = eventEnvelopeSchema.shape.occurredAt;

function invalidBatch(message: string, field?: string): { problem: BatchProblem } {
  return { problem: { status: 400, error: 'invalid-batch', message, ...(field === undefined ? {} : { field }) } };
}

function firstIssue(error: z.core.$ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? '(event)' : issue.path.map(String).join('.');
  return { field, message: issue?.message ?? 'is invalid' };
}

/**
 * Validates a batch received at `receivedAt` (server epoch ms) and derives each event's corrected time:
 * derivedAt = receivedAt - (sentAt - occurredAt), never later than receivedAt. `siteLabel` is the site of the
 * device's enrolment record, stored with every event (null keeps what the event says: tools and benchmarks only).
 */
export function parseBatch(body: unknown, receivedAt: number, siteLabel: string | null = null): BatchResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidBatch(`the body must be one JSON object ${BATCH_SHAPE}`);
  }
  const batch = body as Record<string, unknown>;
  const unknownKey = Object.keys(batch).find((key) => key !== 'sentAt' && key !== 'events');
  if (unknownKey !== undefined) return invalidBatch(`unknown field "${unknownKey.slice(0, 40)}": a batch is ${BATCH_SHAPE}`, unknownKey.slice(0, 40));
  const sentAt = sentAtSchema.safeParse(batch.sentAt);
  if (!sentAt.success) return invalidBatch(`sentAt ${firstIssue(sentAt.error).message}`, 'sentAt');
  if (!possibleOffset(sentAt.data)) return invalidBatch('sentAt has a UTC offset no time zone has (from -12:00 to +14:00)', 'sentAt');
  const events = batch.events;
  if (!Array.isArray(events)) return invalidBatch(`events must be an array: a batch is ${BATCH_SHAPE}`, 'events');
  if (events.length === 0) return invalidBatch('events must hold at least one event', 'events');
  if (events.length > MAX_BATCH_EVENTS) {
    return {
      problem: {
        status: 413,
        error: 'batch-too-large',
        message: `a batch may hold at most ${MAX_BATCH_EVENTS} events; this one has ${events.length}`,
        field: 'events',
      },
    };
  }
  const sentAtMs = Date.parse(sentAt.data);
  const rows: StoredEventRow[] = [];
  const rejections: EventRejection[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const parsed = engagementEventSchema.safeParse(events[index]);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.error);
      return {
        problem: {
          status: 400,
          error: 'invalid-event',
          message: `event ${index}: ${field} ${message}; nothing of this batch was stored`,
          index,
          field,
        },
      };
    }
    const event = siteLabel === null ? parsed.data : { ...parsed.data, siteLabel };
    const corrected = receivedAt - (sentAtMs - Date.parse(event.occurredAt));
    const reason: TimeRejection | null = !possibleOffset(event.occurredAt)
      ? 'impossible-offset'
      : corrected < APP_EPOCH_MS
        ? 'before-app-existed'
        : corrected > receivedAt + MAX_AHEAD_MS
          ? 'ahead-of-server-clock'
          : null;
    if (reason !== null) rejections.push({ index, field: 'occurredAt', reason });
    else rows.push(storedRow(event, sentAt.data, receivedAt, Math.min(receivedAt, corrected)));
  }
  return { rows, rejections };
}
