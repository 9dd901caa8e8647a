// The hub's remote settings on this device (common/config/remoteSettings.ts): the settings last applied, a newer
// document waiting for the next moment between two visitors, the hub's PIN-change request this kiosk last satisfied,
// and the last document refused. They are kept in one localStorage record, checked when read (a damaged record is
// dropped with a warning and the device goes on with its own config). A document from the sync only waits: it is
// applied when a visitor has gone (attract screen, idle reset) or a classroom is back on its home, through the same
// save as the admin panel's device settings (Electron writes userData/config.json, the web host its override), with
// applyRemoteSettings, so a setting staff changed at the kiosk stays as a local override until the hub changes it.

import { z } from '../../common/zod';
import {
  applyRemoteSettings,
  localOverrides,
  pinChangePending,
  remoteSettingsSchema,
  SETTINGS_REFUSALS,
  type RemoteSettingField,
  type RemoteSettings,
} from '../../common/config/remoteSettings';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { RemoteSettingsState } from '../../common/health/deviceHealth';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { createStore, type Store } from '../state/store';

export const REMOTE_SETTINGS_KEY = 'biotech.remoteSettings.v1';

export { SETTINGS_REFUSALS, type SettingsRefusal } from '../../common/config/remoteSettings';

const time = z.int().check(z.gte(0), z.lte(8_640_000_000_000_000));

const keptSchema = z.strictObject({
  applied: z.nullable(remoteSettingsSchema),
  /** Device time the applied document took effect. */
  appliedAt: z.nullable(time),
  waiting: z.nullable(remoteSettingsSchema),
  /** The hub's pinChangeRequestedAt that staff answered by changing the PIN here. */
  satisfiedPinRequestAt: z.nullable(time),
  lastRefusal: z.nullable(z.strictObject({ refusal: z.enum(SETTINGS_REFUSALS), detail: z.string().check(z.maxLength(300)), at: time })),
});
export type KeptRemoteSettings = z.infer<typeof keptSchema>;

const NOTHING_KEPT: KeptRemoteSettings = { applied: null, appliedAt: null, waiting: null, satisfiedPinRequestAt: null, lastRefusal: null };

/** The kept record could not be read (dropped) or written; staff see it in the admin panel. */
export type SettingsStoreProblem = 'storage-damaged' | 'write-failed';

export interface RemoteSettingsStatus extends KeptRemoteSettings {
  /** Settings the hub set that staff changed here since they applied. */
  readonly overrides: RemoteSettingField[];
  readonly pinChangePending: boolean;
  readonly problem: SettingsStoreProblem | null;
}

export interface RemoteSettingsService {
  readonly status: Store<RemoteSettingsStatus>;
  /** The revision the sync names in If-None-Match: the newest applied or waiting, 0 for none. */
  knownRevision(): number;
  /** Valid settings from the collector: kept as waiting, applied at once if this is a moment between visitors. */
  offer(settings: RemoteSettings): Promise<'waiting' | 'applied' | 'unchanged'>;
  /** A document from the collector that is not valid settings: the device keeps what it has and says why. */
  refuse(detail: string): Promise<void>;
  /** Applies the waiting document if this is a moment between visitors. */
  settle(): Promise<void>;
  /** Staff changed the PIN at the kiosk: an open request from the hub is satisfied (reported at the next sync). */
  pinChanged(): void;
  /** For the health report. */
  healthState(): RemoteSettingsState;
}

export interface RemoteSettingsServiceOptions {
  readonly deviceConfig: Store<DeviceConfigState>;
  /** The admin panel's save: validates and stores the config through the host and publishes it. */
  readonly saveDeviceConfig: (config: DeviceConfig) => Promise<void>;
  /** True between two visitors (attract screen, or a classroom on its home with no game). */
  readonly betweenVisitors: () => boolean;
  /** Where the record is kept; null where the browser gives no storage (kept in memory for this page only). */
  readonly storage: Storage | null;
  readonly now?: () => number;
  readonly warn?: (message: string) => void;
}

/** Reads the kept record; anything that is not one is dropped (with a warning), never thrown. */
export function readKeptSettings(storage: Storage | null, warn: (message: string) => void): { kept: KeptRemoteSettings; damaged: boolean } {
  if (storage === null) return { kept: NOTHING_KEPT, damaged: false };
  let text: string | null;
  try {
    text = storage.getItem(REMOTE_SETTINGS_KEY);
  } catch {
    return { kept: NOTHING_KEPT, damaged: false };
  }
  if (text === null) return { kept: NOTHING_KEPT, damaged: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = keptSchema.safeParse(value);
  if (parsed.success) return { kept: parsed.data, damaged: false };
  warn(`Remote settings: the kept record (${REMOTE_SETTINGS_KEY}) is damaged and was dropped; the device keeps its own config until the hub's next settings.`);
  try {
    storage.removeItem(REMOTE_SETTINGS_KEY);
  } catch {
    // Dropped in memory anyway.
  }
  return { kept: NOTHING_KEPT, damaged: true };
}

export function createRemoteSettingsService(options: RemoteSettingsServiceOptions): RemoteSettingsService {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const read = readKeptSettings(options.storage, warn);
  let kept = read.kept;
  let problem: SettingsStoreProblem | null = read.damaged ? 'storage-damaged' : null;

  const statusNow = (): RemoteSettingsStatus => ({
    ...kept,
    overrides: localOverrides(options.deviceConfig.get().config, kept.applied),
    pinChangePending: pinChangePending(kept.applied, kept.satisfiedPinRequestAt),
    problem,
  });
  const status = createStore<RemoteSettingsStatus>(statusNow());
  const publish = () => status.set(statusNow());

  const save = (next: KeptRemoteSettings) => {
    kept = next;
    if (options.storage !== null) {
      try {
        options.storage.setItem(REMOTE_SETTINGS_KEY, JSON.stringify(next));
        if (problem === 'write-failed') problem = null;
      } catch {
        problem = 'write-failed';
      }
    }
    publish();
  };

  let applying: Promise<void> | null = null;
  const applyWaiting = async () => {
    const incoming = kept.waiting;
    if (incoming === null) return;
    const before = options.deviceConfig.get().config;
    const { config, applied } = applyRemoteSettings(before, incoming, kept.applied);
    try {
      if (applied.length > 0 || config.defaultLanguage !== before.defaultLanguage) await options.saveDeviceConfig(config);
    } catch (error) {
      // The device keeps its config; the document is not taken (the next sync asks for it again).
      save({ ...kept, waiting: null, lastRefusal: { refusal: 'not-saved', detail: String((error as Error).message ?? error).slice(0, 300), at: now() } });
      return;
    }
    // A newer document may have arrived while saving: it stays waiting.
    const stillWaiting = kept.waiting !== null && kept.waiting.revision !== incoming.revision ? kept.waiting : null;
    save({ ...kept, applied: incoming, appliedAt: now(), waiting: stillWaiting });
  };

  const service: RemoteSettingsService = {
    status,
    knownRevision: () => Math.max(kept.applied?.revision ?? 0, kept.waiting?.revision ?? 0),
    async offer(settings) {
      if (settings.revision === kept.waiting?.revision || (kept.waiting === null && settings.revision === kept.applied?.revision)) return 'unchanged';
      save({ ...kept, waiting: settings, lastRefusal: null });
      await service.settle();
      return kept.waiting === null && kept.applied?.revision === settings.revision ? 'applied' : 'waiting';
    },
    async refuse(detail) {
      save({ ...kept, lastRefusal: { refusal: 'invalid', detail: detail.slice(0, 300), at: now() } });
    },
    async settle() {
      while (applying !== null) await applying;
      if (kept.waiting === null || !options.betweenVisitors()) return;
      applying = applyWaiting().finally(() => {
        applying = null;
      });
      await applying;
    },
    pinChanged() {
      if (pinChangePending(kept.applied, kept.satisfiedPinRequestAt)) save({ ...kept, satisfiedPinRequestAt: kept.applied!.pinChangeRequestedAt });
    },
    healthState: () => ({
      revision: kept.applied?.revision ?? 0,
      localOverrides: localOverrides(options.deviceConfig.get().config, kept.applied),
      pinChangePending: pinChangePending(kept.applied, kept.satisfiedPinRequestAt),
      // Until a valid document comes: the hub sees that this kiosk did not take its last settings, and why.
      refusal: kept.lastRefusal?.refusal ?? null,
    }),
  };
  options.deviceConfig.subscribe(publish);
  return service;
}
