// Device enrolment and authentication on both backends: a code works once and only while valid; ingest needs a
// known, unrevoked device token; every refusal is a 4xx that says what to do.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceToken } from '../security/secrets';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvents } from './sampleEvents';

describe.each(BACKENDS)('enrolment and auth on %s', (backend) => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await openTestCollector(backend);
  });
  afterAll(() => collector.close());

  const enrolWith = (code: unknown) => collector.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code } });
  const ingest = (headers: Record<string, string>) =>
    collector.app.inject({ method: 'POST', url: '/v1/events', headers, payload: batchBody(sampleEvents(2)) });

  it('exchanges a code once for a device token that is stored only as a hash', async () => {
    const code = await collector.createCode('Salon SIEP Mons');
    const response = await enrolWith(code.toLowerCase());
    expect(response.statusCode).toBe(201);
    const { deviceId, deviceToken, siteLabel } = response.json<{ deviceId: string; deviceToken: string; siteLabel: string }>();
    expect(siteLabel).toBe('Salon SIEP Mons');
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await collector.store.driver.all<Record<string, unknown>>('SELECT * FROM devices WHERE device_id = ?', [deviceId]);
    expect(JSON.stringify(rows)).not.toContain(deviceToken);
    const codes = await collector.store.driver.all<Record<string, unknown>>('SELECT * FROM enrolment_codes');
    expect(JSON.stringify(codes)).not.toContain(code);
    expect((await ingest({ authorization: `Bearer ${deviceToken}` })).statusCode).toBe(200);
  });

  it('refuses a reused enrolment code', async () => {
    const code = await collector.createCode();
    expect((await enrolWith(code)).statusCode).toBe(201);
    const reused = await enrolWith(code);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ error: 'code-already-used' });
  });

  it('refuses an expired enrolment code', async () => {
    const code = await collector.createCode('Hall A', 60_000);
    collector.clock.now += 60_001;
    const expired = await enrolWith(code);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ message: string }>().message).toMatch(/expired at .*create a new one/);
  });

  it('refuses unknown and malformed codes', async () => {
    expect((await enrolWith('ABCD-EFGH-JK')).statusCode).toBe(401);
    expect((await enrolWith('no')).statusCode).toBe(400);
    expect((await enrolWith(42)).statusCode).toBe(400);
    expect((await collector.app.inject({ method: 'POST', url: '/v1/enrol', payload: 'code' , headers: { 'content-type': 'text/plain' } })).statusCode).toBe(415);
  });

  it('refuses ingest without a token, with a malformed one and with an unknown one', async () => {
    const headerCases: Record<string, string>[] = [{}, { authorization: 'Basic dXNlcjpwYXNz' }, { authorization: 'Bearer short' }, { authorization: `Bearer ${newDeviceToken()}` }];
    for (const headers of headerCases) {
      const response = await ingest(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
    }
    expect((await ingest({})).json()).toMatchObject({ error: 'missing-token' });
    expect((await ingest({ authorization: `Bearer ${newDeviceToken()}` })).json()).toMatchObject({ error: 'unknown-token' });
  });

  it('refuses a revoked device from the moment it is revoked', async () => {
    const { deviceId, deviceToken } = await collector.enrol();
    expect((await ingest({ authorization: `Bearer ${deviceToken}` })).statusCode).toBe(200);
    expect(await collector.store.revokeDevice(deviceId, collector.clock.now)).toBe(true);
    const refused = await ingest({ authorization: `Bearer ${deviceToken}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'device-revoked' });
    expect(await collector.store.revokeDevice('00000000-0000-4000-8000-000000000000', collector.clock.now)).toBe(false);
  });
});
