// The health report's schema takes a device's state and nothing else: extra fields, free text and personal data
// are refused whole.

import { describe, expect, it } from 'vitest';
import { deviceHealthReportSchema, deviceHealthSchema, type DeviceHealth } from './deviceHealth';

const GOOD: DeviceHealth = {
  appVersion: '1.4.0',
  contentPack: { source: 'collector', version: 7, refusal: null },
  settings: { revision: 4, localOverrides: ['idleTimeoutSeconds'], pinChangePending: false, refusal: null },
  host: 'web',
  lastSuccessfulSyncAt: 1_764_000_000_000,
  pendingEvents: 12,
  missedEvents: 0,
  storage: { warnings: ['near-cap'], recoveries: 1 },
  renderer: null,
  freeStorageBytes: 2_000_000_000,
};

describe('deviceHealthSchema', () => {
  it('accepts a device state from either host', () => {
    expect(deviceHealthSchema.parse(GOOD)).toEqual(GOOD);
    expect(deviceHealthSchema.safeParse({ ...GOOD, host: 'electron', renderer: { crashes: 2, hangs: 1 }, lastSuccessfulSyncAt: null, freeStorageBytes: null }).success).toBe(true);
  });

  it('names the content shown and the last refusal; the collector still takes the shape of devices not updated yet', () => {
    expect(deviceHealthReportSchema.safeParse({ ...GOOD, contentPack: { source: 'file', version: 3, refusal: 'signature' } }).success).toBe(true);
    expect(deviceHealthReportSchema.safeParse({ ...GOOD, contentPack: { source: 'built-in', version: 0, refusal: null } }).success).toBe(true);
    const legacy = { ...GOOD, contentPack: { source: 'built-in', version: '1.4.0' } };
    expect(deviceHealthSchema.safeParse(legacy).success).toBe(true);
    expect(deviceHealthReportSchema.safeParse(legacy).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, contentPack: { source: 'collector', version: '1.4.0' } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, contentPack: { source: 'collector', version: -1, refusal: null } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, contentPack: { source: 'collector', version: 2, refusal: 'Léa changed it' } }).success).toBe(false);
  });

  it("names the hub's settings applied and the kiosk's overrides by field; devices from before remote settings send none", () => {
    expect(deviceHealthReportSchema.safeParse(GOOD).success).toBe(true);
    const { settings, ...olderDevice } = GOOD;
    expect(settings).toBeDefined();
    expect(deviceHealthSchema.safeParse(olderDevice).success).toBe(true);
    expect(deviceHealthReportSchema.safeParse(olderDevice).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: { revision: 4, localOverrides: ['adminPin'], pinChangePending: false } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: { revision: 4, localOverrides: ['Léa changed it'], pinChangePending: false } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: { revision: -1, localOverrides: [], pinChangePending: false } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: { revision: 1, localOverrides: [], pinChangePending: false, newPin: '1234' } }).success).toBe(false);
  });

  it('names why the last settings document was refused, by its reason only; the first devices with settings sent no reason', () => {
    for (const refusal of ['invalid', 'not-saved'] as const) {
      expect(deviceHealthReportSchema.safeParse({ ...GOOD, settings: { ...GOOD.settings!, refusal } }).success).toBe(true);
    }
    // The refused document's details (field names, values) stay on the device.
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: { ...GOOD.settings!, refusal: 'values.idleTimeoutSeconds' } }).success).toBe(false);
    const { refusal, ...earlySettings } = GOOD.settings!;
    expect(refusal).toBeNull();
    expect(deviceHealthSchema.safeParse({ ...GOOD, settings: earlySettings }).success).toBe(true);
    expect(deviceHealthReportSchema.safeParse({ ...GOOD, settings: earlySettings }).success).toBe(false);
  });

  it('refuses an extra field at any level, so a name or a note cannot ride along', () => {
    expect(deviceHealthSchema.safeParse({ ...GOOD, visitorName: 'Léa' }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, storage: { ...GOOD.storage, note: 'Léa, 12 ans' } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, contentPack: { ...GOOD.contentPack, email: 'a@b.be' } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, renderer: { crashes: 0, hangs: 0, url: 'x' } }).success).toBe(false);
  });

  it('refuses free text where a version, an enum or a number belongs', () => {
    expect(deviceHealthSchema.safeParse({ ...GOOD, appVersion: 'Léa Dupont' }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, contentPack: { source: 'Léa', version: '1.0.0' } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, host: 'laptop of Léa' }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, storage: { warnings: ['call me on 0470 12 34 56'], recoveries: 0 } }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, pendingEvents: '12' }).success).toBe(false);
  });

  it('refuses impossible counts', () => {
    expect(deviceHealthSchema.safeParse({ ...GOOD, pendingEvents: -1 }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, missedEvents: 1.5 }).success).toBe(false);
    expect(deviceHealthSchema.safeParse({ ...GOOD, freeStorageBytes: Number.POSITIVE_INFINITY }).success).toBe(false);
  });
});
