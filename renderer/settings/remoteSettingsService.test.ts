// The device's remote settings: a document from the hub waits for a moment between two visitors and is then saved
// through the admin panel's own save; a setting staff changed at the kiosk stays as a local override until the hub
// changes it; a PIN-change request stays pending until staff change the PIN here; a damaged kept record is dropped
// with a warning; a refused document leaves everything as it was.

import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig, deviceConfigSchema, type DeviceConfig } from '../../common/config/deviceConfig';
import type { RemoteSettings } from '../../common/config/remoteSettings';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { createStore } from '../state/store';
import { createRemoteSettingsService, REMOTE_SETTINGS_KEY, type RemoteSettingsServiceOptions } from './remoteSettingsService';

class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const HUB: RemoteSettings = { revision: 3, values: { idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'en'], defaultLanguage: 'fr' }, pinChangeRequestedAt: null };

function device(change: Partial<RemoteSettingsServiceOptions> = {}, between = { now: true }) {
  const deviceConfig = createStore<DeviceConfigState>({ config: { ...defaultDeviceConfig('kiosk'), defaultLanguage: 'en' }, problems: [] });
  const saved: DeviceConfig[] = [];
  const storage = new MemoryStorage();
  const warnings: string[] = [];
  const options: RemoteSettingsServiceOptions = {
    deviceConfig,
    saveDeviceConfig: async (config) => {
      saved.push(deviceConfigSchema.parse(config));
      deviceConfig.set({ config, problems: [] });
    },
    betweenVisitors: () => between.now,
    storage,
    now: () => 1_800_000_000_000,
    warn: (message) => void warnings.push(message),
    ...change,
  };
  return { deviceConfig, saved, storage, warnings, options, service: createRemoteSettingsService(options) };
}

describe('remote settings on the device', () => {
  it('keeps a document received during a visit waiting, and applies it only between visitors', async () => {
    const between = { now: false };
    const kiosk = device({}, between);
    expect(await kiosk.service.offer(HUB)).toBe('waiting');
    expect(kiosk.saved).toEqual([]);
    expect(kiosk.deviceConfig.get().config.idleTimeoutSeconds).toBe(90);
    expect(kiosk.service.knownRevision()).toBe(3);
    expect(kiosk.service.status.get().waiting?.revision).toBe(3);
    await kiosk.service.settle();
    expect(kiosk.saved).toEqual([]);
    between.now = true;
    await kiosk.service.settle();
    expect(kiosk.saved).toHaveLength(1);
    expect(kiosk.deviceConfig.get().config).toMatchObject({ idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'en'], defaultLanguage: 'fr' });
    expect(kiosk.service.status.get()).toMatchObject({ waiting: null, applied: HUB, appliedAt: 1_800_000_000_000, overrides: [] });
    expect(kiosk.service.healthState()).toEqual({ revision: 3, localOverrides: [], pinChangePending: false, refusal: null });
    // The same revision again is nothing new.
    expect(await kiosk.service.offer(HUB)).toBe('unchanged');
  });

  it('keeps what survives a restart: the applied document, and a waiting one', async () => {
    const between = { now: false };
    const kiosk = device({}, between);
    await kiosk.service.offer(HUB);
    const again = createRemoteSettingsService({ ...kiosk.options });
    expect(again.status.get().waiting).toEqual(HUB);
    between.now = true;
    await again.settle();
    expect(again.status.get().applied).toEqual(HUB);
    expect(createRemoteSettingsService({ ...kiosk.options }).knownRevision()).toBe(3);
  });

  it('keeps a setting changed at the kiosk as a local override until the hub changes that same setting', async () => {
    const kiosk = device();
    await kiosk.service.offer(HUB);
    // Staff choose 300 s at the kiosk.
    await kiosk.options.saveDeviceConfig({ ...kiosk.deviceConfig.get().config, idleTimeoutSeconds: 300 });
    expect(kiosk.service.status.get().overrides).toEqual(['idleTimeoutSeconds']);
    expect(kiosk.service.healthState().localOverrides).toEqual(['idleTimeoutSeconds']);
    // The hub changes the languages only: the kiosk's 300 s stays.
    await kiosk.service.offer({ ...HUB, revision: 4, values: { ...HUB.values, enabledLanguages: ['fr', 'nl', 'en'] } });
    expect(kiosk.deviceConfig.get().config).toMatchObject({ idleTimeoutSeconds: 300, enabledLanguages: ['fr', 'nl', 'en'] });
    expect(kiosk.service.healthState()).toEqual({ revision: 4, localOverrides: ['idleTimeoutSeconds'], pinChangePending: false, refusal: null });
    // The hub changes the idle time: its value wins and the override is gone.
    await kiosk.service.offer({ ...HUB, revision: 5, values: { ...HUB.values, enabledLanguages: ['fr', 'nl', 'en'], idleTimeoutSeconds: 60 } });
    expect(kiosk.deviceConfig.get().config.idleTimeoutSeconds).toBe(60);
    expect(kiosk.service.healthState().localOverrides).toEqual([]);
  });

  it('keeps a PIN-change request pending until staff change the PIN here, and a new request counts again', async () => {
    const kiosk = device();
    await kiosk.service.offer({ ...HUB, pinChangeRequestedAt: 1_000 });
    expect(kiosk.service.status.get().pinChangePending).toBe(true);
    expect(kiosk.service.healthState().pinChangePending).toBe(true);
    kiosk.service.pinChanged();
    expect(kiosk.service.healthState().pinChangePending).toBe(false);
    // Other settings saved later keep the same request: still satisfied.
    await kiosk.service.offer({ ...HUB, revision: 4, pinChangeRequestedAt: 1_000 });
    expect(kiosk.service.healthState().pinChangePending).toBe(false);
    expect(createRemoteSettingsService({ ...kiosk.options }).healthState().pinChangePending).toBe(false);
    await kiosk.service.offer({ ...HUB, revision: 5, pinChangeRequestedAt: 2_000 });
    expect(kiosk.service.healthState().pinChangePending).toBe(true);
  });

  it('refuses a document in plain terms and keeps everything as it was', async () => {
    const kiosk = device();
    await kiosk.service.offer(HUB);
    const before = kiosk.deviceConfig.get().config;
    await kiosk.service.refuse('values.idleTimeoutSeconds: Too small: expected number to be >=20');
    expect(kiosk.deviceConfig.get().config).toBe(before);
    expect(kiosk.service.status.get()).toMatchObject({ applied: HUB, lastRefusal: { refusal: 'invalid', detail: expect.stringContaining('idleTimeoutSeconds') as unknown } });
    expect(kiosk.service.knownRevision()).toBe(3);
    // The hub is told the reason, never the details.
    expect(kiosk.service.healthState()).toMatchObject({ revision: 3, refusal: 'invalid' });
    // The next valid document clears the refusal.
    await kiosk.service.offer({ ...HUB, revision: 4 });
    expect(kiosk.service.status.get().lastRefusal).toBeNull();
    expect(kiosk.service.healthState().refusal).toBeNull();
  });

  it('does not take a document the host will not save, and says so', async () => {
    const kiosk = device({ saveDeviceConfig: async () => Promise.reject(new Error('config.json is read-only')) });
    await kiosk.service.offer(HUB);
    expect(kiosk.deviceConfig.get().config.idleTimeoutSeconds).toBe(90);
    expect(kiosk.service.status.get()).toMatchObject({ applied: null, waiting: null, lastRefusal: { refusal: 'not-saved', detail: 'config.json is read-only' } });
    expect(kiosk.service.knownRevision()).toBe(0);
    expect(kiosk.service.healthState()).toMatchObject({ revision: 0, refusal: 'not-saved' });
  });

  it('drops a damaged kept record with a warning and starts afresh, never throwing', () => {
    for (const damaged of ['{not json', JSON.stringify({ applied: { revision: -2 } }), JSON.stringify([1, 2])]) {
      const kiosk = device();
      kiosk.storage.items.set(REMOTE_SETTINGS_KEY, damaged);
      const service = createRemoteSettingsService(kiosk.options);
      expect(service.status.get()).toMatchObject({ applied: null, waiting: null, problem: 'storage-damaged' });
      expect(service.knownRevision()).toBe(0);
      expect(kiosk.warnings.at(-1)).toMatch(/damaged and was dropped/);
      expect(kiosk.storage.items.has(REMOTE_SETTINGS_KEY)).toBe(false);
    }
  });

  it('goes on in memory when storage fails or is missing', async () => {
    const kiosk = device();
    kiosk.storage.failWrites = true;
    await kiosk.service.offer(HUB);
    expect(kiosk.service.status.get()).toMatchObject({ applied: HUB, problem: 'write-failed' });
    const noStorage = device({ storage: null });
    await noStorage.service.offer(HUB);
    expect(noStorage.service.status.get()).toMatchObject({ applied: HUB, problem: null });
  });
});
