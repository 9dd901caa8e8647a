// Remote settings on SQLite and PostgreSQL (common/config/remoteSettings.ts): staff save a document per site and per
// device, a device gets its site's values with its own on top (site labels compared without regard to case), the
// revision only grows, conditional fetches (ETag, 304, 204), class tokens and unknown or revoked devices, refusals
// (a PIN, an unknown field, a default language not enabled, an unknown device), the PIN-change request's time, the
// audit log, and health reports carrying the settings state.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REMOTE_SETTINGS_PATHS,
  settingsEtag,
  type RemoteSettings,
  type RemoteSettingsOverview,
  type SaveRemoteSettingsRequest,
  type StoredRemoteSettings,
} from '../../common/config/remoteSettings';
import type { DeviceHealth } from '../../common/health/deviceHealth';
import type { DeviceSummary } from '../reports/types';
import { hashPassword } from '../security/passwords';
import type { AuditEntry } from '../storage/auditLog';
import { hubDayOf } from '../storage/hubDay';
import { RemoteSettingsStore } from '../storage/remoteSettingsStore';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';

const PASSWORD = 'correct horse battery';

describe.each(BACKENDS)('remote settings on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let staff: Record<string, string>;
  let hallB: { deviceId: string; deviceToken: string };
  let hallBOther: { deviceId: string; deviceToken: string };
  let hallC: { deviceId: string; deviceToken: string };

  beforeAll(async () => {
    collector = await openTestCollector(backend);
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword(PASSWORD), collector.clock.now);
    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'marie', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    staff = { host: 'hub.local', cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken };
    hallB = await collector.enrol('Hall B');
    hallBOther = await collector.enrol('hall b');
    hallC = await collector.enrol('Hall C');
  });
  afterAll(() => collector.close());

  const save = (body: unknown) => {
    collector.clock.now += 1_000;
    return collector.app.inject({ method: 'PUT', url: REMOTE_SETTINGS_PATHS.staff, headers: staff, payload: body as string });
  };
  const saved = async (body: SaveRemoteSettingsRequest) => {
    const response = await save(body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<StoredRemoteSettings>();
  };
  const fetchSettings = (token: string, headers: Record<string, string> = {}) =>
    collector.app.inject({ method: 'GET', url: REMOTE_SETTINGS_PATHS.deviceFetch, headers: { authorization: `Bearer ${token}`, ...headers } });
  const overview = async () => (await collector.app.inject({ method: 'GET', url: REMOTE_SETTINGS_PATHS.staff, headers: staff })).json<RemoteSettingsOverview>();

  it('gives a device nothing (204, no-cache) while nothing is saved for it or its site', async () => {
    const response = await fetchSettings(hallB.deviceToken);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect((await overview()).targets).toEqual([]);
  });

  it('refuses a request without a token (401) and lets a browser read the ETag (CORS)', async () => {
    const anonymous = await collector.app.inject({ method: 'GET', url: REMOTE_SETTINGS_PATHS.deviceFetch });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'missing-token' });
    expect((await fetchSettings('x'.repeat(43))).statusCode).toBe(401);
    const preflight = await collector.app.inject({
      method: 'OPTIONS',
      url: REMOTE_SETTINGS_PATHS.deviceFetch,
      headers: { origin: 'https://school.example', 'access-control-request-headers': 'authorization, if-none-match' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('if-none-match');
  });

  it('saves a site document and serves it to every device of that site, whatever the case of its label', async () => {
    const site = await saved({ target: { kind: 'site', site: 'Hall B' }, values: { mode: 'event', idleTimeoutSeconds: 45, enabledLanguages: ['fr', 'nl'], defaultLanguage: 'nl' }, requirePinChange: false });
    expect(site).toMatchObject({ target: { kind: 'site', site: 'Hall B' }, savedBy: 'marie', pinChangeRequestedAt: null });
    expect(site.version).toBeGreaterThanOrEqual(1);
    for (const device of [hallB, hallBOther]) {
      const response = await fetchSettings(device.deviceToken);
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe(settingsEtag(site.version));
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.json<RemoteSettings>()).toEqual({ revision: site.version, values: { mode: 'event', idleTimeoutSeconds: 45, enabledLanguages: ['fr', 'nl'], defaultLanguage: 'nl' }, pinChangeRequestedAt: null });
    }
    // Another site gets nothing.
    expect((await fetchSettings(hallC.deviceToken)).statusCode).toBe(204);
  });

  it('puts a device document over its site one, field by field, with the newer revision', async () => {
    const own = await saved({ target: { kind: 'device', deviceId: hallB.deviceId }, values: { idleTimeoutSeconds: 120, enabledLanguages: ['de'], enabledGames: ['purify', 'bioreactor'] }, requirePinChange: false });
    const merged = (await fetchSettings(hallB.deviceToken)).json<RemoteSettings>();
    // The device's languages leave out the site's default language: the device's first one takes its place.
    expect(merged).toEqual({ revision: own.version, values: { mode: 'event', idleTimeoutSeconds: 120, enabledLanguages: ['de'], defaultLanguage: 'de', enabledGames: ['purify', 'bioreactor'] }, pinChangeRequestedAt: null });
    // The other device of the site still gets the site's document alone.
    expect((await fetchSettings(hallBOther.deviceToken)).json<RemoteSettings>().values).toEqual({ mode: 'event', idleTimeoutSeconds: 45, enabledLanguages: ['fr', 'nl'], defaultLanguage: 'nl' });
    const store = new RemoteSettingsStore(collector.store.driver);
    expect(await store.forDevice({ deviceId: hallB.deviceId, siteLabel: 'HALL B' })).toEqual(merged);
  });

  it('answers 304 to If-None-Match with the current revision, and 200 with a higher one after any save for the device', async () => {
    const first = await fetchSettings(hallB.deviceToken);
    const etag = String(first.headers.etag);
    const unchanged = await fetchSettings(hallB.deviceToken, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers.etag).toBe(etag);
    const site = await saved({ target: { kind: 'site', site: 'hall B' }, values: { mode: 'event', idleTimeoutSeconds: 60 }, requirePinChange: false });
    const changed = await fetchSettings(hallB.deviceToken, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<RemoteSettings>().revision).toBe(site.version);
    expect(site.version).toBeGreaterThan(first.json<RemoteSettings>().revision);
    // A save for another site does not change this device's revision.
    await saved({ target: { kind: 'site', site: 'Hall C' }, values: { mode: 'kiosk' }, requirePinChange: false });
    expect((await fetchSettings(hallB.deviceToken, { 'if-none-match': settingsEtag(site.version) })).statusCode).toBe(304);
  });

  it('clears a target with an empty document: the revision still grows and the device keeps the rest', async () => {
    const before = (await fetchSettings(hallC.deviceToken)).json<RemoteSettings>();
    const cleared = await saved({ target: { kind: 'site', site: 'Hall C' }, values: {}, requirePinChange: false });
    const after = (await fetchSettings(hallC.deviceToken)).json<RemoteSettings>();
    expect(after).toEqual({ revision: cleared.version, values: {}, pinChangeRequestedAt: null });
    expect(after.revision).toBeGreaterThan(before.revision);
    const site = (await overview()).targets.find((target) => target.target.kind === 'site' && target.target.site === 'Hall C');
    expect(site).toMatchObject({ values: {}, version: cleared.version });
  });

  it('stamps a PIN-change request with the time of the save that turned it on, keeps it while on, and ends it when off', async () => {
    const target = { kind: 'device', deviceId: hallBOther.deviceId } as const;
    const on = await saved({ target, values: {}, requirePinChange: true });
    expect(on.pinChangeRequestedAt).toBe(collector.clock.now);
    const askedAt = on.pinChangeRequestedAt;
    const still = await saved({ target, values: { hubPageUrl: 'https://hub.example/open-day' }, requirePinChange: true });
    expect(still.pinChangeRequestedAt).toBe(askedAt);
    expect((await fetchSettings(hallBOther.deviceToken)).json<RemoteSettings>()).toMatchObject({ revision: still.version, pinChangeRequestedAt: askedAt, values: { hubPageUrl: 'https://hub.example/open-day' } });
    // Another device of the same site is not asked.
    expect((await fetchSettings(hallB.deviceToken)).json<RemoteSettings>().pinChangeRequestedAt).toBeNull();
    const off = await saved({ target, values: { hubPageUrl: 'https://hub.example/open-day' }, requirePinChange: false });
    expect(off.pinChangeRequestedAt).toBeNull();
    const again = await saved({ target, values: {}, requirePinChange: true });
    expect(again.pinChangeRequestedAt).toBe(collector.clock.now);
    expect(again.pinChangeRequestedAt).toBeGreaterThan(askedAt!);
    // A site-wide request reaches every device of the site; the newer request stands.
    const site = await saved({ target: { kind: 'site', site: 'Hall B' }, values: { mode: 'event', idleTimeoutSeconds: 60 }, requirePinChange: true });
    expect((await fetchSettings(hallB.deviceToken)).json<RemoteSettings>().pinChangeRequestedAt).toBe(site.pinChangeRequestedAt);
    expect((await fetchSettings(hallBOther.deviceToken)).json<RemoteSettings>().pinChangeRequestedAt).toBe(site.pinChangeRequestedAt);
    await saved({ target: { kind: 'site', site: 'Hall B' }, values: { mode: 'event', idleTimeoutSeconds: 60 }, requirePinChange: false });
  });

  it('refuses what the hub may not set, whole (400 with the problems), and keeps nothing of it', async () => {
    const before = (await overview()).targets.length;
    const revision = (await fetchSettings(hallB.deviceToken)).json<RemoteSettings>().revision;
    const target = { kind: 'site', site: 'Hall B' };
    for (const body of [
      { target, values: { adminPin: '1234' }, requirePinChange: false },
      { target, values: { pin: '1234' }, requirePinChange: true },
      { target, values: { deviceToken: 'x' }, requirePinChange: false },
      { target, values: { mode: 'museum' }, requirePinChange: false },
      { target, values: { idleTimeoutSeconds: 5 }, requirePinChange: false },
      { target, values: { enabledLanguages: [] }, requirePinChange: false },
      { target, values: { enabledLanguages: ['fr'], defaultLanguage: 'de' }, requirePinChange: false },
      { target, values: { hubPageUrl: 'javascript:alert(1)' }, requirePinChange: false },
      { target, values: { enabledGames: ['purify', 'purify'] }, requirePinChange: false },
      { target, values: {}, requirePinChange: false, note: 'Léa' },
      { target: { kind: 'site', site: '<script>' }, values: {}, requirePinChange: false },
      { target: { kind: 'all' }, values: {}, requirePinChange: false },
      { target, values: {} },
    ]) {
      const response = await save(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-settings' });
      expect(response.json<{ issues: unknown[] }>().issues.length).toBeGreaterThan(0);
    }
    const refusedDefault = await save({ target, values: { enabledLanguages: ['fr'], defaultLanguage: 'de' }, requirePinChange: false });
    expect(refusedDefault.json<{ issues: { path: string }[] }>().issues.map((issue) => issue.path)).toContain('values.defaultLanguage');
    expect((await overview()).targets.length).toBe(before);
    expect((await fetchSettings(hallB.deviceToken)).json<RemoteSettings>().revision).toBe(revision);
    const rows = await collector.store.driver.all<{ settings_values: string }>('SELECT settings_values FROM remote_settings');
    expect(rows.some((row) => row.settings_values.includes('1234') || row.settings_values.includes('Léa'))).toBe(false);
  });

  it('refuses a device target that is not enrolled here (404)', async () => {
    const response = await save({ target: { kind: 'device', deviceId: '00000000-0000-4000-8000-000000000000' }, values: { mode: 'kiosk' }, requirePinChange: false });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'unknown-device' });
  });

  it('lets staff only: no session → 401, no CSRF token → 403, and a device token opens nothing', async () => {
    const body = { target: { kind: 'site', site: 'Hall B' }, values: {}, requirePinChange: false };
    expect((await collector.app.inject({ method: 'GET', url: REMOTE_SETTINGS_PATHS.staff })).statusCode).toBe(401);
    expect((await collector.app.inject({ method: 'GET', url: REMOTE_SETTINGS_PATHS.staff, headers: { authorization: `Bearer ${hallB.deviceToken}` } })).statusCode).toBe(401);
    expect((await collector.app.inject({ method: 'PUT', url: REMOTE_SETTINGS_PATHS.staff, headers: { host: staff.host!, cookie: staff.cookie! }, payload: body })).statusCode).toBe(403);
  });

  it('writes each save to the audit log with the target and revision', async () => {
    const latest = await saved({ target: { kind: 'device', deviceId: hallB.deviceId }, values: { mode: 'kiosk' }, requirePinChange: true });
    const audit = (await collector.app.inject({ method: 'GET', url: '/api/audit', headers: staff })).json<AuditEntry[]>();
    const saves = audit.filter((entry) => entry.action === 'settings-saved');
    expect(saves.length).toBe((await collector.store.driver.all('SELECT version FROM remote_settings')).length);
    expect(saves[0]).toMatchObject({ actor: 'marie', subject: `device:${hallB.deviceId} r${latest.version} (PIN change asked)` });
    expect(saves.some((entry) => /^site:Hall C r[0-9]+$/.test(entry.subject ?? ''))).toBe(true);
  });

  it('gives a class browser nothing (204) and refuses a revoked device (401)', async () => {
    await saved({ target: { kind: 'site', site: 'Athénée de Gosselies' }, values: { mode: 'classroom' }, requirePinChange: false });
    const created = await collector.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: staff,
      payload: { school: 'Athénée de Gosselies', classLabel: '2B', day: hubDayOf(collector.clock.now), maxDevices: 2 },
    });
    expect(created.statusCode).toBe(201);
    const joined = await collector.app.inject({ method: 'POST', url: '/v1/classes/join', payload: { code: created.json<{ code: string }>().code } });
    expect(joined.statusCode).toBe(201);
    const pupil = await fetchSettings(joined.json<{ deviceToken: string }>().deviceToken);
    expect(pupil.statusCode).toBe(204);

    const doomed = await collector.enrol('Hall B');
    expect((await fetchSettings(doomed.deviceToken)).statusCode).toBe(200);
    const revoked = await collector.app.inject({ method: 'POST', url: `/api/devices/${doomed.deviceId}/revoke`, headers: staff, payload: {} });
    expect(revoked.statusCode).toBe(204);
    const refused = await fetchSettings(doomed.deviceToken);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'device-revoked' });
  });

  it('keeps the settings part of a health report and shows it to staff; an older report without it still counts; anything else is refused', async () => {
    const base: DeviceHealth = {
      appVersion: '1.6.0',
      contentPack: { source: 'built-in', version: 0, refusal: null },
      host: 'electron',
      lastSuccessfulSyncAt: collector.clock.now,
      pendingEvents: 0,
      missedEvents: 0,
      storage: { warnings: [], recoveries: 0 },
      renderer: { crashes: 0, hangs: 0 },
      freeStorageBytes: null,
    };
    const report = (body: unknown) => {
      collector.clock.now += 1_000;
      return collector.app.inject({ method: 'POST', url: '/v1/health', headers: { authorization: `Bearer ${hallB.deviceToken}` }, payload: body as string });
    };
    const shown = async () =>
      (await collector.app.inject({ method: 'GET', url: '/api/devices', headers: staff })).json<DeviceSummary[]>().find((entry) => entry.deviceId === hallB.deviceId)?.health?.report;

    const settings = { revision: 7, localOverrides: ['idleTimeoutSeconds', 'enabledGames'], pinChangePending: true };
    expect((await report({ ...base, settings })).statusCode).toBe(204);
    expect((await shown())?.settings).toEqual(settings);
    expect((await report(base)).statusCode).toBe(204);
    expect((await shown())?.settings).toBeUndefined();
    expect((await report({ ...base, settings })).statusCode).toBe(204);

    for (const bad of [
      { ...base, settings: { ...settings, note: 'Léa' } },
      { ...base, settings: { ...settings, localOverrides: ['adminPin'] } },
      { ...base, settings: { ...settings, revision: -1 } },
      { ...base, settings: { ...settings, pinChangePending: 'Léa' } },
      { ...base, settings, visitorName: 'Léa' },
    ]) {
      const response = await report(bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-health-report' });
      expect(response.body).not.toContain('Léa');
    }
    expect((await shown())?.settings).toEqual(settings);
  });
});
