// The ingest contract, as a pure function: a request body becomes rows to store or the first problem with it.
// All or nothing: one invalid event rejects the whole batch (400 naming its index and field), because the client
// validated every event with this same catalogue before storing it, so an invalid event means a version mismatch
// or a bug; refusing the batch keeps the events on the device until a fixed collector accepts them, instead of
// acknowledging (and so losing) them.

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

export type BatchResult = { readonly rows: StoredEventRow[] } | { readonly problem: BatchProblem };

const BATCH_SHAPE = '{"sentAt": "<device local time>", "events": [ ... ]}';
const sentAtSchema = eventEnvelopeSchema.shape.occurredAt;

function invalidBatch(message: string, field?: string): { problem: BatchProblem } {
  return { problem: { status: 400, error: 'invalid-batch', message, ...(field === undefined ? {} : { field }) } };
}

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? '(event)' : issue.path.map(String).join('.');
  return { field, message: issue?.message ?? 'is invalid' };
}

/**
 * Validates a batch received at `receivedAt` (server epoch ms) and derives each event's corrected time:
 * derivedAt = receivedAt - (sentAt - occurredAt), never later than receivedAt.
 */
export function parseBatch(body: unknown, receivedAt: number): BatchResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidBatch(`the body must be one JSON object ${BATCH_SHAPE}`);
  }
  const batch = body as Record<string, unknown>;
  const unknownKey = Object.keys(batch).find((key) => key !== 'sentAt' && key !== 'events');
  if (unknownKey !== undefined) return invalidBatch(`unknown field "${unknownKey.slice(0, 40)}": a batch is ${BATCH_SHAPE}`, unknownKey.slice(0, 40));
  const sentAt = sentAtSchema.safeParse(batch.sentAt);
  if (!sentAt.success) return invalidBatch(`sentAt ${firstIssue(sentAt.error).message}`, 'sentAt');
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
    const event = parsed.data;
    const occurredAtMs = Date.parse(event.occurredAt);
    rows.push(storedRow(event, sentAt.data, receivedAt, Math.min(receivedAt, receivedAt - (sentAtMs - occurredAtMs))));
  }
  return { rows };
}
