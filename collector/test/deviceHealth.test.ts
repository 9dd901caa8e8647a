// The device health contract on SQLite and PostgreSQL: an enrolled device's report is stored and shown on the
// dashboard's devices list, the latest report wins, a device without a valid token is refused, and a report with an
// extra or personal field is refused whole with nothing kept.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceHealth } from '../../common/health/deviceHealth';
import type { DeviceSummary } from '../reports/types';
import { hashPassword } from '../security/passwords';
import { DeviceHealthStore } from '../storage/healthStore';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';

const PASSWORD = 'correct horse battery';

const REPORT: DeviceHealth = {
  appVersion: '1.4.0',
  contentPack: { source: 'built-in', version: '1.4.0' },
  host: 'electron',
  lastSuccessfulSyncAt: 1_764_000_000_000,
  pendingEvents: 40,
  missedEvents: 0,
  storage: { warnings: [], recoveries: 0 },
  renderer: { crashes: 1, hangs: 0 },
  freeStorageBytes: null,
};

describe.each(BACKENDS)('device health on %s', { timeout: 30_000 }, (backend) => {
  let collector: TestCollector;
  let device: { deviceId: string; deviceToken: string };
  beforeAll(async () => {
    collector = await openTestCollector(backend);
    device = await collector.enrol('Hall B');
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword(PASSWORD), collector.clock.now);
  });
  afterAll(() => collector.close());

  const report = (payload: unknown, token: string | null = device.deviceToken) =>
    collector.app.inject({ method: 'POST', url: '/v1/health', headers: token === null ? {} : { authorization: `Bearer ${token}` }, payload: payload as string });
  const latest = async () => (await new DeviceHealthStore(collector.store.driver).latest()).get(device.deviceId);

  it('stores a report and shows it with the device on the dashboard', async () => {
    collector.clock.now += 1_000;
    const response = await report(REPORT);
    expect(response.statusCode).toBe(204);
    expect(await latest()).toEqual({ reportedAt: collector.clock.now, report: REPORT });

    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'marie', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const devices = (await collector.app.inject({ method: 'GET', url: '/api/devices', headers: { cookie } })).json<DeviceSummary[]>();
    expect(devices.find((candidate) => candidate.deviceId === device.deviceId)?.health).toEqual({ reportedAt: collector.clock.now, report: REPORT });
  });

  it('keeps only the latest report of a device', async () => {
    collector.clock.now += 60_000;
    const newer = { ...REPORT, pendingEvents: 0, renderer: { crashes: 0, hangs: 0 } };
    expect((await report(newer)).statusCode).toBe(204);
    expect(await latest()).toEqual({ reportedAt: collector.clock.now, report: newer });
    const rows = await collector.store.driver.all('SELECT device_id FROM device_health WHERE device_id = ?', [device.deviceId]);
    expect(rows).toHaveLength(1);
  });

  it('refuses a report without a token, with an unknown token, or from a revoked device', async () => {
    const before = await latest();
    expect((await report({ ...REPORT, pendingEvents: 7 }, null)).statusCode).toBe(401);
    expect((await report({ ...REPORT, pendingEvents: 7 }, 'x'.repeat(43))).statusCode).toBe(401);
    const other = await collector.enrol('Hall C');
    await collector.store.revokeDevice(other.deviceId, collector.clock.now);
    expect((await report(REPORT, other.deviceToken)).statusCode).toBe(401);
    expect(await latest()).toEqual(before);
    expect((await new DeviceHealthStore(collector.store.driver).latest()).has(other.deviceId)).toBe(false);
  });

  it('refuses a report with an extra or personal field whole, keeping the previous one', async () => {
    const before = await latest();
    for (const bad of [
      { ...REPORT, visitorName: 'Léa Dupont' },
      { ...REPORT, storage: { ...REPORT.storage, note: 'Léa, 12 ans, Hall B' } },
      { ...REPORT, appVersion: 'Léa Dupont' },
      { ...REPORT, host: 'tablet of Léa' },
      { ...REPORT, pendingEvents: -3 },
    ]) {
      const response = await report(bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-health-report' });
      expect(response.body).not.toContain('Léa');
    }
    expect(await latest()).toEqual(before);
  });
});
