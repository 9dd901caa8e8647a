// The devices page's health rules: which device needs someone to act, which to watch, what to do, and the order.

import { describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../../common/health/deviceHealth';
import type { DeviceSummary } from '../../reports/types';
import { deviceVerdict, devicesByHealth, LOW_FREE_STORAGE_BYTES, packShown, STALE_SYNC_MS } from './deviceAdvice';

const NOW = Date.UTC(2026, 11, 4, 10);
const DAY = STALE_SYNC_MS;

const HEALTHY: DeviceHealth = {
  appVersion: '1.4.0',
  contentPack: { source: 'built-in', version: '1.4.0' },
  host: 'electron',
  lastSuccessfulSyncAt: NOW - 60_000,
  pendingEvents: 3,
  missedEvents: 0,
  storage: { warnings: [], recoveries: 0 },
  renderer: { crashes: 0, hangs: 0 },
  freeStorageBytes: 50 * 1024 ** 3,
};

function device(id: string, change: Partial<DeviceSummary> = {}, health: Partial<DeviceHealth> | null = {}): DeviceSummary {
  return {
    deviceId: id,
    siteLabel: 'Hall B',
    enrolledAt: NOW - 30 * DAY,
    revokedAt: null,
    lastSyncAt: NOW - 60_000,
    rejectedEvents: 0,
    ...change,
    // The report arrived with the last sync, unless a test says otherwise.
    health: health === null ? null : { reportedAt: change.lastSyncAt ?? NOW - 60_000, report: { ...HEALTHY, ...health } },
  };
}

describe('deviceVerdict', () => {
  it('finds nothing to say about a device that synced a minute ago with a clean report', () => {
    expect(deviceVerdict(device('a'), NOW)).toEqual({ severity: 'ok', advice: [] });
  });

  it('asks to check the network of a device silent for three days, counting whole days', () => {
    expect(deviceVerdict(device('a', { lastSyncAt: NOW - 3 * DAY - 5_000 }), NOW)).toEqual({ severity: 'act', advice: [{ kind: 'not-synced', count: 3 }] });
    expect(deviceVerdict(device('a', { lastSyncAt: NOW - DAY + 60_000 }), NOW).severity).toBe('ok');
  });

  it('counts a health report as contact: a kiosk without visitors over a weekend is not out of touch', () => {
    const quiet = device('a', { lastSyncAt: NOW - 3 * DAY });
    expect(deviceVerdict({ ...quiet, health: { ...quiet.health!, reportedAt: NOW - 600_000 } }, NOW)).toEqual({ severity: 'ok', advice: [] });
  });

  it('flags a device enrolled a day ago that never synced, but not one enrolled an hour ago', () => {
    expect(deviceVerdict(device('a', { lastSyncAt: null, enrolledAt: NOW - 2 * DAY }, null), NOW).advice).toEqual([{ kind: 'never-synced', count: 0 }]);
    expect(deviceVerdict(device('a', { lastSyncAt: null, enrolledAt: NOW - 3_600_000 }, null), NOW)).toEqual({ severity: 'ok', advice: [] });
  });

  it('turns storage warnings, missed events and low space into actions, crashes and recoveries into things to watch', () => {
    expect(deviceVerdict(device('a', {}, { missedEvents: 12, storage: { warnings: ['cap-reached'], recoveries: 0 } }), NOW)).toEqual({ severity: 'act', advice: [{ kind: 'missed-events', count: 12 }] });
    expect(deviceVerdict(device('a', {}, { storage: { warnings: ['storage-unavailable'], recoveries: 0 } }), NOW).advice).toEqual([{ kind: 'storage-memory', count: 0 }]);
    expect(deviceVerdict(device('a', {}, { freeStorageBytes: LOW_FREE_STORAGE_BYTES - 1 }), NOW).advice).toEqual([{ kind: 'storage-full', count: 0 }]);
    expect(deviceVerdict(device('a', {}, { freeStorageBytes: null, host: 'web', renderer: null }), NOW).severity).toBe('ok');
    expect(deviceVerdict(device('a', {}, { renderer: { crashes: 2, hangs: 1 } }), NOW)).toEqual({ severity: 'watch', advice: [{ kind: 'crashes', count: 3 }] });
    expect(deviceVerdict(device('a', {}, { storage: { warnings: ['store-recovered'], recoveries: 1 } }), NOW)).toEqual({ severity: 'watch', advice: [{ kind: 'storage-trouble', count: 0 }] });
    expect(deviceVerdict(device('a', {}, { storage: { warnings: ['near-cap'], recoveries: 0 } }), NOW)).toEqual({ severity: 'watch', advice: [{ kind: 'backlog', count: 0 }] });
  });

  it('notes a syncing device that sends no report yet without calling it unwell, and says nothing of a revoked one', () => {
    expect(deviceVerdict(device('a', {}, null), NOW)).toEqual({ severity: 'ok', advice: [{ kind: 'no-report', count: 0 }] });
    expect(deviceVerdict(device('a', { revokedAt: NOW - DAY, lastSyncAt: NOW - 9 * DAY }), NOW)).toEqual({ severity: 'revoked', advice: [] });
  });
});

describe('devicesByHealth', () => {
  it('lists those to act on first (longest silent first), then those to watch, the well, and the revoked last', () => {
    const list = [
      device('well-b', { siteLabel: 'Hall B' }),
      device('revoked', { revokedAt: NOW - DAY }),
      device('crashing', {}, { renderer: { crashes: 1, hangs: 0 } }),
      device('silent-2', { lastSyncAt: NOW - 2 * DAY }),
      device('well-a', { siteLabel: 'Hall A' }),
      device('silent-5', { lastSyncAt: NOW - 5 * DAY }),
    ];
    expect(devicesByHealth(list, NOW).map((entry) => entry.device.deviceId)).toEqual(['silent-5', 'silent-2', 'crashing', 'well-a', 'well-b', 'revoked']);
  });
});

describe('the content pack a device shows', () => {
  const fromCollector = { source: 'collector', version: 7, refusal: null } as const;

  it('reads the new report shape: source, version and refusal', () => {
    expect(packShown({ ...HEALTHY, contentPack: fromCollector })).toEqual({ source: 'collector', version: 7, refusal: null });
    expect(packShown({ ...HEALTHY, contentPack: { source: 'file', version: 3, refusal: 'signature' } })).toEqual({ source: 'file', version: 3, refusal: 'signature' });
  });

  it('reads the old shape of devices from before content packs as the built-in content without a pack version', () => {
    expect(packShown(HEALTHY)).toEqual({ source: 'built-in', version: null, refusal: null });
  });

  it('asks staff to watch a device that refused a pack, and says nothing when none was refused', () => {
    expect(deviceVerdict(device('a', {}, { contentPack: fromCollector }), NOW)).toEqual({ severity: 'ok', advice: [] });
    expect(deviceVerdict(device('a', {}, { contentPack: { ...fromCollector, refusal: 'unknown-key' } }), NOW)).toEqual({
      severity: 'watch',
      advice: [{ kind: 'pack-refused', count: 0 }],
    });
  });
});

describe('a PIN change the hub asked for', () => {
  const settings = { revision: 4, localOverrides: [], pinChangePending: false };

  it('asks staff to watch a device whose PIN change is still due, and says nothing once it is done or for an older app', () => {
    expect(deviceVerdict(device('a', {}, { settings: { ...settings, pinChangePending: true } }), NOW)).toEqual({
      severity: 'watch',
      advice: [{ kind: 'pin-change-pending', count: 0 }],
    });
    expect(deviceVerdict(device('a', {}, { settings }), NOW)).toEqual({ severity: 'ok', advice: [] });
    expect(deviceVerdict(device('a'), NOW)).toEqual({ severity: 'ok', advice: [] });
  });

  it('asks staff to watch a device that refused the last settings, and says nothing once it took valid ones', () => {
    for (const refusal of ['invalid', 'not-saved'] as const) {
      expect(deviceVerdict(device('a', {}, { settings: { ...settings, refusal } }), NOW)).toEqual({ severity: 'watch', advice: [{ kind: 'settings-refused', count: 0 }] });
    }
    expect(deviceVerdict(device('a', {}, { settings: { ...settings, refusal: null } }), NOW)).toEqual({ severity: 'ok', advice: [] });
  });
});
