// Protects enrolment from the admin panel: the code is posted to /v1/enrol and the token returned; every refusal
// becomes an EnrolmentError with a code the UI can translate.

import { describe, expect, it } from 'vitest';
import { EnrolmentError, enrolDevice } from './collectorApi';

function answering(status: number, body: unknown) {
  const calls: { url: string; body: unknown }[] = [];
  const fetchFunction = async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
  return { calls, fetchFunction };
}

describe('enrolDevice', () => {
  it('exchanges the code for the device token', async () => {
    const { calls, fetchFunction } = answering(201, { deviceId: 'd-1', deviceToken: 't'.repeat(43), siteLabel: 'Hall A' });
    await expect(enrolDevice('https://hub.example/', '7KQ4-M9X2-TB', { fetch: fetchFunction })).resolves.toEqual({
      deviceId: 'd-1',
      deviceToken: 't'.repeat(43),
      siteLabel: 'Hall A',
      contentKey: null,
    });
    expect(calls).toEqual([{ url: 'https://hub.example/v1/enrol', body: { code: '7KQ4-M9X2-TB' } }]);
  });

  it("keeps the collector's content key from the answer, and ignores one that is not a key", async () => {
    const contentKey = { keyId: 'hub-key-2026', publicKey: 'A'.repeat(43) };
    const answer = { deviceId: 'd-1', deviceToken: 't'.repeat(43), siteLabel: 'Hall A', contentKey };
    await expect(enrolDevice('https://hub.example/', '7KQ4-M9X2-TB', { fetch: answering(201, answer).fetchFunction })).resolves.toMatchObject({ contentKey });
    const odd = { ...answer, contentKey: { keyId: 'hub-key-2026', publicKey: 'not a key' } };
    await expect(enrolDevice('https://hub.example/', '7KQ4-M9X2-TB', { fetch: answering(201, odd).fetchFunction })).resolves.toMatchObject({ contentKey: null });
  });

  it.each([
    [409, 'code-already-used'],
    [410, 'code-expired'],
    [401, 'unknown-code'],
    [429, 'rate-limited'],
  ] as const)('turns %i %s into an EnrolmentError with that code', async (status, error) => {
    const { fetchFunction } = answering(status, { error, message: 'plain words' });
    const failure = await enrolDevice('http://127.0.0.1:1', 'x', { fetch: fetchFunction }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(EnrolmentError);
    expect(failure).toMatchObject({ code: error, message: 'plain words' });
  });

  it('reports an unreachable collector and a server without JSON', async () => {
    const unreachable = await enrolDevice('http://127.0.0.1:1', 'x', {
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    }).catch((caught: unknown) => caught);
    expect(unreachable).toMatchObject({ code: 'network' });
    const { fetchFunction } = answering(502, '<html>Bad gateway</html>');
    expect(await enrolDevice('http://127.0.0.1:1', 'x', { fetch: fetchFunction }).catch((caught: unknown) => caught)).toMatchObject({ code: 'server-error' });
  });
});
