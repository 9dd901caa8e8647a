// Runs the sync client for as long as the device config names a collector and holds a device token, and restarts
// it when either changes (enrolment in the admin panel). Publishes the client's status for the admin panel. Each
// sync also asks for the device's content pack and remote settings and sends its health report when it is given them.
// It starts once the engagement log is open (the log opens after the first screen, renderer/telemetry/telemetryFront.ts),
// and its code loads then, only on a device that has a collector and a token.

import type { DeviceConfigState } from '../../common/host/hostApi';
import type { ContentPackSink, HealthSource, RemoteSettingsSink, SyncHandle, SyncOptions, SyncStatus } from '../sync';
import { createStore, type Store } from '../state/store';
import type { Telemetry } from '../telemetry/telemetry';

export interface SyncService {
  /** null while no collector is configured. */
  readonly status: Store<SyncStatus | null>;
  /** Tries now instead of waiting for the next poll. */
  nudge(): void;
}

/** Timings the test build may shorten (?testHooks=1&syncFast=1); the shipped app uses the client's defaults. */
export type SyncTimings = Pick<SyncOptions, 'requestTimeoutMs' | 'idlePollMs' | 'backoff' | 'healthIntervalMs' | 'contentIntervalMs' | 'settingsIntervalMs'>;

export const FAST_SYNC_TIMINGS: SyncTimings = { requestTimeoutMs: 2_000, idlePollMs: 200, backoff: { initialMs: 50, maxMs: 1_000 }, healthIntervalMs: 1_000, contentIntervalMs: 500, settingsIntervalMs: 500 };

/**
 * `log`: the engagement log once open (its outbox); nothing syncs before. `health`: the device's health report, sent with each sync (deviceHealthSource.ts); `content`: where fetched packs
 * go; `settings`: where fetched remote settings go.
 */
export function runSync(
  log: Promise<Pick<Telemetry, 'sync'>>,
  deviceConfig: Store<DeviceConfigState>,
  timings: SyncTimings = {},
  health?: HealthSource,
  content?: ContentPackSink,
  settings?: RemoteSettingsSink,
): SyncService {
  const status = createStore<SyncStatus | null>(null);
  let handle: SyncHandle | null = null;
  let stopStatus: (() => void) | null = null;
  let current = '';
  // Restarts are chained so two loops never run on the same log at once; the first waits for the log to open (a log
  // that could not be opened has nothing to send: the chain then never starts a loop).
  let telemetry: Pick<Telemetry, 'sync'> | null = null;
  let restarting: Promise<void> = log.then(
    (open) => {
      telemetry = open;
    },
    () => undefined,
  );

  const apply = () => {
    const { collectorUrl, deviceToken } = deviceConfig.get().config;
    const key = collectorUrl && deviceToken ? `${collectorUrl} ${deviceToken}` : '';
    if (key === current) return;
    current = key;
    restarting = restarting.then(async () => {
      stopStatus?.();
      stopStatus = null;
      await handle?.stop();
      handle = null;
      status.set(null);
      if (!collectorUrl || !deviceToken || telemetry === null) return;
      const { startSync } = await import('../sync/syncClient');
      handle = startSync({ telemetry, collectorUrl, deviceToken, health, content, settings, ...timings });
      const next = handle;
      status.set(next.getStatus());
      stopStatus = next.status.subscribe(() => status.set(next.getStatus()));
    }).catch(() => {
      // The client's code could not be loaded (a web host updated meanwhile, the network gone): no loop runs and the
      // events stay in the log; the next change of the device config, or the next page load, tries again.
      current = '';
    });
  };

  deviceConfig.subscribe(apply);
  apply();
  return { status, nudge: () => handle?.nudge() };
}
