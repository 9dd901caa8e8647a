// Privacy: whatever a client sends (its address, user agent, forwarded-for headers, query strings), the
// collector's logs never contain it, on success, on refusal and on malformed input.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvents } from './sampleEvents';

const CLIENT_ADDRESS = '203.0.113.77';
const FORWARDED_ADDRESS = '198.51.100.23';
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) KioskProbe/9.9';

describe('collector logs', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await openTestCollector('sqlite');
  });
  afterAll(() => collector.close());

  it('never contain an IP address or a user agent', async () => {
    const { deviceToken } = await collector.enrol();
    const headers = { 'user-agent': USER_AGENT, 'x-forwarded-for': FORWARDED_ADDRESS, 'x-real-ip': FORWARDED_ADDRESS };
    const requests = [
      { method: 'POST' as const, url: '/v1/events?ip=' + FORWARDED_ADDRESS, headers: { ...headers, authorization: `Bearer ${deviceToken}` }, payload: batchBody(sampleEvents(3)) },
      { method: 'POST' as const, url: '/v1/events', headers, payload: batchBody(sampleEvents(1)) },
      { method: 'POST' as const, url: '/v1/events', headers: { ...headers, authorization: `Bearer ${deviceToken}`, 'content-type': 'application/json' }, payload: '{bad json' },
      { method: 'POST' as const, url: '/v1/enrol', headers, payload: { code: 'ABCD-EFGH-JK' } },
      { method: 'GET' as const, url: '/healthz', headers },
      { method: 'GET' as const, url: '/nowhere', headers },
    ];
    for (const request of requests) await collector.app.inject({ ...request, remoteAddress: CLIENT_ADDRESS });
    expect(collector.logs.length).toBeGreaterThanOrEqual(requests.length);
    const everything = collector.logs.join('\n');
    for (const secret of [CLIENT_ADDRESS, FORWARDED_ADDRESS, USER_AGENT, 'KioskProbe', deviceToken]) expect(everything).not.toContain(secret);
    for (const field of ['remoteAddress', 'remotePort', '"ip"', 'user-agent', 'hostname']) expect(everything).not.toContain(field);
    // The logs are still useful: each request has its route and status.
    expect(everything).toContain('"route":"/v1/events","statusCode":200');
    expect(everything).toContain('"statusCode":401');
  });
});
