// The background sync loop, the same in both hosts: takes the oldest pending events from the engagement log as a
// batch, POSTs it to the collector, and marks it acknowledged only after the collector's answer (released back
// to pending otherwise). One batch in flight at a time, exponential backoff with jitter, Retry-After obeyed (a busy
// collector's with jitter of our own, and not counted as a failure: it neither grows the backoff nor shows a problem),
// woken by the browser's online event. Events left "sent" by a crash are released when the log reopens, and the
// collector deduplicates by event id, so every event arrives exactly once. When everything is delivered, the loop
// also asks for the device's content pack (contentFetch.ts, every contentIntervalMs, If-None-Match) and its remote
// settings (settingsFetch.ts, every settingsIntervalMs, If-None-Match), then sends the device's health report
// (healthReport.ts): after any delivery, and at least every healthIntervalMs.

import type { EngagementEvent } from '../../common/events';
import { backoffDelay, busyDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { DeviceHealthReport } from '../../common/health/deviceHealth';
import { postBatch, type FetchFunction } from './collectorApi';
import { postHealth } from './healthReport';
import { fetchContentPack } from './contentFetch';
import { fetchRemoteSettings } from './settingsFetch';
import type { RemoteSettings } from '../../common/config/remoteSettings';
import type { Mode } from '../../common/config/deviceConfig';
import { createSyncStatusStore, type SyncErrorCode, type SyncStatusStore } from './syncStatus';

/** The part of telemetry.sync (renderer/telemetry/syncOutbox.ts) the loop drives. */
export interface SyncOutboxPort {
  takeBatch(limit: number): Promise<EngagementEvent[]>;
  acknowledge(eventIds: readonly string[]): Promise<number>;
  release(eventIds: readonly string[]): Promise<number>;
  /** Events pending or sent, for the status (the store's counts, not a read of the events). */
  countWaiting(): Promise<number>;
}

export interface SyncTelemetry {
  readonly sync: SyncOutboxPort;
}

export interface SyncClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface NetworkMonitor {
  isOnline(): boolean;
  /** Calls `listener` when the device goes online or offline; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Where the loop gets the device's health report (the app builds it from the log and the host). */
export interface HealthSource {
  /** The report now; `lastSuccessfulSyncAt` is the loop's last acknowledged batch. */
  report(lastSuccessfulSyncAt: number | null): Promise<DeviceHealthReport>;
  /** The collector kept `report`: counts "since the last report" start again from here. */
  acknowledge(report: DeviceHealthReport): Promise<void>;
}

/** Where the loop hands the content packs it fetches (renderer/content/contentService.ts checks and keeps them). */
export interface ContentPackSink {
  /** This device's site and mode, and the newest version it has (for If-None-Match). */
  request(): { site: string; mode: Mode; knownVersion: number };
  /** A 200 answer's body, unchecked. */
  offer(body: unknown): Promise<unknown>;
}

/** Where the loop hands the remote settings it fetches (renderer/settings/remoteSettingsService.ts keeps them). */
export interface RemoteSettingsSink {
  /** False for a browser that syncs with a class's token: only enrolled devices have settings of their own. */
  wanted(): boolean;
  /** The newest revision the device has, applied or waiting (for If-None-Match); 0: none. */
  knownRevision(): number;
  /** A 200 answer that passed remoteSettingsSchema. */
  offer(settings: RemoteSettings): Promise<unknown>;
  /** A 200 answer that did not; `reason` is a short technical line for IT. */
  refuse(reason: string): Promise<unknown>;
}

export interface SyncOptions {
  readonly telemetry: SyncTelemetry;
  /** The collector's base URL from the device config, e.g. https://hub.example/collector. */
  readonly collectorUrl: string;
  /** The device token from the device config (obtained with enrolDevice). */
  readonly deviceToken: string;
  readonly fetch?: FetchFunction;
  readonly clock?: SyncClock;
  /** Random numbers in [0, 1) for the jitter. */
  readonly random?: () => number;
  readonly network?: NetworkMonitor;
  /** Events per request (the collector takes at most 500). Default 500. */
  readonly batchSize?: number;
  /** A request without an answer after this long is abandoned and retried. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** How often to look for new events when everything was delivered. Default 15 s. */
  readonly idlePollMs?: number;
  /** How often to recount waiting events for the status while sending. Default 10 s. */
  readonly countIntervalMs?: number;
  readonly backoff?: BackoffPolicy;
  /** The device's health report, sent when everything is delivered; none is sent without it. */
  readonly health?: HealthSource;
  /** How often a health report is sent when nothing else happens. Default 15 minutes. */
  readonly healthIntervalMs?: number;
  /** Content packs: asked for after the events are delivered; none is asked for without it. */
  readonly content?: ContentPackSink;
  /** How often the content pack is asked for. Default 5 minutes. */
  readonly contentIntervalMs?: number;
  /** Remote settings: asked for after the content pack; none are asked for without it. */
  readonly settings?: RemoteSettingsSink;
  /** How often the remote settings are asked for. Default 5 minutes. */
  readonly settingsIntervalMs?: number;
}

export interface SyncHandle {
  readonly status: SyncStatusStore;
  getStatus(): ReturnType<SyncStatusStore['get']>;
  /** Wakes the loop now (e.g. after the admin pressed "sync now" or events were recorded), content pack included. */
  nudge(): void;
  /** Stops after the request in flight is abandoned and its batch released; resolves when stopped. */
  stop(): Promise<void>;
}

export const MAX_BATCH_SIZE = 500;

const systemClock: SyncClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** navigator.onLine and the window's online/offline events; always online where they do not exist (Node). */
export function browserNetwork(): NetworkMonitor {
  const target = typeof window === 'undefined' ? undefined : window;
  return {
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    subscribe(listener) {
      if (target === undefined) return () => undefined;
      target.addEventListener('online', listener);
      target.addEventListener('offline', listener);
      return () => {
        target.removeEventListener('online', listener);
        target.removeEventListener('offline', listener);
      };
    },
  };
}

/** Outboxes with a running loop: a second loop on the same log could send a batch the first has in flight. */
const running = new WeakSet<SyncOutboxPort>();

export function startSync(options: SyncOptions): SyncHandle {
  const { telemetry, collectorUrl, deviceToken } = options;
  const outbox = telemetry.sync;
  if (running.has(outbox)) throw new Error('startSync: sync is already running for this engagement log; stop it first');
  if (!/^https?:\/\//.test(collectorUrl)) throw new Error('startSync: collectorUrl must be an http(s) URL');
  if (deviceToken === '') throw new Error('startSync: deviceToken is empty; enrol the device first');
  running.add(outbox);

  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const network = options.network ?? browserNetwork();
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const idlePollMs = options.idlePollMs ?? 15_000;
  const countIntervalMs = options.countIntervalMs ?? 10_000;
  const healthIntervalMs = options.healthIntervalMs ?? 15 * 60_000;
  const contentIntervalMs = options.contentIntervalMs ?? 5 * 60_000;
  const settingsIntervalMs = options.settingsIntervalMs ?? 5 * 60_000;
  let lastContentAttemptAt: number | null = null;
  let lastSettingsAttemptAt: number | null = null;
  let lastHealthAttemptAt: number | null = null;
  let deliveredSinceHealth = false;
  let batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(options.batchSize ?? MAX_BATCH_SIZE)));

  const status = createSyncStatusStore();
  let stopped = false;
  let failures = 0;
  let inFlight: AbortController | null = null;
  let wake: (() => void) | null = null;
  let lastCountAt = Number.NEGATIVE_INFINITY;

  /** Waits `ms`, or less when woken (stop, nudge, back online). */
  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const handle = clock.setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clock.clearTimeout(handle);
        wake = null;
        resolve();
      };
    });
  }

  async function refreshCount(force: boolean): Promise<void> {
    if (!force && clock.now() - lastCountAt < countIntervalMs) return;
    lastCountAt = clock.now();
    try {
      status.update({ pendingCount: await outbox.countWaiting() });
    } catch {
      // The count is only informative; a failing count must not stop delivery.
    }
  }

  async function fail(error: SyncErrorCode, retryAfterMs: number | null): Promise<void> {
    if (stopped) return;
    failures += 1;
    const unrecoverableSoon = error === 'unauthorized' || error === 'rejected';
    const delay = Math.max(retryAfterMs ?? 0, unrecoverableSoon ? backoff.maxMs : backoffDelay(failures, backoff, random));
    status.update({ state: 'waiting', lastError: error, nextAttemptAt: clock.now() + delay });
    await pause(delay);
  }

  /**
   * The collector is busy (too many uploads at once): nothing went wrong with this device, so the failure count,
   * which grows the backoff, and the last problem shown in the admin panel stay as they are. Wait as told.
   */
  async function waitWhileBusy(retryAfterMs: number | null): Promise<void> {
    if (stopped) return;
    const delay = busyDelay(retryAfterMs, backoff, random);
    status.update({ state: 'waiting', nextAttemptAt: clock.now() + delay });
    await pause(delay);
  }

  /** One batch: take, send, then acknowledge or release. Returns false when there was nothing to send. */
  async function deliverOne(): Promise<boolean> {
    const events = await outbox.takeBatch(batchSize);
    if (events.length === 0) return false;
    const ids = events.map((event) => event.eventId);
    status.update({ state: 'sending', nextAttemptAt: null });
    const controller = new AbortController();
    inFlight = controller;
    const timer = clock.setTimeout(() => controller.abort(), requestTimeoutMs);
    const outcome = await postBatch(fetchFunction, {
      collectorUrl,
      deviceToken,
      events,
      sentAt: clock.now(),
      signal: controller.signal,
      now: clock.now(),
    });
    clock.clearTimeout(timer);
    inFlight = null;
    if (!outcome.ok) {
      await outbox.release(ids).catch(() => undefined);
      if (outcome.tooLarge === true && batchSize > 1) {
        // Should not happen with the collector's limits; halving keeps the log moving if a proxy has lower ones.
        batchSize = Math.max(1, Math.floor(batchSize / 2));
        status.update({ lastError: outcome.error });
        return true;
      }
      if (outcome.busy === true) await waitWhileBusy(outcome.retryAfterMs);
      else await fail(outcome.error, outcome.retryAfterMs);
      return true;
    }
    try {
      await outbox.acknowledge(ids);
    } catch {
      // The collector has the events; they go back to pending and the resend is reported as duplicates.
      await outbox.release(ids).catch(() => undefined);
      await fail('storage', null);
      return true;
    }
    failures = 0;
    deliveredSinceHealth = true;
    const before = status.get();
    status.update({
      state: 'sending',
      lastSuccessAt: clock.now(),
      lastError: null,
      deliveredCount: before.deliveredCount + events.length,
      pendingCount: before.pendingCount === null ? null : Math.max(0, before.pendingCount - events.length),
    });
    await refreshCount(false);
    return true;
  }

  /** Sends the health report after a delivery or when the interval has passed; a failure waits for the interval. */
  async function reportHealth(): Promise<void> {
    const source = options.health;
    if (source === undefined || stopped) return;
    if (!deliveredSinceHealth && lastHealthAttemptAt !== null && clock.now() - lastHealthAttemptAt < healthIntervalMs) return;
    lastHealthAttemptAt = clock.now();
    deliveredSinceHealth = false;
    const controller = new AbortController();
    inFlight = controller;
    const timer = clock.setTimeout(() => controller.abort(), requestTimeoutMs);
    try {
      const report = await source.report(status.get().lastSuccessAt);
      if (await postHealth(fetchFunction, { collectorUrl, deviceToken, report, signal: controller.signal })) await source.acknowledge(report);
    } catch {
      // The report is informative: a failure to build or send it never holds up the events.
    } finally {
      clock.clearTimeout(timer);
      inFlight = null;
    }
  }

  /** Asks the collector for this device's content pack when the interval has passed (304 when nothing changed). */
  async function fetchContent(): Promise<void> {
    const sink = options.content;
    if (sink === undefined || stopped) return;
    if (lastContentAttemptAt !== null && clock.now() - lastContentAttemptAt < contentIntervalMs) return;
    lastContentAttemptAt = clock.now();
    const controller = new AbortController();
    inFlight = controller;
    const timer = clock.setTimeout(() => controller.abort(), requestTimeoutMs);
    try {
      const { site, mode, knownVersion } = sink.request();
      const outcome = await fetchContentPack(fetchFunction, { collectorUrl, deviceToken, site, mode, knownVersion, signal: controller.signal });
      if (outcome.kind === 'pack' && !stopped) await sink.offer(outcome.body);
    } catch {
      // Content is never urgent: the next interval asks again, and the events never wait for it.
    } finally {
      clock.clearTimeout(timer);
      inFlight = null;
    }
  }

  /** Asks the collector for this device's remote settings when the interval has passed (304 when nothing changed). */
  async function fetchSettings(): Promise<void> {
    const sink = options.settings;
    if (sink === undefined || stopped || !sink.wanted()) return;
    if (lastSettingsAttemptAt !== null && clock.now() - lastSettingsAttemptAt < settingsIntervalMs) return;
    lastSettingsAttemptAt = clock.now();
    const controller = new AbortController();
    inFlight = controller;
    const timer = clock.setTimeout(() => controller.abort(), requestTimeoutMs);
    try {
      const outcome = await fetchRemoteSettings(fetchFunction, { collectorUrl, deviceToken, knownRevision: sink.knownRevision(), signal: controller.signal });
      if (stopped) return;
      if (outcome.kind === 'received') await sink.offer(outcome.settings);
      else if (outcome.kind === 'refused') await sink.refuse(outcome.reason);
    } catch {
      // Settings are never urgent: the next interval asks again, and the events never wait for them.
    } finally {
      clock.clearTimeout(timer);
      inFlight = null;
    }
  }

  async function loop(): Promise<void> {
    await refreshCount(true);
    while (!stopped) {
      if (!network.isOnline()) {
        status.update({ state: 'offline', lastError: 'offline', nextAttemptAt: null });
        await pause(idlePollMs);
        continue;
      }
      let sent: boolean;
      try {
        sent = await deliverOne();
      } catch {
        // takeBatch failed (storage): wait and try again; nothing was sent.
        await fail('storage', null);
        continue;
      }
      if (!sent && !stopped) {
        status.update({ state: 'idle', pendingCount: 0, nextAttemptAt: null });
        lastCountAt = clock.now();
        await fetchContent();
        await fetchSettings();
        await reportHealth();
        if (stopped) break;
        await pause(idlePollMs);
      }
    }
  }

  const unsubscribe = network.subscribe(() => {
    if (network.isOnline()) {
      failures = 0;
      wake?.();
    } else {
      status.update({ state: 'offline', lastError: 'offline' });
    }
  });
  const finished = loop().finally(() => {
    unsubscribe();
    running.delete(outbox);
    status.update({ state: 'stopped', nextAttemptAt: null });
  });

  return {
    status,
    getStatus: () => status.get(),
    nudge: () => {
      // "Sync now" from staff also asks for the content pack and the remote settings at once.
      lastContentAttemptAt = null;
      lastSettingsAttemptAt = null;
      wake?.();
    },
    async stop() {
      stopped = true;
      inFlight?.abort();
      wake?.();
      await finished;
    },
  };
}
