// Hardened staff login on both backends: an attempt is counted before its password is checked (also across two
// collector instances on one PostgreSQL), per-client limits, known and unknown names answered alike, a lock that an
// administrator can lift (dashboard and CLI), the audit log, the Secure cookie and HSTS.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../commands';
import { hashPassword } from '../security/passwords';
import { buildApp } from '../server/app';
import { createLogger } from '../server/logging';
import { LOGIN_THROTTLE } from '../server/loginThrottle';
import { LOCKOUT_FAILURES } from '../server/staffAuth';
import { serverSettings, UsageError } from '../settings';
import { AuditLog } from '../storage/auditLog';
import { openStore } from '../storage/openStore';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';

const PASSWORD = 'correct horse battery';

/** How many logins had their password checked (audit lines of checked attempts: successes and plain failures). */
async function checkedLogins(collector: TestCollector, name: string): Promise<number> {
  const entries = await new AuditLog(collector.store.driver).recent(10_000);
  return entries.filter((entry) => entry.actor === name && (entry.action === 'login' || (entry.action === 'login-failed' && entry.subject === null))).length;
}

// Every login costs one scrypt check (~32 MB, 50 ms alone, far more on a busy 2-core machine).
describe.each(BACKENDS)('staff login hardening on %s', { timeout: 120_000 }, (backend) => {
  let collector: TestCollector;
  let clientNumber = 0;
  const freshClient = () => `10.1.${Math.floor(++clientNumber / 250)}.${clientNumber % 250}`;

  beforeAll(async () => {
    collector = await openTestCollector(backend);
    const staff = new StaffStore(collector.store.driver);
    const hash = await hashPassword(PASSWORD);
    for (const name of ['marie', 'luc', 'ana', 'ben', 'eva']) await staff.upsert(name, hash, collector.clock.now);
  }, 60_000);
  afterAll(() => collector.close());

  const login = (name: string, password: string, client = freshClient(), app = collector.app) =>
    app.inject({ method: 'POST', url: '/api/login', remoteAddress: client, headers: { host: 'hub.local', 'x-biotech-dashboard': '1' }, payload: { name, password } });

  async function session(name = 'marie') {
    const response = await login(name, PASSWORD);
    expect(response.statusCode).toBe(200);
    return { cookie: String(response.headers['set-cookie']).split(';')[0]!, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
  }

  it('checks at most the lockout number of passwords when many guesses arrive at once, then refuses the right one', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => login('luc', `wrong guess ${index}`)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 401));
    expect(await checkedLogins(collector, 'luc')).toBeLessThanOrEqual(LOCKOUT_FAILURES);
    // The guesses locked the account: the owner's right password, just after, is not even checked.
    expect((await login('luc', PASSWORD)).statusCode).toBe(401);
    expect(await checkedLogins(collector, 'luc')).toBeLessThanOrEqual(LOCKOUT_FAILURES);
  });

  it('answers a known name and an unknown one with the same statuses and bodies', async () => {
    const sequence = async (name: string) => {
      const client = freshClient();
      const answers = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const response = await login(name, `wrong ${attempt}`, client);
        answers.push(`${response.statusCode} ${response.headers['retry-after'] ?? '-'} ${response.body}`);
      }
      return answers;
    };
    const known = await sequence('ana');
    const unknown = await sequence('nobody.here');
    expect(known).toEqual(unknown);
    expect(known.filter((answer) => answer.startsWith('401'))).toHaveLength(LOGIN_THROTTLE.freeFailures + 1);
  });

  it('lets one client have only a few logins checked at once', async () => {
    const client = freshClient();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => login(`unknown${index}`, 'whatever it is', client)));
    const checked = answers.filter((answer) => answer.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(LOGIN_THROTTLE.inFlightPerClient);
    expect(answers.filter((answer) => answer.statusCode === 429)).toHaveLength(40 - checked);
    // The owner, from another client, is not held up by it.
    expect((await login('marie', PASSWORD)).statusCode).toBe(200);
  });

  it('makes a client that keeps failing wait longer and longer, whichever names it tries', async () => {
    const client = freshClient();
    for (let attempt = 0; attempt < LOGIN_THROTTLE.freeFailures; attempt += 1) expect((await login(`guess${attempt}`, 'nope nope', client)).statusCode).toBe(401);
    expect((await login('eva', 'nope nope', client)).statusCode).toBe(401);
    const first = await login('eva', 'nope nope', client);
    expect(first.statusCode).toBe(429);
    const firstWait = Number(first.headers['retry-after']);
    collector.clock.now += firstWait * 1000;
    expect((await login('someone', 'nope nope', client)).statusCode).toBe(401);
    const second = await login('someone', 'nope nope', client);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(firstWait * 2);
    await new StaffStore(collector.store.driver).unlock('eva');
  });

  it('lets an administrator see and lift a lock in the dashboard, and logs it all without addresses', async () => {
    for (let attempt = 0; attempt < LOCKOUT_FAILURES; attempt += 1) expect((await login('ben', `wrong ${attempt}`)).statusCode).toBe(401);
    expect((await login('ben', PASSWORD)).statusCode).toBe(401);
    const admin = await session('marie');
    const accounts = await collector.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie: admin.cookie } });
    expect(accounts.json<{ name: string; lockedUntil: number | null }[]>().find((account) => account.name === 'ben')?.lockedUntil).toBeGreaterThan(collector.clock.now);
    const unlock = await collector.app.inject({
      method: 'POST',
      url: '/api/staff/ben/unlock',
      headers: { host: 'hub.local', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(unlock.statusCode).toBe(204);
    expect((await login('ben', PASSWORD)).statusCode).toBe(200);
    const audit = await collector.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: admin.cookie } });
    const entries = audit.json<{ actor: string; action: string; subject: string | null; at: number }[]>();
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'ben', action: 'account-locked' }),
        expect.objectContaining({ actor: 'marie', action: 'account-unlocked', subject: 'ben' }),
        expect.objectContaining({ actor: 'ben', action: 'login' }),
        expect.objectContaining({ actor: '(unknown-name)', action: 'login-failed' }),
      ]),
    );
    const everything = JSON.stringify([entries, await collector.store.driver.all('SELECT * FROM audit_log'), collector.logs]);
    expect(everything).not.toMatch(/10\.1\.\d+\.\d+/);
    expect(everything).not.toContain('nobody.here');
  });

  it('logs every staff action with the account name: enrolment codes, revocations, exports', async () => {
    const admin = await session('marie');
    const post = (url: string, payload: unknown) =>
      collector.app.inject({ method: 'POST', url, headers: { host: 'hub.local', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: payload as object });
    expect((await post('/api/enrolment-codes', { siteLabel: 'Hall C' })).statusCode).toBe(201);
    const { deviceId } = await collector.enrol('Hall D');
    expect((await post(`/api/devices/${deviceId}/revoke`, {})).statusCode).toBe(204);
    expect((await post('/api/exports', { table: 'sessions-by-mode' })).statusCode).toBe(204);
    const entries = await new AuditLog(collector.store.driver).recent();
    for (const [action, subject] of [['enrolment-code-created', 'Hall C'], ['device-revoked', deviceId], ['export', 'sessions-by-mode']]) {
      expect(entries, action).toContainEqual(expect.objectContaining({ actor: 'marie', action, subject }));
    }
  });

  it('lifts a lock from the command line too, and logs it as done there', async () => {
    for (let attempt = 0; attempt < LOCKOUT_FAILURES; attempt += 1) await login('eva', `wrong ${attempt}`);
    expect((await login('eva', PASSWORD)).statusCode).toBe(401);
    const { settings } = collector;
    const env = settings.databaseUrl === null ? {} : { DATABASE_URL: settings.databaseUrl, DATABASE_SCHEMA: settings.databaseSchema };
    expect(await runCommand(['staff', 'unlock', 'eva', '--data-dir', settings.dataDir], env)).toBe(0);
    expect((await login('eva', PASSWORD)).statusCode).toBe(200);
    expect(await new AuditLog(collector.store.driver).recent()).toContainEqual(expect.objectContaining({ actor: '(command-line)', action: 'account-unlocked', subject: 'eva' }));
  });

  it('counts attempts across two collector instances on the same database', async () => {
    const store = await openStore(collector.settings, collector.clock.now);
    const second = buildApp({ store, logger: createLogger('silent'), rateLimit: { perMinute: 1000, burst: 1000 }, now: () => collector.clock.now, dashboardDir: null });
    await second.ready();
    try {
      await new StaffStore(collector.store.driver).upsert('two.sites', await hashPassword(PASSWORD), collector.clock.now);
      const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => login('two.sites', `wrong ${index}`, freshClient(), index % 2 === 0 ? collector.app : second)));
      expect(answers.every((answer) => answer.statusCode === 401)).toBe(true);
      expect(await checkedLogins(collector, 'two.sites')).toBeLessThanOrEqual(LOCKOUT_FAILURES);
    } finally {
      await second.close();
      await store.close();
    }
  });
});

describe('session cookie and HSTS', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await openTestCollector('sqlite', { trustedProxy: '127.0.0.1' });
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword(PASSWORD), collector.clock.now);
  }, 60_000);
  afterAll(() => collector.close());

  it('marks the cookie Secure by default, and sends HSTS only when the trusted proxy says the client came over TLS', async () => {
    const login = (remoteAddress: string, headers: Record<string, string>) =>
      collector.app.inject({ method: 'POST', url: '/api/login', remoteAddress, headers: { host: 'hub.local', 'x-biotech-dashboard': '1', ...headers }, payload: { name: 'marie', password: PASSWORD } });
    const viaProxy = await login('127.0.0.1', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.7' });
    expect(viaProxy.statusCode).toBe(200);
    expect(String(viaProxy.headers['set-cookie'])).toContain('; Secure');
    expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000');
    const plain = await collector.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '127.0.0.1' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const spoofed = await collector.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '198.51.100.9', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });

  it('allows a cookie without Secure only when asked for explicitly on a loopback address', () => {
    expect(serverSettings(new Map(), {}).secureCookie).toBe(true);
    expect(serverSettings(new Map([['insecure-cookie-on-loopback', 'true']]), {}).secureCookie).toBe(false);
    expect(() => serverSettings(new Map([['insecure-cookie-on-loopback', 'true'], ['host', '0.0.0.0']]), {})).toThrow(UsageError);
    expect(serverSettings(new Map([['secure-cookie', 'false']]), {}).secureCookie).toBe(true);
  });
});
