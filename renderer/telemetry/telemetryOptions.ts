// What openTelemetry() is given (the app's context, limits, clock, storage choices) and their checked values with
// defaults. A wrong context or limit is a programming error and throws at once, before anything is opened.

import { eventEnvelopeSchema, formatLocalTimestamp } from '../../common/events';
import type { Mode } from '../../common/config/deviceConfig';
import type { HostKind } from '../../common/host/hostApi';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import type { IndexedDbApi } from './indexedDbStore';
import type { JournalBackendFactory } from './journalBackend';
import type { MirrorStorage } from './installationMirror';
import { systemClock, type TelemetryClock } from './telemetryClock';

export type { TelemetryClock } from './telemetryClock';

export interface TelemetryContext {
  readonly appVersion: string;
  readonly mode: Mode;
  /** The device config's siteLabel (staff-set, never visitor text). */
  readonly siteLabel: string;
  readonly hostKind: HostKind;
}

export interface TelemetryOptions {
  readonly context: TelemetryContext;
  /** Default 'biotech-engagement-log'; tests and benchmarks use their own. */
  readonly databaseName?: string;
  /** Events waiting for acknowledgement (pending + sent) beyond which new events are only counted. Default 1,000,000. */
  readonly pendingCap?: number;
  /** Days an acknowledged event is kept before it is purged. Default 30. */
  readonly retentionDays?: number;
  /** Events per write transaction. Default 500 (keeps each commit's main-thread work short; see bench/eventlog). */
  readonly maxBatch?: number;
  /** How often expired acknowledged events are purged while the app runs. Default one hour. */
  readonly purgeIntervalMs?: number;
  /** Put events left "sent" by a previous run back to pending on open. Default true. */
  readonly releaseSentOnOpen?: boolean;
  readonly clock?: TelemetryClock;
  /** Another IndexedDB implementation (tests); the global one by default. */
  readonly indexedDB?: IndexedDbApi;
  /**
   * Where the journal (the second durable copy, outside IndexedDB) is kept: OPFS through a worker by default where the
   * host has it; an in-memory backend in unit tests; null for none.
   */
  readonly journal?: JournalBackendFactory | null;
  /** The journal segment size at which a new segment is started (default 8 MiB). */
  readonly journalSegmentBytes?: number;
  /** Where the installation id is mirrored (localStorage by default; null for nowhere). */
  readonly installationMirror?: MirrorStorage | null;
}

/** The limits and clock openTelemetry() runs with, checked and with their defaults filled in. */
export interface TelemetryLimits {
  readonly pendingCap: number;
  readonly retentionMs: number;
  readonly maxBatch: number;
  readonly purgeIntervalMs: number;
  readonly clock: TelemetryClock;
}

const DEFAULT_PENDING_CAP = 1_000_000;
const DEFAULT_RETENTION_DAYS = 30;
const DEFAULT_MAX_BATCH = 500;
const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Throws when the context would make every event's envelope invalid (found now, not at the first event). */
function checkContext(context: TelemetryContext): void {
  const probe = {
    eventId: uuidV7(),
    installationId: uuidV4(),
    sessionId: uuidV4(),
    appVersion: context.appVersion,
    mode: context.mode,
    siteLabel: context.siteLabel,
    occurredAt: formatLocalTimestamp(new Date()),
  };
  const result = eventEnvelopeSchema.safeParse(probe);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`openTelemetry: invalid context: ${details}`);
  }
  if (context.hostKind !== 'electron' && context.hostKind !== 'web') {
    throw new Error(`openTelemetry: invalid context: hostKind must be 'electron' or 'web'`);
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`openTelemetry: ${name} must be a positive number`);
  return value;
}

export function checkTelemetryOptions(options: TelemetryOptions): TelemetryLimits {
  checkContext(options.context);
  return {
    pendingCap: Math.floor(positive('pendingCap', options.pendingCap, DEFAULT_PENDING_CAP)),
    retentionMs: positive('retentionDays', options.retentionDays, DEFAULT_RETENTION_DAYS) * DAY_MS,
    maxBatch: Math.floor(positive('maxBatch', options.maxBatch, DEFAULT_MAX_BATCH)),
    purgeIntervalMs: positive('purgeIntervalMs', options.purgeIntervalMs, DEFAULT_PURGE_INTERVAL_MS),
    clock: options.clock ?? systemClock,
  };
}
