// Class codes on both backends: staff create one for a school, class and day; browsers join with their own
// short-lived tokens up to the limit; a code is refused when unknown, malformed, not yet valid, expired, full or
// revoked; tokens stop at the end of the day and at once on revoke; synced events count for the class (from the
// token, whatever the batch says) with <5 suppression; creating and revoking are in the audit log.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import { hashPassword } from '../security/passwords';
import { hubDayBounds, hubDayOf } from '../storage/hubDay';
import { StaffStore } from '../storage/staffStore';
import type { ClassCodeSummary, ClassReachReport } from '../reports/types';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody } from './sampleEvents';

const PASSWORD = 'correct horse battery';
/** 10:00 in Gosselies on a school day (UTC+1 in winter). */
const MORNING = Date.parse('2026-03-10T09:00:00Z');

describe.each(BACKENDS)('class codes on %s', { timeout: 30_000 }, (backend) => {
  let collector: TestCollector;
  let headers: Record<string, string>;
  /** Logs in (again: a staff session lasts 8 hours, shorter than a test that moves the clock to midnight). */
  const logIn = async () => {
    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'teacher.dupont', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    headers = { host: 'hub.local', cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken };
  };
  beforeEach(async () => {
    collector = await openTestCollector(backend, { startAt: MORNING });
    await new StaffStore(collector.store.driver).upsert('teacher.dupont', await hashPassword(PASSWORD), MORNING);
    await logIn();
  });
  afterEach(() => collector.close());

  const createClass = async (payload: Record<string, unknown>) =>
    collector.app.inject({ method: 'POST', url: '/api/classes', headers, payload: { school: 'Athénée de Gosselies', classLabel: '2B', day: '2026-03-10', maxDevices: 3, ...payload } });
  const join = (code: string, remoteAddress = '10.1.0.1') => collector.app.inject({ method: 'POST', url: '/v1/classes/join', remoteAddress, payload: { code } });
  const visits = (token: string, sessions: number, site = 'Somewhere else') => {
    const at = formatLocalTimestamp(new Date(collector.clock.now));
    const events: EngagementEvent[] = Array.from({ length: sessions }, () => ({
      eventId: uuidV7(),
      installationId: uuidV4(),
      sessionId: uuidV4(),
      appVersion: '0.1.0',
      mode: 'classroom' as const,
      siteLabel: site,
      occurredAt: at,
      type: 'session-started' as const,
      language: 'fr' as const,
      hostKind: 'web' as const,
    }));
    return collector.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${token}` },
      payload: batchBody(events, new Date(collector.clock.now)),
    });
  };
  const reach = async () => (await collector.app.inject({ method: 'GET', url: '/api/reports/classes', headers })).json<ClassReachReport>();

  it('creates a code for the day (hub time), lists it with used/limit, and lets each browser join with its own token', async () => {
    const created = await createClass({});
    expect(created.statusCode).toBe(201);
    const code = created.json<ClassCodeSummary>();
    expect(code.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(code).toMatchObject({ school: 'Athénée de Gosselies', classLabel: '2B', day: '2026-03-10', maxDevices: 3, usedDevices: 0, createdBy: 'teacher.dupont', revokedAt: null });
    // Midnight to midnight in Brussels (UTC+1 in March).
    expect(code.validFrom).toBe(Date.parse('2026-03-09T23:00:00Z'));
    expect(code.expiresAt).toBe(Date.parse('2026-03-10T23:00:00Z'));

    const first = await join(code.code);
    const second = await join(code.code.replace(/-/g, '').toLowerCase());
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    const a = first.json<{ deviceId: string; deviceToken: string; school: string; classLabel: string; expiresAt: string }>();
    const b = second.json<{ deviceId: string; deviceToken: string }>();
    expect(a.deviceToken).not.toBe(b.deviceToken);
    expect(a.deviceId).not.toBe(b.deviceId);
    expect(a).toMatchObject({ school: 'Athénée de Gosselies', classLabel: '2B', expiresAt: '2026-03-10T23:00:00.000Z' });
    // Tokens are stored hashed, like every device token.
    const rows = await collector.store.driver.all<Record<string, unknown>>('SELECT * FROM devices');
    expect(JSON.stringify(rows)).not.toContain(a.deviceToken);

    const listed = (await collector.app.inject({ method: 'GET', url: '/api/classes', headers })).json<ClassCodeSummary[]>();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ code: code.code, usedDevices: 2, maxDevices: 3 });
  });

  it('refuses a full, unknown, malformed, not yet valid or expired code with clear problems', async () => {
    const { code } = (await createClass({ maxDevices: 1 })).json<ClassCodeSummary>();
    expect((await join(code)).statusCode).toBe(201);
    const full = await join(code);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ error: 'class-full', maxDevices: 1 });

    const unknown = await join('ZZZZ-ZZZZ-ZZ');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ error: 'unknown-code' });
    expect((await join('not a code!')).json()).toMatchObject({ error: 'malformed-code' });

    const tomorrow = (await createClass({ day: '2026-03-11' })).json<ClassCodeSummary>();
    const early = await join(tomorrow.code);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: 'code-not-yet-valid' });

    collector.clock.now = Date.parse('2026-03-10T23:00:00Z');
    await logIn();
    const late = await join(code);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ error: 'code-expired' });
    // A past day cannot be chosen, nor a date that does not exist.
    expect((await createClass({ day: '2026-03-09' })).json()).toMatchObject({ error: 'invalid-day' });
    expect((await createClass({ day: '2026-02-30' })).statusCode).toBe(400);
    expect((await createClass({ maxDevices: 0 })).statusCode).toBe(400);
    expect((await createClass({ classLabel: '<script>' })).statusCode).toBe(400);
  });

  it('only staff create, list and revoke codes, and only with the CSRF token', async () => {
    const anonymous = await collector.app.inject({ method: 'POST', url: '/api/classes', payload: { school: 'X', classLabel: '1A', day: '2026-03-10', maxDevices: 2 } });
    expect(anonymous.statusCode).toBe(401);
    expect((await collector.app.inject({ method: 'GET', url: '/api/classes' })).statusCode).toBe(401);
    const { 'x-csrf-token': _csrf, ...withoutCsrf } = headers;
    const forged = await collector.app.inject({ method: 'POST', url: '/api/classes', headers: withoutCsrf, payload: { school: 'X', classLabel: '1A', day: '2026-03-10', maxDevices: 2 } });
    expect(forged.statusCode).toBe(403);
  });

  it('counts synced events for the class from the token, stops its tokens at the end of the day and at once on revoke, and audits', async () => {
    const code = (await createClass({ maxDevices: 10 })).json<ClassCodeSummary>();
    const tokens: string[] = [];
    for (let index = 0; index < 6; index += 1) tokens.push((await join(code.code, `10.1.0.${index + 1}`)).json<{ deviceToken: string }>().deviceToken);

    // Each browser sends one visit, claiming another site: the class and school come from the token.
    for (const token of tokens) expect((await visits(token, 1)).statusCode).toBe(200);
    const devices = await collector.store.devices();
    expect(new Set(devices.map((device) => device.siteLabel))).toEqual(new Set(['Athénée de Gosselies']));
    expect(new Set(devices.map((device) => device.classId))).toEqual(new Set([code.classId]));
    expect(await reach()).toEqual({
      schools: [{ school: 'Athénée de Gosselies', devices: 6, visits: 6, classes: [{ classLabel: '2B', devices: 6, visits: 6 }] }],
      total: { devices: 6, visits: 6 },
    });

    // Revoking stops every token of the code at once, and the code itself.
    const revoke = await collector.app.inject({ method: 'POST', url: `/api/classes/${code.classId}/revoke`, headers });
    expect(revoke.statusCode).toBe(204);
    for (const token of tokens.slice(0, 2)) {
      const refused = await visits(token, 1);
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ error: 'device-revoked' });
    }
    expect((await join(code.code)).json()).toMatchObject({ error: 'code-revoked' });
    expect((await collector.app.inject({ method: 'POST', url: '/api/classes/00000000-0000-4000-8000-000000000000/revoke', headers })).statusCode).toBe(404);

    // Another class's token stops working when its day is over.
    const other = (await createClass({ classLabel: '2C', maxDevices: 2 })).json<ClassCodeSummary>();
    const token = (await join(other.code)).json<{ deviceToken: string }>().deviceToken;
    expect((await visits(token, 2)).statusCode).toBe(200);
    collector.clock.now = other.expiresAt;
    await logIn();
    const expired = await visits(token, 1);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: 'token-expired' });

    // 2C has fewer than 5 of everything: withheld, and so is the smallest other figure of each sum it is part of.
    expect(await reach()).toEqual({
      schools: [
        {
          school: 'Athénée de Gosselies',
          devices: 7,
          visits: 8,
          classes: [
            { classLabel: '2B', devices: '<5', visits: '<5' },
            { classLabel: '2C', devices: '<5', visits: '<5' },
          ],
        },
      ],
      total: { devices: 7, visits: 8 },
    });

    const audit = (await collector.app.inject({ method: 'GET', url: '/api/audit', headers })).json<{ actor: string; action: string; subject: string }[]>();
    expect(audit.filter((entry) => entry.action.startsWith('class-code'))).toEqual([
      expect.objectContaining({ actor: 'teacher.dupont', action: 'class-code-created', subject: 'Athénée de Gosselies / 2C / 2026-03-10' }),
      expect.objectContaining({ actor: 'teacher.dupont', action: 'class-code-revoked', subject: 'Athénée de Gosselies / 2B / 2026-03-10' }),
      expect.objectContaining({ actor: 'teacher.dupont', action: 'class-code-created', subject: 'Athénée de Gosselies / 2B / 2026-03-10' }),
    ]);
  });
});

describe('hub days', () => {
  it('run from midnight to midnight in Brussels, summer time included', () => {
    expect(hubDayBounds('2026-07-01')).toEqual({ start: Date.parse('2026-06-30T22:00:00Z'), end: Date.parse('2026-07-01T22:00:00Z') });
    // The day summer time starts has 23 hours.
    const spring = hubDayBounds('2026-03-29')!;
    expect(spring.end - spring.start).toBe(23 * 3_600_000);
    expect(hubDayBounds('2026-02-29')).toBeNull();
    expect(hubDayOf(Date.parse('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
  });
});
