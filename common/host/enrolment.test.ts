import { describe, expect, it } from 'vitest';
import { checkEnrolmentRequest, enrolForPage, EnrolmentError, unwrapEnrolmentResult, type FetchFunction } from './enrolment';

const token = 'T'.repeat(43);

function collector(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFunction: FetchFunction = async (url, init) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  };
  return { calls, fetchFunction };
}

describe('checkEnrolmentRequest', () => {
  it('accepts an https collector and a code as the dashboard shows it', () => {
    expect(checkEnrolmentRequest({ collectorUrl: ' https://hub.example.org/biotech ', code: ' 7KQ4-M9X2-TB ' })).toEqual({
      ok: true,
      request: { collectorUrl: 'https://hub.example.org/biotech', code: '7KQ4-M9X2-TB' },
    });
  });

  it('accepts plain http only on this computer (a trial collector)', () => {
    expect(checkEnrolmentRequest({ collectorUrl: 'http://127.0.0.1:8787', code: '7KQ4M9X2TB' }).ok).toBe(true);
    expect(checkEnrolmentRequest({ collectorUrl: 'http://localhost:8787', code: '7KQ4M9X2TB' }).ok).toBe(true);
    expect(checkEnrolmentRequest({ collectorUrl: 'http://[::1]:8787', code: '7KQ4M9X2TB' }).ok).toBe(true);
  });

  it.each([
    'http://hub.example.org',
    'http://192.168.1.20:8787',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user:secret@hub.example.org',
    'https://hub.example.org/?next=elsewhere',
    'not a url',
    `https://hub.example.org/${'a'.repeat(2100)}`,
  ])('refuses the collector address %s', (collectorUrl) => {
    expect(checkEnrolmentRequest({ collectorUrl, code: '7KQ4M9X2TB' })).toMatchObject({ ok: false, code: 'invalid-collector-url' });
  });

  it.each(['', '7KQ4', '7KQ4-M9X2-TB-XX', '7KQ4!M9X2?T', 42, null])('refuses the code %s', (code) => {
    expect(checkEnrolmentRequest({ collectorUrl: 'https://hub.example.org', code })).toMatchObject({ ok: false, code: 'malformed-code' });
  });

  it('refuses what is not a request object', () => {
    expect(checkEnrolmentRequest('https://hub.example.org').ok).toBe(false);
    expect(checkEnrolmentRequest(null).ok).toBe(false);
  });
});

describe('enrolForPage (the Electron main process side)', () => {
  it("posts the code to the collector typed by staff and returns the token with the collector's content key", async () => {
    const contentKey = { keyId: 'hub-key-2026', publicKey: 'C'.repeat(43) };
    const hub = collector(201, { deviceId: 'd-1', deviceToken: token, siteLabel: 'Hall A', contentKey });
    const result = await enrolForPage({ collectorUrl: 'https://hub.example.org/biotech', code: '7KQ4-M9X2-TB' }, hub.fetchFunction);
    expect(result).toEqual({ ok: true, enrolment: { deviceId: 'd-1', deviceToken: token, siteLabel: 'Hall A', contentKey } });
    expect(hub.calls.map((call) => call.url)).toEqual(['https://hub.example.org/biotech/v1/enrol']);
    expect(JSON.parse(String(hub.calls[0]!.init.body))).toEqual({ code: '7KQ4-M9X2-TB' });
    expect(hub.calls[0]!.init.redirect).toBe('error');
  });

  it('sends nothing for a request that fails the check', async () => {
    const hub = collector(201, {});
    expect(await enrolForPage({ collectorUrl: 'http://hub.example.org', code: '7KQ4M9X2TB' }, hub.fetchFunction)).toMatchObject({ ok: false });
    expect(hub.calls).toEqual([]);
  });

  it("answers the collector's refusal as data the page turns back into the same EnrolmentError", async () => {
    const hub = collector(409, { error: 'code-already-used', message: 'used' });
    const result = await enrolForPage({ collectorUrl: 'https://hub.example.org', code: '7KQ4M9X2TB' }, hub.fetchFunction);
    expect(result).toEqual({ ok: false, code: 'code-already-used', message: 'used' });
    // Structured clone (what IPC does) keeps it intact.
    const failure = (() => {
      try {
        return unwrapEnrolmentResult(structuredClone(result));
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(EnrolmentError);
    expect(failure).toMatchObject({ code: 'code-already-used' });
  });

  it('reports an unreachable collector as a network problem', async () => {
    const result = await enrolForPage({ collectorUrl: 'https://hub.example.org', code: '7KQ4M9X2TB' }, () => Promise.reject(new TypeError('fetch failed')));
    expect(result).toMatchObject({ ok: false, code: 'network' });
  });
});
