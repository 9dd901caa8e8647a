// Stands in for the engagement log while it opens, so the first screen need not wait for it. The log itself
// (telemetry.ts: Dexie, IndexedDB, the OPFS journal, the purge, the sync's outbox) is a separate chunk, loaded with a
// dynamic import started at boot. Until it is open, every call is kept in order and replayed into it once it is:
// - writes (record, track, startSession, endSession) keep the time of the call: the log's clock reads the call's time
//   while each is replayed, so an event's timestamp and a session's duration are those of what happened;
// - track(), startSession() and endSession() resolve only when the real log has committed the event (or reject as
//   it rejects), exactly as the log's own promises do; validation and the rejected-event counters are the log's;
// - readers (stats, logHealth, exports, purge, flush) and close() run in their turn once the log is open.
// Once open, every call goes straight to the log. What only exists once open (the sync's outbox, the installation
// and session ids, problems()) is reached through `opened`.

import { TelemetryError } from './errors';
import { systemClock, type TelemetryClock } from './telemetryClock';
import type { openTelemetry, Telemetry, TelemetryOptions } from './telemetry';

/** What the log's chunk gives the front. */
interface TelemetryModule {
  readonly openTelemetry: typeof openTelemetry;
}

/** The engagement log as the app uses it from the first screen on, open or still opening. */
export type TelemetryFront = Omit<Telemetry, 'installationId' | 'sessionId' | 'problems' | 'sync'> & {
  /**
   * The open log, once every call made before it opened has been replayed into it. Rejects only when the log's code
   * could not be loaded (openTelemetry itself falls back to memory when storage fails).
   */
  readonly opened: Promise<Telemetry>;
};

let loading: Promise<TelemetryModule> | null = null;

/** Starts loading the log's code (once; again after a failed load). Call it as early as possible at boot. */
export function loadTelemetryModule(): Promise<TelemetryModule> {
  if (loading === null) {
    const attempt = import('./telemetry');
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
  }
  return loading;
}

/** A moment as the log's clock would have read it. */
interface Moment {
  readonly now: number;
  readonly monotonic: number;
}

/**
 * Returns at once a front for the engagement log opened with `options`; the log opens in the background
 * (`load` gives its code, the dynamic import by default).
 */
export function startTelemetry(options: TelemetryOptions, load: () => Promise<TelemetryModule> = loadTelemetryModule): TelemetryFront {
  const base = options.clock ?? systemClock;
  let pinned: Moment | null = null;
  // The clock the log runs with: the device's, except while a call made before the open is replayed.
  const clock: TelemetryClock = {
    now: () => pinned?.now ?? base.now(),
    monotonic: () => pinned?.monotonic ?? base.monotonic(),
  };
  const logOptions: TelemetryOptions = { ...options, clock };

  let log: Telemetry | null = null;
  let failure: TelemetryError | null = null;
  const waiting: ((open: Telemetry) => void)[] = [];
  const failed: ((error: TelemetryError) => void)[] = [];

  const opened = load()
    .then((module) => module.openTelemetry(logOptions))
    .then(
      (open) => {
        log = open;
        // Synchronous: nothing the app calls can come between two replayed calls or before the last of them.
        for (const replay of waiting.splice(0)) replay(open);
        failed.length = 0;
        return open;
      },
      (cause: unknown) => {
        failure = new TelemetryError('write-failed', 'not recorded: the engagement log could not be opened', { cause });
        waiting.length = 0;
        for (const reject of failed.splice(0)) reject(failure);
        throw failure;
      },
    );
  // Whoever needs the open log handles the failure; the app itself must not see an unhandled rejection.
  opened.catch(() => undefined);

  /** Runs `call` on the log now if it is open, else in its turn once it is. */
  function later<T>(call: (open: Telemetry) => Promise<T>): Promise<T> {
    if (log !== null) return call(log);
    if (failure !== null) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      waiting.push((open) => call(open).then(resolve, reject));
      failed.push(reject);
    });
  }

  /** A write: like later(), and replayed with the log's clock reading the time of the call. */
  function write<T>(call: (open: Telemetry) => Promise<T>): Promise<T> {
    if (log !== null || failure !== null) return later(call);
    const at: Moment = { now: base.now(), monotonic: base.monotonic() };
    return later((open) => {
      pinned = at;
      try {
        return call(open);
      } finally {
        pinned = null;
      }
    });
  }

  return {
    context: options.context,
    options: logOptions,
    opened,
    track: (payload) => write((open) => open.track(payload)),
    record(payload) {
      write((open) => open.track(payload)).catch(() => undefined);
    },
    startSession: (language) => write((open) => open.startSession(language)),
    endSession: (reason) => write((open) => open.endSession(reason)),
    stats: () => later((open) => open.stats()),
    logHealth: () => later((open) => open.logHealth()),
    exportEvents: (format) => later((open) => open.exportEvents(format)),
    downloadEvents: (format) => later((open) => open.downloadEvents(format)),
    purgeExpired: () => later((open) => open.purgeExpired()),
    flush: () => later((open) => open.flush()),
    close: () => later((open) => open.close()),
  };
}
