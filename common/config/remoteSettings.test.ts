// Remote settings: what a device gets from its site's and its own document, which fields it takes, which it keeps as
// local overrides, and when a PIN change the hub asked for is still due.

import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from './deviceConfig';
import {
  applyRemoteSettings,
  localOverrides,
  mergeRemoteSettings,
  pinChangePending,
  remoteSettingValuesSchema,
  saveRemoteSettingsRequestSchema,
  type RemoteSettings,
  type StoredRemoteSettings,
} from './remoteSettings';

const stored = (change: Partial<StoredRemoteSettings>): StoredRemoteSettings => ({
  target: { kind: 'site', site: 'Hall A' },
  values: {},
  version: 1,
  pinChangeRequestedAt: null,
  savedAt: '2026-12-04T10:00:00.000Z',
  savedBy: 'lea.staff',
  ...change,
});

const received = (change: Partial<RemoteSettings>): RemoteSettings => ({ revision: 1, values: {}, pinChangeRequestedAt: null, ...change });

describe('remote setting values', () => {
  it('take only the settings the hub may set: never the PIN, the site, a token or an unknown field', () => {
    expect(remoteSettingValuesSchema.safeParse({ idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'nl'] }).success).toBe(true);
    for (const field of ['adminPin', 'siteLabel', 'deviceToken', 'collectorUrl', 'contentKey', 'visitorName']) {
      expect(remoteSettingValuesSchema.safeParse({ [field]: null }).success, field).toBe(false);
    }
  });

  it('refuse a default language that is not enabled, and values a device would refuse', () => {
    expect(remoteSettingValuesSchema.safeParse({ enabledLanguages: ['fr'], defaultLanguage: 'en' }).success).toBe(false);
    expect(remoteSettingValuesSchema.safeParse({ idleTimeoutSeconds: 5 }).success).toBe(false);
    expect(remoteSettingValuesSchema.safeParse({ enabledGames: ['purify', 'purify'] }).success).toBe(false);
    expect(remoteSettingValuesSchema.safeParse({ hubPageUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('are saved for a site or a device by its id, nothing else', () => {
    expect(saveRemoteSettingsRequestSchema.safeParse({ target: { kind: 'device', deviceId: '4f7c2a4e-3b51-4d6e-9a1b-2c3d4e5f6a7b' }, values: {}, requirePinChange: true }).success).toBe(true);
    expect(saveRemoteSettingsRequestSchema.safeParse({ target: { kind: 'device', deviceId: 'kiosk 3' }, values: {}, requirePinChange: false }).success).toBe(false);
    expect(saveRemoteSettingsRequestSchema.safeParse({ target: { kind: 'all' }, values: {}, requirePinChange: false }).success).toBe(false);
  });
});

describe('mergeRemoteSettings', () => {
  it('gives nothing when neither the site nor the device has a document', () => {
    expect(mergeRemoteSettings(null, null)).toBeNull();
  });

  it("puts the device's values over its site's, with the newer version as revision", () => {
    const site = stored({ values: { idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'nl', 'de', 'en'], defaultLanguage: 'nl' }, version: 4 });
    const device = stored({ target: { kind: 'device', deviceId: '4f7c2a4e-3b51-4d6e-9a1b-2c3d4e5f6a7b' }, values: { idleTimeoutSeconds: 300 }, version: 2 });
    expect(mergeRemoteSettings(site, device)).toEqual({
      revision: 4,
      values: { idleTimeoutSeconds: 300, enabledLanguages: ['fr', 'nl', 'de', 'en'], defaultLanguage: 'nl' },
      pinChangeRequestedAt: null,
    });
  });

  it("keeps the default language among the device's own languages", () => {
    const site = stored({ values: { defaultLanguage: 'de' }, version: 1 });
    const device = stored({ target: { kind: 'device', deviceId: '4f7c2a4e-3b51-4d6e-9a1b-2c3d4e5f6a7b' }, values: { enabledLanguages: ['fr', 'en'] }, version: 2 });
    expect(mergeRemoteSettings(site, device)?.values).toEqual({ defaultLanguage: 'fr', enabledLanguages: ['fr', 'en'] });
  });

  it('passes on the newer PIN request of the two', () => {
    const site = stored({ pinChangeRequestedAt: 1_000, version: 1 });
    const device = stored({ target: { kind: 'device', deviceId: '4f7c2a4e-3b51-4d6e-9a1b-2c3d4e5f6a7b' }, pinChangeRequestedAt: 5_000, version: 2 });
    expect(mergeRemoteSettings(site, device)?.pinChangeRequestedAt).toBe(5_000);
    expect(mergeRemoteSettings(site, null)?.pinChangeRequestedAt).toBe(1_000);
  });
});

describe('applyRemoteSettings and localOverrides', () => {
  const kiosk = defaultDeviceConfig('kiosk');

  it('takes every field the hub sets the first time, and nothing else of the config', () => {
    const incoming = received({ values: { idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'nl'], defaultLanguage: 'nl' } });
    const { config, applied } = applyRemoteSettings(kiosk, incoming, null);
    expect(applied).toEqual(['enabledLanguages', 'defaultLanguage', 'idleTimeoutSeconds']);
    expect(config).toEqual({ ...kiosk, idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'nl'], defaultLanguage: 'nl' });
    expect(localOverrides(config, incoming)).toEqual([]);
  });

  it('keeps a setting staff changed at the kiosk until the hub changes that same setting again', () => {
    const first = received({ revision: 1, values: { idleTimeoutSeconds: 120, hubPageUrl: 'https://example.org/hub' } });
    const applied = applyRemoteSettings(kiosk, first, null).config;
    const atKiosk = { ...applied, idleTimeoutSeconds: 300 };
    expect(localOverrides(atKiosk, first)).toEqual(['idleTimeoutSeconds']);

    // The hub changes another setting: the local idle timeout stays.
    const second = received({ revision: 2, values: { idleTimeoutSeconds: 120, hubPageUrl: 'https://example.org/open-day' } });
    const afterSecond = applyRemoteSettings(atKiosk, second, first);
    expect(afterSecond.applied).toEqual(['hubPageUrl']);
    expect(afterSecond.config.idleTimeoutSeconds).toBe(300);
    expect(localOverrides(afterSecond.config, second)).toEqual(['idleTimeoutSeconds']);

    // The hub changes the idle timeout itself: the hub's value comes in.
    const third = received({ revision: 3, values: { idleTimeoutSeconds: 60, hubPageUrl: 'https://example.org/open-day' } });
    const afterThird = applyRemoteSettings(afterSecond.config, third, second);
    expect(afterThird.applied).toEqual(['idleTimeoutSeconds']);
    expect(localOverrides(afterThird.config, third)).toEqual([]);
  });

  it("moves the default language into the device's languages when the hub leaves it out", () => {
    const { config } = applyRemoteSettings({ ...kiosk, defaultLanguage: 'de' }, received({ values: { enabledLanguages: ['nl', 'fr'] } }), null);
    expect(config.defaultLanguage).toBe('nl');
  });
});

describe('pinChangePending', () => {
  it('is due while the hub asks and this request has not been met, whatever the clocks say', () => {
    expect(pinChangePending(null, null)).toBe(false);
    expect(pinChangePending(received({}), null)).toBe(false);
    expect(pinChangePending(received({ pinChangeRequestedAt: 9_000 }), null)).toBe(true);
    expect(pinChangePending(received({ pinChangeRequestedAt: 9_000 }), 9_000)).toBe(false);
    expect(pinChangePending(received({ pinChangeRequestedAt: 12_000 }), 9_000)).toBe(true);
  });
});
