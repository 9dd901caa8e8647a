// The engagement log's front door: openTelemetry() returns the object the app records events through, runs
// visitor sessions, answers the admin panel's statistics and export, and gives the sync client its outbox. It only
// wires the parts, each in its own file:
//   telemetryOptions.ts  the checked options and limits;
//   durableStorage.ts    IndexedDB plus the journal, or memory when IndexedDB fails;
//   problemCounters.ts   what went wrong this run, for the admin panel;
//   dualWrite.ts         each batch written to IndexedDB and the journal at once, the journal kept in step;
//   eventQueue.ts        batching writes, and the errors of a full log or a failed write;
//   visitorSessions.ts   validation against common/events, the envelope, visitor sessions;
//   logReader.ts         statistics and export;
//   purgeSchedule.ts     the retention purge and journal clean-up while the app runs;
//   syncOutbox.ts        the sync client's view of the log.
// This file and everything it imports are a chunk of their own, loaded after boot has started: the app holds the log
// through telemetryFront.ts, which keeps calls made before the open and replays them here. Import only types from
// here outside that chunk (tests/unit/firstScreenCode.test.ts checks that the first screen's code never reaches it).

import type { EngagementEvent, SessionEndReason } from '../../common/events';
import type { Language } from '../../common/i18n/languages';
import { createDualWriter } from './dualWrite';
import { openDurableStorage } from './durableStorage';
import type { EventExport } from './exportFile';
import type { ExportFormat } from './exportFormats';
import { createEventQueue } from './eventQueue';
import { createLogReader } from './logReader';
import { ProblemCounters } from './problemCounters';
import type { TelemetryProblems } from './problems';
import { startPurgeSchedule } from './purgeSchedule';
import type { LocalStatistics, LogHealth } from './statistics';
import { eventInstallationId } from './eventInstallationId';
import { SyncOutbox } from './syncOutbox';
import { uuidV4 } from '../../common/uuid/uuid';
import { checkTelemetryOptions, type TelemetryContext, type TelemetryOptions } from './telemetryOptions';
import { createVisitorSessions, type TrackedPayload } from './visitorSessions';

export type { TelemetryContext, TelemetryOptions } from './telemetryOptions';
export type { TrackedPayload } from './visitorSessions';

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
  /** The log's counts, problems and warnings, without reading events (for the sync's health report). */
  logHealth(): Promise<LogHealth>;
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

/** Opens the engagement log. Never fails because of storage: without IndexedDB it keeps events in memory. */
export async function openTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const { context } = options;
  const { pendingCap, retentionMs, maxBatch, purgeIntervalMs, clock } = checkTelemetryOptions(options);

  const storage = await openDurableStorage(options, clock);
  const { store } = storage;
  const { installationId, journal } = storage.setup;
  const counters = new ProblemCounters(storage);
  const problems = () => counters.problems();
  const writer = createDualWriter(store, journal, pendingCap, counters);
  const queue = createEventQueue({ maxBatch, pendingCap, counters, write: (records) => writer.append(records) });

  let closed = false;
  // Which id events carry: the lasting one in the desktop app, one that lasts a day in a browser (eventInstallationId.ts).
  const installationIdAt = eventInstallationId(context.hostKind, installationId, storage.mirror, uuidV4);
  const sessions = createVisitorSessions({ context, installationIdAt, clock, queue, counters, isClosed: () => closed });
  const reader = createLogReader({ store, context, clock, pendingCap, problems });
  const purgeExpired = () => store.purgeAcknowledgedBefore(clock.now() - retentionMs);

  if (options.releaseSentOnOpen ?? true) await store.releaseAllSent();
  await purgeExpired();
  writer.compactJournal();
  const purgeSchedule = startPurgeSchedule({
    intervalMs: purgeIntervalMs,
    purge: purgeExpired,
    compactJournal: () => writer.compactJournal(),
    onPurgeFailed: () => {
      counters.writeErrors += 1;
    },
  });

  return {
    context,
    options,
    installationId,
    get sessionId() {
      return sessions.sessionId;
    },
    track: sessions.track,
    record(payload) {
      sessions.track(payload).catch(() => undefined);
    },
    startSession: sessions.startSession,
    endSession: sessions.endSession,
    stats: reader.stats,
    logHealth: reader.logHealth,
    problems,
    exportEvents: reader.exportEvents,
    downloadEvents: reader.downloadEvents,
    purgeExpired,
    flush: () => queue.drain(),
    sync: new SyncOutbox(store, clock),
    async close() {
      if (closed) return;
      closed = true;
      purgeSchedule.stop();
      await queue.drain();
      await writer.settled();
      await journal?.close().catch((cause: unknown) => counters.journalFailed(cause));
      store.close();
    },
  };
}
