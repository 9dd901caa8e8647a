// Staff authentication of the dashboard API on both backends: login and logout, a wrong password, lockout after
// repeated failures (answered like a wrong password), CSRF refusals, and that neither an anonymous caller nor a device token can read a report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../security/passwords';
import { LOCKOUT_FAILURES, LOCKOUT_FIRST_MS } from '../server/staffAuth';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';

const PASSWORD = 'correct horse battery';
const QUERY = '/api/reports/overview?from=2026-03-01&to=2026-03-31';

// scrypt makes each login cost ~50 ms of CPU; on 2 shared cores the lockout test needs more than 5 s.
describe.each(BACKENDS)('dashboard staff auth on %s', { timeout: 30_000 }, (backend) => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await openTestCollector(backend);
    const staff = new StaffStore(collector.store.driver);
    await staff.upsert('marie', await hashPassword(PASSWORD), collector.clock.now);
    await staff.upsert('luc', await hashPassword(PASSWORD), collector.clock.now);
  });
  afterAll(() => collector.close());

  // Each login from its own address, so the per-client limits (staffLogin.test.ts) stay out of these tests.
  let client = 0;
  const login = (name: string, password: string, headers: Record<string, string> = { 'x-biotech-dashboard': '1' }) =>
    collector.app.inject({
      method: 'POST',
      url: '/api/login',
      remoteAddress: `10.0.${Math.floor(++client / 250)}.${client % 250}`,
      headers: { host: 'hub.local', ...headers },
      payload: { name, password },
    });
  const cookieOf = (setCookie: string | string[] | undefined) => String(setCookie).split(';')[0]!;

  it('logs in with the right password: an HttpOnly SameSite=Strict cookie, and reports become readable', async () => {
    const response = await login('marie', PASSWORD);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^biotech_staff=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Secure');
    const report = await collector.app.inject({ method: 'GET', url: QUERY, headers: { cookie: cookieOf(setCookie) } });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toHaveProperty('sessions');
    const rows = await collector.store.driver.all<Record<string, unknown>>('SELECT * FROM staff_sessions');
    expect(JSON.stringify(rows)).not.toContain(cookieOf(setCookie).split('=')[1]);
  });

  it('refuses a wrong password and an unknown name alike', async () => {
    const wrong = await login('luc', 'not the password');
    const unknown = await login('nobody', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    await new StaffStore(collector.store.driver).unlock('luc');
  });

  it(`locks an account after ${LOCKOUT_FAILURES} failures, even for the right password, until the lock ends`, async () => {
    for (let attempt = 1; attempt <= LOCKOUT_FAILURES; attempt += 1) expect((await login('luc', `wrong ${attempt}`)).statusCode).toBe(401);
    // Locked: the right password gets the same answer as a wrong one (a lock says nothing about the name).
    expect((await login('luc', PASSWORD)).statusCode).toBe(401);
    collector.clock.now += LOCKOUT_FIRST_MS + 1;
    expect((await login('luc', PASSWORD)).statusCode).toBe(200);
  });

  it('logs out: the session cookie no longer opens anything', async () => {
    const response = await login('marie', PASSWORD);
    const cookie = cookieOf(response.headers['set-cookie']);
    const { csrfToken } = response.json<{ csrfToken: string }>();
    const logout = await collector.app.inject({ method: 'POST', url: '/api/logout', headers: { host: 'hub.local', cookie, 'x-csrf-token': csrfToken } });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await collector.app.inject({ method: 'GET', url: QUERY, headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses state-changing requests without the CSRF token or from another origin', async () => {
    const response = await login('marie', PASSWORD);
    const cookie = cookieOf(response.headers['set-cookie']);
    const { csrfToken } = response.json<{ csrfToken: string }>();
    const enrol = (headers: Record<string, string>) =>
      collector.app.inject({ method: 'POST', url: '/api/enrolment-codes', headers: { host: 'hub.local', cookie, ...headers }, payload: { siteLabel: 'Hall B' } });
    expect((await enrol({})).statusCode).toBe(403);
    expect((await enrol({ 'x-csrf-token': 'x'.repeat(43) })).statusCode).toBe(403);
    expect((await enrol({ 'x-csrf-token': csrfToken, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await login('marie', PASSWORD, {})).statusCode).toBe(403);
    expect((await login('marie', PASSWORD, { 'x-biotech-dashboard': '1', origin: 'https://evil.example' })).statusCode).toBe(403);
    const created = await enrol({ 'x-csrf-token': csrfToken, origin: 'http://hub.local' });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ code: string }>().code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  });

  it('gives nothing to anonymous callers nor to device tokens, and no CORS to the dashboard API', async () => {
    const { deviceToken } = await collector.enrol();
    for (const url of [QUERY, '/api/devices', '/api/filters', '/api/reports/games?from=2026-03-01&to=2026-03-31', '/api/session']) {
      const anonymous = await collector.app.inject({ method: 'GET', url });
      const device = await collector.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${deviceToken}`, origin: 'app://biotech' } });
      expect(anonymous.statusCode, url).toBe(401);
      expect(device.statusCode, url).toBe(401);
      expect(device.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
