// Collector benchmark, reconnect after an outage: the hub's network comes back and 1,000 enrolled devices, each with
// a backlog recorded while it was cut off, start syncing at the same moment (reconnectDevices.ts: the real sync
// client over the app's in-memory log). The collector runs in a child process (reconnectCollector.ts: the real app
// with its real per-device limits, over HTTP on loopback), on SQLite and then on PostgreSQL. Reported: every event
// stored exactly once (rows = distinct ids = events generated, each generated id present, every device's log
// acknowledged), 5xx answers (target 0), 429 answers and what they were for, connections that failed and why, how
// the load spread (uploads in the collector at once, uploads and events stored per second), upload latency as the
// devices saw it, the time until every device was drained, the rollup fold after it, and the collector's memory (RSS
// and heap during the wave).
// runReconnect() returns the figures; load it through Vite/Vitest (renderer/ is not strip-only TypeScript).

import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageSettings } from '../../collector/settings';
import { onBothBackends } from './backends';
import { generateBacklogs, prepareFleet, reconnectFleet, type DevicesOutcome } from './reconnectDevices';
import type { ChildMessage, CollectorReport, ParentMessage } from './reconnectProtocol';

export interface ReconnectMemory {
  /** The collector started and the devices enrolled, before the wave. */
  readonly rssBeforeBytes: number;
  readonly heapUsedBeforeBytes: number;
  /** The kernel's high-water mark of the collector process's resident memory. */
  readonly rssPeakBytes: number;
  /** Highest of the 25 ms samples. */
  readonly heapUsedPeakBytes: number;
  readonly externalPeakBytes: number;
  /** After the wave and the fold, after a garbage collection. */
  readonly rssAfterBytes: number;
  readonly heapUsedAfterBytes: number;
}

/** One second of the wave, from the reconnect. */
export interface ReconnectSecond {
  readonly second: number;
  /** Uploads answered 200 (stored) in that second, as the devices saw them (lost answers included). */
  readonly uploadsStored: number;
  readonly answers429: number;
  /** Events newly stored (accepted) by the uploads answered in that second. */
  readonly eventsStored: number;
  /** Most uploads open in the collector at once during that second (refusals left out). */
  readonly peakOpenUploads: number;
  readonly rssBytes: number;
}

export interface ReconnectFigures {
  readonly backend: 'sqlite' | 'postgres';
  readonly devices: number;
  readonly eventsGenerated: number;
  readonly eventsAcknowledged: number;
  readonly rowsStored: number;
  readonly distinctIdsStored: number;
  /** Generated ids not in the database, and database ids not generated. */
  readonly missingIds: number;
  readonly unexpectedIds: number;
  /** rows = distinct ids = generated, no id missing or extra, every device's log fully acknowledged. */
  readonly exactlyOnce: boolean;
  readonly uploads: number;
  readonly uploadsStored: number;
  /** Answers dropped on purpose after the collector stored the batch; each batch was sent again. */
  readonly lostAnswers: number;
  /** Events the collector answered as duplicates (already stored): the re-sent batches. */
  readonly duplicatesAnswered: number;
  readonly answers5xx: number;
  readonly answers429: number;
  readonly answers429Requests: number;
  readonly answers429UploadsAtOnce: number;
  /** 429 collector-busy (the collector-wide cap on uploads at once), and the Retry-After they carried (seconds). */
  readonly answers429Busy: number;
  readonly busyRetryAfterP50Seconds: number;
  readonly busyRetryAfterMaxSeconds: number;
  /** Uploads and reports the devices gave up waiting for (30 s), and connections that failed. */
  readonly timeouts: number;
  readonly networkErrors: number;
  /**
   * The connections that failed, one by one (at most 50): what the request was, when (s since the reconnect), why
   * (fetch's cause), and the answer to the device's request before it with the time between them.
   */
  readonly networkFailures: readonly NetworkFailure[];
  /** Events the collector refused for their time (none expected: the backlog is from the last hours). */
  readonly eventsRejected: number;
  readonly healthReportsDelivered: number;
  /** Upload latency as the devices saw it (request sent → answer), uploads answered 200. */
  readonly latencyP50Ms: number;
  readonly latencyP95Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  /** The same uploads in the collector (request arrived → answer sent). */
  readonly collectorLatencyP99Ms: number;
  /** Most uploads open in the collector at once, refusals (429) left out: those admitted, received or stored. */
  readonly peakUploadsInCollector: number;
  /** Most refused uploads (429) open at once: their body being read and dropped before the answer. */
  readonly peakRefusalsInCollector: number;
  readonly peakUploadsInFlightFromDevices: number;
  readonly peakUploadsStoredPerSecond: number;
  readonly peakEventsStoredPerSecond: number;
  /** Devices whose log had nothing pending or in flight before the deadline (10 minutes). */
  readonly devicesDrained: number;
  /** From the reconnect until the last device had nothing pending (null when some never drained). */
  readonly drainSeconds: number;
  readonly deviceDrainP50Seconds: number;
  readonly eventsPerSecond: number;
  /** From the reconnect until the first device sent its first upload (its own take from the log and encoding first). */
  readonly firstUploadSeconds: number;
  /** From the last upload's answer until the rollups held every event. */
  readonly foldSeconds: number;
  /** CPU time during the reconnect: the collector (all its threads, fold included) and the simulated devices. */
  readonly collectorCpuSeconds: number;
  readonly devicesCpuSeconds: number;
  /** This machine's 1-minute load average before and after (2 cores: above 2, other work competed for them). */
  readonly loadAverage: readonly [number, number];
  readonly memory: ReconnectMemory;
  readonly timeline: ReconnectSecond[];
}

export interface NetworkFailure {
  readonly kind: 'events' | 'health';
  readonly atSeconds: number;
  readonly cause: string;
  readonly previousStatus: string;
  readonly previousEndedMsBefore: number;
}

/** The connection failures listed one by one in the figures, at most. */
const NETWORK_FAILURES_LISTED = 50;

const SITES = 20;
const here = path.dirname(fileURLToPath(import.meta.url));
const resolveHooks = new URL('../../collector/resolveHooks.ts', import.meta.url).href;

/** The collector process: one question at a time, each answered by one message. */
class CollectorProcess {
  private waiting: { resolve: (message: ChildMessage) => void; reject: (error: Error) => void } | null = null;
  private readonly child: ChildProcess;

  private constructor(child: ChildProcess) {
    this.child = child;
    child.on('message', (message: ChildMessage) => {
      const waiting = this.waiting;
      this.waiting = null;
      if (message.type === 'failed') waiting?.reject(new Error(`collector process: ${message.message}`));
      else waiting?.resolve(message);
    });
    child.once('exit', (code) => this.waiting?.reject(new Error(`the collector process exited with ${code}`)));
  }

  static async start(storage: StorageSettings): Promise<{ collector: CollectorProcess; address: string }> {
    const child = fork(path.join(here, 'reconnectCollector.ts'), [], {
      execArgv: ['--expose-gc', '--import', resolveHooks],
      env: { ...process.env, RECONNECT_STORAGE: JSON.stringify(storage) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const collector = new CollectorProcess(child);
    const ready = await collector.next();
    if (ready.type !== 'ready') throw new Error(`the collector process said ${ready.type} instead of ready`);
    return { collector, address: ready.address };
  }

  private next(): Promise<ChildMessage> {
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async ask<T extends ParentMessage['type']>(message: ParentMessage & { type: T }): Promise<Extract<ChildMessage, { type: T }>> {
    const answer = this.next();
    this.child.send(message);
    const reply = await answer;
    if (reply.type !== message.type) throw new Error(`the collector process answered ${reply.type} to ${message.type}`);
    return reply as Extract<ChildMessage, { type: T }>;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.ask({ type: 'close' }).catch(() => this.child.kill());
    await exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** Most intervals open at once, overall and within each whole second. */
function openAtOnce(intervals: readonly { start: number; end: number }[]): { peak: number; perSecond: number[] } {
  const edges = intervals.flatMap(({ start, end }) => [
    { at: start, step: 1 },
    { at: end, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let peak = 0;
  const perSecond: number[] = [];
  for (const { at, step } of edges) {
    const second = Math.floor(at / 1000);
    // Seconds without an arrival or an answer kept what was open before them.
    for (let quiet = perSecond.length; quiet < second; quiet += 1) perSecond[quiet] = open;
    perSecond[second] = Math.max(perSecond[second] ?? 0, open);
    open += step;
    perSecond[second] = Math.max(perSecond[second] ?? 0, open);
    peak = Math.max(peak, open);
  }
  return { peak, perSecond };
}

/** Uploads the collector did not refuse (429): admitted, then answered whatever the outcome. */
const notRefused = (collector: CollectorReport) => collector.uploads.filter((upload) => upload.status !== 429);

function timelineOf(devices: DevicesOutcome, collector: CollectorReport): ReconnectSecond[] {
  const open = openAtOnce(notRefused(collector));
  const seconds = Math.max(Math.ceil(Math.max(...devices.drainedAt.filter(Number.isFinite), 0)) + 1, open.perSecond.length);
  const timeline = Array.from({ length: seconds }, (_, second) => ({
    second,
    uploadsStored: 0,
    answers429: 0,
    eventsStored: 0,
    peakOpenUploads: open.perSecond[second] ?? 0,
    rssBytes: 0,
  }));
  for (const request of devices.requests) {
    if (request.kind !== 'events') continue;
    const slot = timeline[Math.floor((request.start + request.ms) / 1000)];
    if (slot === undefined) continue;
    if (request.status === 200 || request.status === 'lost') {
      slot.uploadsStored += 1;
      slot.eventsStored += request.accepted;
    } else if (request.status === 429) slot.answers429 += 1;
  }
  for (const sample of collector.samples) {
    const slot = timeline[Math.floor(sample.t)];
    if (slot !== undefined) slot.rssBytes = Math.max(slot.rssBytes, sample.rssBytes);
  }
  // A second without a sample: the collector's main thread did not get to its timer (busy, or no CPU for it).
  for (const [second, slot] of timeline.entries()) if (slot.rssBytes === 0 && second > 0) slot.rssBytes = timeline[second - 1]!.rssBytes;
  return timeline;
}

function figuresOf(
  backend: ReconnectFigures['backend'],
  devices: DevicesOutcome,
  collector: CollectorReport,
  stored: { rows: number; distinctIds: number; ids: string[] },
): Omit<ReconnectFigures, 'loadAverage'> {
  const generated = new Set(devices.generatedIds);
  const storedIds = new Set(stored.ids);
  const missingIds = devices.generatedIds.filter((id) => !storedIds.has(id)).length;
  const unexpectedIds = stored.ids.filter((id) => !generated.has(id)).length;
  const uploads = devices.requests.filter((request) => request.kind === 'events');
  const storedUploads = uploads.filter((request) => request.status === 200 || request.status === 'lost');
  const latencies = storedUploads.map((request) => request.ms).sort((a, b) => a - b);
  const collectorLatencies = collector.uploads
    .filter((upload) => upload.status === 200)
    .map((upload) => upload.end - upload.start)
    .sort((a, b) => a - b);
  // Counted on both sides (they agree unless an answer never reached the device): uploads and health reports.
  const answers5xxOnDevices = devices.requests.filter((request) => typeof request.status === 'number' && request.status >= 500).length;
  const answers5xxInCollector =
    collector.uploads.filter((upload) => upload.status >= 500).length +
    Object.entries(collector.healthAnswers).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0);
  const refused = uploads.filter((request) => request.status === 429);
  const busyWaits = refused
    .filter((request) => request.limit === 'busy')
    .map((request) => request.retryAfterSeconds ?? Number.NaN)
    .sort((a, b) => a - b);
  const drained = devices.drainedAt.filter(Number.isFinite);
  const drainSeconds = drained.length === devices.drainedAt.length ? Math.max(...drained) : Number.NaN;
  const timeline = timelineOf(devices, collector);
  const samples = collector.samples;
  return {
    backend,
    devices: devices.drainedAt.length,
    eventsGenerated: devices.eventsGenerated,
    eventsAcknowledged: devices.eventsAcknowledged,
    rowsStored: stored.rows,
    distinctIdsStored: stored.distinctIds,
    missingIds,
    unexpectedIds,
    exactlyOnce:
      stored.rows === devices.eventsGenerated &&
      stored.distinctIds === stored.rows &&
      missingIds === 0 &&
      unexpectedIds === 0 &&
      devices.eventsAcknowledged === devices.eventsGenerated &&
      devices.eventsWaiting === 0,
    uploads: uploads.length,
    uploadsStored: storedUploads.length,
    lostAnswers: devices.lostAnswers,
    duplicatesAnswered: storedUploads.reduce((sum, request) => sum + request.duplicates, 0),
    answers5xx: Math.max(answers5xxOnDevices, answers5xxInCollector),
    answers429: refused.length,
    answers429Requests: refused.filter((request) => request.limit === 'requests').length,
    answers429UploadsAtOnce: refused.filter((request) => request.limit === 'uploads').length,
    answers429Busy: busyWaits.length,
    busyRetryAfterP50Seconds: percentile(busyWaits, 50),
    busyRetryAfterMaxSeconds: busyWaits.at(-1) ?? 0,
    timeouts: devices.requests.filter((request) => request.status === 'timeout').length,
    networkErrors: devices.requests.filter((request) => request.status === 'network').length,
    networkFailures: devices.requests
      .filter((request) => request.status === 'network')
      .slice(0, NETWORK_FAILURES_LISTED)
      .map((request) => ({
        kind: request.kind,
        atSeconds: round(request.start / 1000, 2),
        cause: request.cause ?? 'unknown',
        previousStatus: String(request.previous?.status ?? 'none'),
        previousEndedMsBefore: round(request.previous?.endedMsBefore ?? Number.NaN),
      })),
    eventsRejected: storedUploads.reduce((sum, request) => sum + (request.rejected ?? 0), 0),
    healthReportsDelivered: devices.healthDelivered,
    latencyP50Ms: round(percentile(latencies, 50)),
    latencyP95Ms: round(percentile(latencies, 95)),
    latencyP99Ms: round(percentile(latencies, 99)),
    latencyMaxMs: round(latencies.at(-1) ?? Number.NaN),
    collectorLatencyP99Ms: round(percentile(collectorLatencies, 99)),
    peakUploadsInCollector: openAtOnce(notRefused(collector)).peak,
    peakRefusalsInCollector: openAtOnce(collector.uploads.filter((upload) => upload.status === 429)).peak,
    peakUploadsInFlightFromDevices: devices.peakRequestsInFlight,
    peakUploadsStoredPerSecond: Math.max(...timeline.map((second) => second.uploadsStored)),
    peakEventsStoredPerSecond: Math.max(...timeline.map((second) => second.eventsStored)),
    devicesDrained: drained.length,
    drainSeconds: round(drainSeconds, 2),
    deviceDrainP50Seconds: round(
      percentile(
        [...drained].sort((a, b) => a - b),
        50,
      ),
      2,
    ),
    eventsPerSecond: Math.round(devices.eventsGenerated / drainSeconds),
    firstUploadSeconds: round(Math.min(...uploads.map((request) => request.start)) / 1000, 2),
    foldSeconds: round(collector.foldSeconds, 2),
    collectorCpuSeconds: round(collector.cpuSeconds, 1),
    devicesCpuSeconds: round(devices.cpuSeconds, 1),
    memory: {
      rssBeforeBytes: collector.before.rssBytes,
      heapUsedBeforeBytes: collector.before.heapUsedBytes,
      rssPeakBytes: Math.max(collector.maxRssBytes, ...samples.map((sample) => sample.rssBytes)),
      heapUsedPeakBytes: Math.max(...samples.map((sample) => sample.heapUsedBytes)),
      externalPeakBytes: Math.max(...samples.map((sample) => sample.externalBytes)),
      rssAfterBytes: collector.after.rssBytes,
      heapUsedAfterBytes: collector.after.heapUsedBytes,
    },
    timeline,
  };
}

async function reconnectOn(backend: ReconnectFigures['backend'], storage: StorageSettings, devices: number, totalEvents: number): Promise<ReconnectFigures> {
  const { collector, address } = await CollectorProcess.start(storage);
  // Machines shared with other work: the load average is reported with the figures.
  try {
    const { tokens } = await collector.ask({ type: 'enrol', devices, sites: SITES });
    const fleet = await prepareFleet(generateBacklogs(devices, totalEvents, Date.now()));
    const loadBefore = loadavg()[0]!;
    await collector.ask({ type: 'observe' });
    const outcome = await reconnectFleet(fleet, address, tokens);
    const { report } = await collector.ask({ type: 'report' });
    const loadAfter = loadavg()[0]!;
    const stored = await collector.ask({ type: 'verify' });
    await collector.close();
    return { ...figuresOf(backend, outcome, report, stored), loadAverage: [round(loadBefore, 1), round(loadAfter, 1)] };
  } finally {
    collector.kill();
  }
}

/** Runs the reconnect on SQLite, then on PostgreSQL when BIOTECH_TEST_DATABASE_URL (or DATABASE_URL) is set. */
export async function runReconnect(options: { devices?: number; events?: number } = {}): Promise<{ reconnect: ReconnectFigures[]; notes: string[] }> {
  const devices = options.devices ?? 1_000;
  const events = options.events ?? 300_000;
  const { figures, notes } = await onBothBackends('reconnect', (backend, storage) => reconnectOn(backend, storage, devices, events));
  return { reconnect: figures, notes };
}
