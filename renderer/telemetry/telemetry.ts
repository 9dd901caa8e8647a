// The engagement log's front door: openTelemetry() returns the object the app records events through, runs
// visitor sessions, answers the admin panel's statistics and export, and gives the sync client its outbox.
// Events are validated against common/events before anything is stored; the envelope is added here.

import {
  eventEnvelopeSchema,
  eventPayloadSchema,
  formatLocalTimestamp,
  MAX_DURATION_MS,
  type EngagementEvent,
  type EventPayload,
  type SessionEndReason,
} from '../../common/events';
import type { Mode } from '../../common/config/deviceConfig';
import type { HostKind } from '../../common/host/hostApi';
import type { Language } from '../../common/i18n/languages';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import { TelemetryError, describeError, isQuotaError } from './errors';
import type { EventStore } from './eventStore';
import { csvHeader, csvRow, exportFileName, exportMediaType, jsonLine, type ExportFormat } from './exportFormats';
import { saveBlob, type EventExport } from './exportFile';
import { DEFAULT_DATABASE_NAME, IndexedDbEventStore, type IndexedDbApi } from './indexedDbStore';
import { MemoryEventStore } from './memoryStore';
import { telemetryWarnings, type TelemetryProblems } from './problems';
import { newEventRecord, parseStoredRecord, seqOf, type NewEventRecord } from './records';
import { ActivityCounter, STATISTICS_EVENT_TYPES, type LocalStatistics } from './statistics';
import { SyncOutbox } from './syncOutbox';
import { WriteQueue, type QueuedWrite } from './writeQueue';
import type { AppendOutcome } from './eventStore';
import type { JournalBackendFactory } from './journalBackend';
import { defaultMirrorStorage, type MirrorStorage } from './installationMirror';
import { eventInstallationId } from './eventInstallationId';
import { setUpJournal, type JournalSetup } from './journalSetup';
import { opfsAvailable } from './opfsAvailable';

export interface TelemetryContext {
  readonly appVersion: string;
  readonly mode: Mode;
  /** The device config's siteLabel (staff-set, never visitor text). */
  readonly siteLabel: string;
  readonly hostKind: HostKind;
}

export interface TelemetryClock {
  /** Wall-clock epoch milliseconds (timestamps). */
  now(): number;
  /** Monotonic milliseconds (durations, immune to clock changes). */
  monotonic(): number;
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

/** Payloads app code records through track(); session start and end go through the session API. */
export type TrackedPayload = Exclude<EventPayload, { type: 'session-started' | 'session-ended' }>;

export interface Telemetry {
  readonly context: TelemetryContext;
  readonly options: TelemetryOptions;
  readonly installationId: string;
  /** The current visitor session's id, or null between sessions. */
  readonly sessionId: string | null;
  /**
   * Validates, adds the envelope and appends. Resolves with the stored event once its transaction has committed
   * durably (in memory only when problems().storage is 'memory'); rejects with a TelemetryError otherwise.
   */
  track(payload: TrackedPayload): Promise<EngagementEvent>;
  /** track() for code that does not wait: failures are counted in problems() and never thrown. */
  record(payload: TrackedPayload): void;
  /** Starts a new visitor session with a fresh random id (ending any open one as 'explicit'). */
  startSession(language: Language): Promise<EngagementEvent>;
  /** Ends the visitor session; afterwards nothing can be linked to it. Resolves null when none was open. */
  endSession(reason: SessionEndReason): Promise<EngagementEvent | null>;
  stats(): Promise<LocalStatistics>;
  problems(): TelemetryProblems;
  exportEvents(format: ExportFormat): Promise<EventExport>;
  /** exportEvents() and then the browser's download of the file. */
  downloadEvents(format: ExportFormat): Promise<EventExport>;
  /** Deletes acknowledged events older than the retention period; returns how many. */
  purgeExpired(): Promise<number>;
  /** Resolves when every event tracked so far has been written or has failed. */
  flush(): Promise<void>;
  /** For the sync client: batches of pending events and their delivery state. */
  readonly sync: SyncOutbox;
  /** Writes what is queued, stops the purge timer and closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_PENDING_CAP = 1_000_000;
export const DEFAULT_RETENTION_DAYS = 30;
export const DEFAULT_MAX_BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

const defaultClock: TelemetryClock = {
  now: () => Date.now(),
  monotonic: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
};

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

async function openStore(options: TelemetryOptions): Promise<{ store: EventStore; storageError: string | null }> {
  try {
    return { store: await IndexedDbEventStore.open(options.databaseName ?? DEFAULT_DATABASE_NAME, options.indexedDB), storageError: null };
  } catch (error) {
    return { store: new MemoryEventStore(), storageError: describeError(error) };
  }
}

/** Opens the engagement log. Never fails because of storage: without IndexedDB it keeps events in memory. */
/** The OPFS backend (and its worker) load only where OPFS exists, so Node never evaluates them. */
const openOpfsJournalLazily: JournalBackendFactory = async (folder) => (await import('./opfsJournalBackend')).openOpfsJournal(folder);

export async function openTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const { context } = options;
  checkContext(context);
  const pendingCap = Math.floor(positive('pendingCap', options.pendingCap, DEFAULT_PENDING_CAP));
  const retentionMs = positive('retentionDays', options.retentionDays, DEFAULT_RETENTION_DAYS) * DAY_MS;
  const maxBatch = Math.floor(positive('maxBatch', options.maxBatch, DEFAULT_MAX_BATCH));
  const purgeIntervalMs = positive('purgeIntervalMs', options.purgeIntervalMs, 60 * 60 * 1000);
  const clock = options.clock ?? defaultClock;

  let { store, storageError } = await openStore(options);
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const journalOptions = {
    databaseName,
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
  const { installationId, journal } = setup;
  const installationIdAt = eventInstallationId(context.hostKind, installationId, journalOptions.mirror, uuidV4);

  const counters = {
    quotaErrors: 0,
    writeErrors: 0,
    eventsNotStored: 0,
    invalidEvents: 0,
    journalErrors: 0,
    eventsNotJournaled: 0,
    journalCorruptLines: setup.corruptLines,
  };
  let journalError = setup.journalError;
  const problems = (): TelemetryProblems => ({
    storage: store.kind,
    storageError,
    ...counters,
    journal: journal === null ? 'none' : 'opfs',
    journalError,
    ...setup.totals,
  });

  function journalFailed(cause: unknown): void {
    if (isQuotaError(cause)) counters.quotaErrors += 1;
    else counters.journalErrors += 1;
    journalError = `journal write failed: ${describeError(cause)}`;
  }

  /** Records events the journal holds but IndexedDB refused, so a recovery never brings them back. */
  async function dropFromJournal(records: readonly NewEventRecord[]): Promise<void> {
    if (journal === null || records.length === 0) return;
    await journal.drop(records.map((record) => record.eventId)).catch(journalFailed);
  }

  /**
   * One batch, written to the journal and to IndexedDB at the same time; settles once both are durable. A failed
   * journal append is counted and the events stay in IndexedDB (they are recorded, with one copy fewer).
   */
  async function appendBatch(records: readonly NewEventRecord[]): Promise<AppendOutcome> {
    const journaled =
      journal === null
        ? Promise.resolve(false)
        : journal.append(records).then(
            () => true,
            (cause: unknown) => {
              journalFailed(cause);
              return false;
            },
          );
    let outcome: AppendOutcome;
    try {
      outcome = await store.append(records, pendingCap);
    } catch (error) {
      if (await journaled) await dropFromJournal(records);
      throw error;
    }
    if (await journaled) await dropFromJournal(records.slice(outcome.recorded));
    else if (journal !== null) counters.eventsNotJournaled += outcome.recorded;
    return outcome;
  }

  /** Deletes journal segments whose events are all acknowledged; runs in the background. */
  let maintenance: Promise<void> = Promise.resolve();
  function compactJournal(): void {
    if (journal === null) return;
    maintenance = maintenance
      .then(() => journal.compact((eventIds) => store.statesOf(eventIds)))
      .then(
        (outcome) => {
          counters.journalCorruptLines = Math.max(counters.journalCorruptLines, outcome.corruptLines);
        },
        (cause: unknown) => {
          counters.journalErrors += 1;
          journalError = `journal clean-up failed: ${describeError(cause)}`;
        },
      );
  }

  const queue = new WriteQueue({
    maxBatch,
    write: appendBatch,
    onOverflow: (writes: readonly QueuedWrite[]) => {
      const error = new TelemetryError(
        'cap-reached',
        `not recorded: ${pendingCap} events are already waiting to be synced (the pending cap); the event was counted instead`,
      );
      for (const write of writes) write.reject(error);
    },
    onFailure: (writes: readonly QueuedWrite[], cause: unknown) => {
      const quota = isQuotaError(cause);
      if (quota) counters.quotaErrors += 1;
      else counters.writeErrors += 1;
      counters.eventsNotStored += writes.length;
      const error = quota
        ? new TelemetryError('quota-exceeded', 'not recorded: the device storage quota is exhausted', { cause })
        : new TelemetryError('write-failed', `not recorded: IndexedDB write failed (${describeError(cause)})`, { cause });
      for (const write of writes) write.reject(error);
    },
  });

  let closed = false;
  let session: { id: string; startedAt: number } | null = null;

  function refuse(reason: 'invalid-event' | 'no-session' | 'closed', message: string): Promise<never> {
    if (reason !== 'closed') counters.invalidEvents += 1;
    return Promise.reject(new TelemetryError(reason, message));
  }

  /** Builds the full event synchronously (time and session as of the call) and queues its write. */
  function append(payload: EventPayload, sessionId: string): Promise<EngagementEvent> {
    const recordedAt = clock.now();
    const event = {
      eventId: uuidV7(),
      installationId: installationIdAt(recordedAt),
      sessionId,
      appVersion: context.appVersion,
      mode: context.mode,
      siteLabel: context.siteLabel,
      occurredAt: formatLocalTimestamp(new Date(recordedAt)),
      ...payload,
    } as EngagementEvent;
    return queue.enqueue(newEventRecord(event, recordedAt)).then(() => event);
  }

  function track(payload: TrackedPayload): Promise<EngagementEvent> {
    if (closed) return refuse('closed', 'telemetry is closed');
    const parsed = eventPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`).join('; ');
      return refuse('invalid-event', `not recorded: the event does not match the catalogue (${details})`);
    }
    if (parsed.data.type === 'session-started' || parsed.data.type === 'session-ended') {
      return refuse('invalid-event', `not recorded: ${parsed.data.type} is recorded by startSession()/endSession(), not track()`);
    }
    if (session === null) {
      return refuse('no-session', `not recorded: ${parsed.data.type} happened outside a visitor session (call startSession first)`);
    }
    return append(parsed.data, session.id);
  }

  function endSession(reason: SessionEndReason): Promise<EngagementEvent | null> {
    if (closed) return refuse('closed', 'telemetry is closed');
    if (session === null) return Promise.resolve(null);
    const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(clock.monotonic() - session.startedAt)));
    const { id } = session;
    session = null;
    return append({ type: 'session-ended', reason, durationMs }, id);
  }

  function startSession(language: Language): Promise<EngagementEvent> {
    if (closed) return refuse('closed', 'telemetry is closed');
    const payload = { type: 'session-started', language, mode: context.mode, hostKind: context.hostKind } as const;
    if (!eventPayloadSchema.safeParse(payload).success) {
      return refuse('invalid-event', `not recorded: session-started needs a known language, got ${JSON.stringify(language)}`);
    }
    if (session !== null) endSession('explicit').catch(() => undefined);
    session = { id: uuidV4(), startedAt: clock.monotonic() };
    return append(payload, session.id);
  }

  /** Reads raw records, hands the sound ones to `use`, sets corrupt ones aside; returns how many were corrupt. */
  async function readSound(types: Parameters<EventStore['scan']>[0]['types'], use: (event: EngagementEvent, recordedAt: number) => void) {
    const corrupt: number[] = [];
    let skipped = 0;
    await store.scan(types === undefined ? {} : { types }, (value) => {
      const record = parseStoredRecord(value);
      if (record !== null) {
        use(record.event, record.recordedAt);
        return;
      }
      skipped += 1;
      const seq = seqOf(value);
      if (seq !== null) corrupt.push(seq);
    });
    await store.quarantine(corrupt);
    return skipped;
  }

  async function stats(): Promise<LocalStatistics> {
    const activity = new ActivityCounter(new Date(clock.now()));
    await readSound(STATISTICS_EVENT_TYPES, (event, recordedAt) => activity.add(event, recordedAt));
    const events = await store.counts();
    const notRecorded = await store.notRecorded();
    const currentProblems = problems();
    return {
      ...activity.result(),
      events,
      pendingCap,
      notRecorded,
      problems: currentProblems,
      warnings: telemetryWarnings({
        problems: currentProblems,
        unacknowledged: events.pending + events.sent,
        pendingCap,
        notRecorded,
        corruptRecords: events.quarantined,
      }),
    };
  }

  async function exportEvents(format: ExportFormat): Promise<EventExport> {
    const parts: string[] = format === 'csv' ? [csvHeader()] : [];
    let chunk = '';
    let count = 0;
    const skippedCorrupt = await readSound(undefined, (event) => {
      chunk += format === 'csv' ? csvRow(event) : jsonLine(event);
      count += 1;
      // Many moderate strings rather than one huge one: a Blob of a million events stays within string limits.
      if (count % 1000 === 0) {
        parts.push(chunk);
        chunk = '';
      }
    });
    parts.push(chunk);
    return {
      blob: new Blob(parts, { type: exportMediaType(format) }),
      fileName: exportFileName(context.siteLabel, new Date(clock.now()), format),
      count,
      skippedCorrupt,
    };
  }

  const purgeExpired = () => store.purgeAcknowledgedBefore(clock.now() - retentionMs);

  if (options.releaseSentOnOpen ?? true) await store.releaseAllSent();
  await purgeExpired();
  compactJournal();
  const purgeTimer = setInterval(() => {
    purgeExpired().catch(() => {
      counters.writeErrors += 1;
    });
    compactJournal();
  }, purgeIntervalMs);

  const telemetry: Telemetry = {
    context,
    options,
    installationId,
    get sessionId() {
      return session?.id ?? null;
    },
    track,
    record(payload) {
      track(payload).catch(() => undefined);
    },
    startSession,
    endSession,
    stats,
    problems,
    exportEvents,
    async downloadEvents(format) {
      const file = await exportEvents(format);
      saveBlob(file.blob, file.fileName);
      return file;
    },
    purgeExpired,
    flush: () => queue.drain(),
    sync: new SyncOutbox(store, clock),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(purgeTimer);
      await queue.drain();
      await maintenance;
      await journal?.close().catch((cause: unknown) => journalFailed(cause));
      store.close();
    },
  };
  return telemetry;
}
