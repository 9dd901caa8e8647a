// The sync asks for the device's content pack after its events are delivered: GET /v1/content with the site, mode,
// device token and If-None-Match of the version it has; 200 hands the body to the content service, 304 and 204
// hand nothing, and a failure never stops the events.

import { afterEach, describe, expect, it } from 'vitest';
import { contentUrl, fetchContentPack } from './contentFetch';
import { startSync, type SyncHandle } from './syncClient';
import { ManualClock, ManualNetwork, MemoryOutbox, settle } from './testDoubles';

interface Seen {
  url: string;
  init: RequestInit;
}

function answering(answer: (url: string) => Response) {
  const seen: Seen[] = [];
  const fetchFunction = async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return answer(url);
  };
  return { seen, fetchFunction };
}

const request = { collectorUrl: 'https://hub.example/collector', deviceToken: 'token', site: 'Hall A', mode: 'kiosk' as const, knownVersion: 4, signal: new AbortController().signal };

describe('fetchContentPack', () => {
  it('asks for this site and mode with the version it has, and reads each answer', async () => {
    expect(contentUrl('https://hub.example/collector', 'Hall A & B', 'classroom')).toBe('https://hub.example/collector/v1/content?site=Hall+A+%26+B&mode=classroom');
    const http = answering(() => new Response(JSON.stringify({ format: 1 }), { status: 200 }));
    expect(await fetchContentPack(http.fetchFunction, request)).toEqual({ kind: 'pack', body: { format: 1 } });
    expect(http.seen[0]!.init.headers).toEqual({ authorization: 'Bearer token', 'if-none-match': '"4"' });
    expect(await fetchContentPack(answering(() => new Response(null, { status: 304 })).fetchFunction, request)).toEqual({ kind: 'unchanged' });
    expect(await fetchContentPack(answering(() => new Response(null, { status: 204 })).fetchFunction, request)).toEqual({ kind: 'none' });
    expect(await fetchContentPack(answering(() => new Response('no', { status: 503 })).fetchFunction, request)).toEqual({ kind: 'failed', status: 503 });
    const down = async () => Promise.reject(new TypeError('network down'));
    expect(await fetchContentPack(down, request)).toEqual({ kind: 'failed', status: null });
  });
});

const handles: SyncHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((handle) => handle.stop()));
});

describe('the sync loop and content packs', () => {
  it('asks after the events are delivered, hands a 200 body over, and asks again only after its interval', async () => {
    const order: string[] = [];
    const offered: unknown[] = [];
    let contentStatus = 200;
    const http = answering((url) => {
      const path = new URL(url).pathname;
      order.push(path);
      if (path.endsWith('/v1/events')) return new Response(JSON.stringify({ accepted: 1, duplicates: 0 }), { status: 200 });
      if (path.endsWith('/v1/content')) return new Response(contentStatus === 200 ? JSON.stringify({ signed: true }) : null, { status: contentStatus });
      return new Response(null, { status: 204 });
    });
    const outbox = new MemoryOutbox();
    outbox.add([{ eventId: '0190a1b2-0000-7000-8000-000000000001' } as never]);
    const clock = new ManualClock();
    const handle = startSync({
      telemetry: { sync: outbox },
      collectorUrl: 'http://127.0.0.1:9/hub',
      deviceToken: 'device-token',
      fetch: http.fetchFunction,
      clock,
      network: new ManualNetwork(),
      random: () => 0,
      idlePollMs: 1_000,
      contentIntervalMs: 10_000,
      content: {
        request: () => ({ site: 'Hall A', mode: 'kiosk', knownVersion: 2 }),
        offer: async (body) => void offered.push(body),
      },
    });
    handles.push(handle);
    await settle();
    expect(order).toEqual(['/hub/v1/events', '/hub/v1/content']);
    expect(offered).toEqual([{ signed: true }]);
    contentStatus = 304;
    await clock.advance(1_000);
    await settle();
    expect(order.filter((path) => path.endsWith('/v1/content'))).toHaveLength(1);
    await clock.advance(10_000);
    await settle();
    expect(order.filter((path) => path.endsWith('/v1/content'))).toHaveLength(2);
    expect(offered).toHaveLength(1);
  });
});
