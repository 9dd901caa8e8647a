// The devices of the reconnect benchmark (reconnect.ts): each is the app's own engagement log kept in memory
// (renderer/telemetry/memoryStore.ts, the store the app falls back to without IndexedDB, behind the real
// SyncOutbox) holding a backlog recorded during the outage, and the real sync client (renderer/sync/syncClient.ts)
// with the shipped app's settings: batches of 500, 30 s request timeout, backoff from 1 s to 5 min with jitter,
// Retry-After obeyed, one batch in flight, then the device's health report. Only fetch is wrapped, to time and
// record each request, and to lose the answer to the first stored upload of a few devices (the collector stored
// the batch, the device hears nothing): the device must send that batch again and the collector store it once.

import type { EngagementEvent } from '../../common/events';
import type { DeviceHealthReport } from '../../common/health/deviceHealth';
import { MAX_BATCH_SIZE, startSync, type HealthSource, type SyncHandle } from '../../renderer/sync/syncClient';
import { MemoryEventStore } from '../../renderer/telemetry/memoryStore';
import { newEventRecord } from '../../renderer/telemetry/records';
import { SyncOutbox } from '../../renderer/telemetry/syncOutbox';
import { VisitGenerator } from '../fixtures/visits';

/** How long the hub was cut off: the backlog's visits happened during these hours before the reconnect. */
const OUTAGE_HOURS = 8;
/** After every device is drained, how long its health report may still take. */
const HEALTH_GRACE_MS = 60_000;
/** A device still not drained this long after the reconnect is reported as such (its events as still waiting). */
const DRAIN_DEADLINE_MS = 10 * 60_000;

/** One request a device made, as the device saw it; times in ms since the reconnect. */
export interface RequestSeen {
  readonly device: number;
  readonly kind: 'events' | 'health';
  readonly start: number;
  readonly ms: number;
  /**
   * The HTTP status; 'lost' when the collector answered 200 and the answer was dropped on purpose; 'timeout' when the
   * client gave up waiting (30 s); 'network' when the connection failed.
   */
  readonly status: number | 'lost' | 'timeout' | 'network';
  /** From a 200 answer: events stored, already stored, refused for their time. */
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected?: number;
  /**
   * For a 429: which limit, from the collector's answer: 'requests' per minute or 'uploads' at once of one device,
   * or 'busy' (collector-busy: the collector's cap on all devices' uploads at once), with its Retry-After in seconds.
   */
  readonly limit?: 'requests' | 'uploads' | 'busy';
  readonly retryAfterSeconds?: number;
  /** For 'network': why the connection failed, as fetch said (its cause's code and message). */
  readonly cause?: string;
  /** For 'network': the answer to this device's request before (a status, or 'none'), and how long before it ended. */
  readonly previous?: { readonly status: RequestSeen['status'] | 'none'; readonly endedMsBefore: number };
}

/** Why fetch failed: undici puts the socket's error in `cause` (ECONNRESET, UND_ERR_SOCKET "other side closed"...). */
function failureCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown; message?: unknown } } | null)?.cause;
  if (cause === undefined || cause === null) return String((error as Error)?.message ?? error);
  const code = typeof cause.code === 'string' ? cause.code : String(cause.name ?? 'Error');
  return `${code}: ${String(cause.message ?? '')}`;
}

export interface DevicesOutcome {
  readonly requests: RequestSeen[];
  /** Per device: seconds from the reconnect until its log had nothing pending or in flight. */
  readonly drainedAt: number[];
  readonly healthDelivered: number;
  readonly eventsGenerated: number;
  /** Acknowledged in the devices' logs at the end, summed. */
  readonly eventsAcknowledged: number;
  /** Still pending or sent in the devices' logs at the end, summed (0 when every device drained). */
  readonly eventsWaiting: number;
  readonly peakRequestsInFlight: number;
  readonly generatedIds: string[];
  readonly lostAnswers: number;
  /** CPU time of this process (the simulated devices) during the reconnect. */
  readonly cpuSeconds: number;
}

/** A spread of backlog sizes with the given mean: from a quarter to 1.75 times it, evenly (golden-ratio sequence). */
function backlogSize(device: number, mean: number): number {
  const spread = ((device + 1) * 0.618_033_988_749_895) % 1;
  return Math.max(1, Math.round(mean * (0.25 + 1.5 * spread)));
}

/** Each device's backlog: whole visits (bench/fixtures/visits.ts) spread over the outage, cut to its size. */
export function generateBacklogs(devices: number, totalEvents: number, now: number): EngagementEvent[][] {
  const generator = new VisitGenerator();
  const mean = totalEvents / devices;
  const start = now - OUTAGE_HOURS * 3_600_000;
  const span = OUTAGE_HOURS * 3_600_000 - 10 * 60_000;
  return Array.from({ length: devices }, (_, device) => {
    const size = backlogSize(device, mean);
    const visits = Math.ceil(size / 12);
    const events: EngagementEvent[] = [];
    for (let visit = 0; events.length < size; visit += 1) events.push(...generator.visit(device, start + Math.floor((visit / visits) * span)));
    return events.slice(0, size);
  });
}

function healthReport(lastSuccessfulSyncAt: number | null, pendingEvents: number): DeviceHealthReport {
  return {
    appVersion: '0.1.0',
    contentPack: { source: 'built-in', version: 0, refusal: null },
    settings: { revision: 0, localOverrides: [], pinChangePending: false, refusal: null },
    host: 'web',
    lastSuccessfulSyncAt,
    pendingEvents,
    missedEvents: 0,
    storage: { warnings: [], recoveries: 0 },
    renderer: null,
    freeStorageBytes: null,
  };
}

/** Waits for `promise`, or `ms` at most. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** The devices whose first stored upload loses its answer: about 1 in 100, at least 2, spread over the fleet. */
export function devicesLosingAnAnswer(devices: number): Set<number> {
  const count = Math.max(2, Math.round(devices / 100));
  return new Set(Array.from({ length: count }, (_, index) => Math.floor(((index + 0.5) * devices) / count)));
}

/** The fleet before the reconnect: each device's engagement log holding its backlog, all of it pending. */
export interface Fleet {
  readonly stores: MemoryEventStore[];
  readonly eventsGenerated: number;
  readonly generatedIds: string[];
}

export async function prepareFleet(backlogs: readonly EngagementEvent[][]): Promise<Fleet> {
  const stores = await Promise.all(
    backlogs.map(async (events) => {
      const store = new MemoryEventStore();
      const recordedAt = Date.now();
      await store.append(
        events.map((event) => newEventRecord(event, recordedAt)),
        Number.MAX_SAFE_INTEGER,
      );
      return store;
    }),
  );
  return {
    stores,
    eventsGenerated: backlogs.reduce((sum, events) => sum + events.length, 0),
    generatedIds: backlogs.flatMap((events) => events.map((event) => event.eventId)),
  };
}

/**
 * Starts every device's sync at the same moment and waits until all are drained (DRAIN_DEADLINE_MS at most) and
 * have reported their health (HEALTH_GRACE_MS at most), then stops them.
 */
export async function reconnectFleet(fleet: Fleet, collectorUrl: string, tokens: readonly string[]): Promise<DevicesOutcome> {
  const { stores } = fleet;
  const losing = devicesLosingAnAnswer(tokens.length);
  const requests: RequestSeen[] = [];
  const drainedAt = Array.from({ length: tokens.length }, () => Number.NaN);
  let healthDelivered = 0;
  let inFlight = 0;
  let peakRequestsInFlight = 0;
  let lostAnswers = 0;
  const cpuBefore = process.cpuUsage();

  let origin = 0;
  const drained: Promise<void>[] = [];
  const reported: Promise<void>[] = [];
  const handles: SyncHandle[] = [];

  function deviceFetch(device: number) {
    let loseNext = losing.has(device);
    let last: RequestSeen | null = null;
    const record = (seen: RequestSeen) => {
      requests.push(seen);
      last = seen;
    };
    return async (input: string, init: RequestInit): Promise<Response> => {
      const kind = input.endsWith('/v1/health') ? 'health' : 'events';
      const start = performance.now() - origin;
      inFlight += 1;
      peakRequestsInFlight = Math.max(peakRequestsInFlight, inFlight);
      let response: Response;
      try {
        response = await fetch(input, init);
      } catch (error) {
        const status = init.signal?.aborted === true ? 'timeout' : 'network';
        const before: RequestSeen | null = last;
        const previous = before === null ? { status: 'none' as const, endedMsBefore: start } : { status: before.status, endedMsBefore: start - before.start - before.ms };
        record({ device, kind, start, ms: performance.now() - origin - start, status, accepted: 0, duplicates: 0, ...(status === 'network' ? { cause: failureCause(error), previous } : {}) });
        throw error;
      } finally {
        inFlight -= 1;
      }
      const ms = performance.now() - origin - start;
      if (kind === 'events' && response.status === 200) {
        const answer = (await response.clone().json()) as { accepted: number; duplicates: number; rejected: number };
        if (loseNext) {
          // The collector stored the batch and answered; the answer never reaches the device (a dropped connection).
          loseNext = false;
          lostAnswers += 1;
          record({ device, kind, start, ms, status: 'lost', accepted: answer.accepted, duplicates: answer.duplicates, rejected: answer.rejected });
          throw new TypeError('fetch failed: the connection closed before the answer (simulated)');
        }
        record({ device, kind, start, ms, status: 200, accepted: answer.accepted, duplicates: answer.duplicates, rejected: answer.rejected });
      } else if (response.status === 429) {
        const text = await response.clone().text();
        const limit = text.includes('"collector-busy"') ? 'busy' : text.includes('at once') ? 'uploads' : 'requests';
        const retryAfterSeconds = Number(response.headers.get('retry-after'));
        record({ device, kind, start, ms, status: 429, accepted: 0, duplicates: 0, limit, retryAfterSeconds });
      } else {
        record({ device, kind, start, ms, status: response.status, accepted: 0, duplicates: 0 });
      }
      return response;
    };
  }

  origin = performance.now();
  for (const [device, store] of stores.entries()) {
    let onDrained = () => {};
    let onReported = () => {};
    drained.push(new Promise<void>((resolve) => (onDrained = resolve)));
    reported.push(new Promise<void>((resolve) => (onReported = resolve)));
    const health: HealthSource = {
      // The loop asks for the report only once a take found nothing pending: the device is drained.
      async report(lastSuccessfulSyncAt) {
        if (Number.isNaN(drainedAt[device])) drainedAt[device] = (performance.now() - origin) / 1000;
        onDrained();
        const counts = await store.counts();
        return healthReport(lastSuccessfulSyncAt, counts.pending + counts.sent);
      },
      async acknowledge() {
        healthDelivered += 1;
        onReported();
      },
    };
    handles.push(
      startSync({
        telemetry: { sync: new SyncOutbox(store, { now: () => Date.now() }) },
        collectorUrl,
        deviceToken: tokens[device]!,
        fetch: deviceFetch(device),
        batchSize: MAX_BATCH_SIZE,
        health,
      }),
    );
  }
  await within(Promise.all(drained), DRAIN_DEADLINE_MS);
  await within(Promise.all(reported), HEALTH_GRACE_MS);
  await Promise.all(handles.map((handle) => handle.stop()));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  let eventsAcknowledged = 0;
  let eventsWaiting = 0;
  for (const store of stores) {
    const counts = await store.counts();
    eventsAcknowledged += counts.acknowledged;
    eventsWaiting += counts.pending + counts.sent;
  }
  return {
    requests,
    drainedAt,
    healthDelivered,
    eventsGenerated: fleet.eventsGenerated,
    eventsAcknowledged,
    eventsWaiting,
    peakRequestsInFlight,
    generatedIds: fleet.generatedIds,
    lostAnswers,
    cpuSeconds,
  };
}
