// The sync asks for the device's remote settings after its events are delivered: GET /v1/settings with the device
// token and If-None-Match of the revision it has; a 200 that passes remoteSettingsSchema goes to the settings
// service, one that fails is refused with its reason, 304 and 204 hand nothing over, and a class browser never asks.

import { afterEach, describe, expect, it } from 'vitest';
import type { RemoteSettings } from '../../common/config/remoteSettings';
import { checkRemoteSettings, fetchRemoteSettings, settingsUrl } from './settingsFetch';
import { startSync, type SyncHandle } from './syncClient';
import { ManualClock, ManualNetwork, MemoryOutbox, settle } from './testDoubles';

const SETTINGS: RemoteSettings = { revision: 5, values: { idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'en'] }, pinChangeRequestedAt: null };

function answering(answer: (url: string) => Response) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetchFunction = async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return answer(url);
  };
  return { seen, fetchFunction };
}

const request = { collectorUrl: 'https://hub.example/collector', deviceToken: 'token', knownRevision: 4, signal: new AbortController().signal };

describe('fetchRemoteSettings', () => {
  it('asks with the revision it has and reads each answer', async () => {
    expect(settingsUrl('https://hub.example/collector')).toBe('https://hub.example/collector/v1/settings');
    const http = answering(() => new Response(JSON.stringify(SETTINGS), { status: 200 }));
    expect(await fetchRemoteSettings(http.fetchFunction, request)).toEqual({ kind: 'received', settings: SETTINGS });
    expect(http.seen[0]!.init.headers).toEqual({ authorization: 'Bearer token', 'if-none-match': '"4"' });
    expect(await fetchRemoteSettings(answering(() => new Response(null, { status: 304 })).fetchFunction, request)).toEqual({ kind: 'unchanged' });
    expect(await fetchRemoteSettings(answering(() => new Response(null, { status: 204 })).fetchFunction, request)).toEqual({ kind: 'none' });
    expect(await fetchRemoteSettings(answering(() => new Response('no', { status: 503 })).fetchFunction, request)).toEqual({ kind: 'failed', status: 503 });
    expect(await fetchRemoteSettings(async () => Promise.reject(new TypeError('network down')), request)).toEqual({ kind: 'failed', status: null });
  });

  it('refuses a 200 that is not valid settings, naming where it fails', async () => {
    const notJson = await fetchRemoteSettings(answering(() => new Response('<html>', { status: 200 })).fetchFunction, request);
    expect(notJson).toEqual({ kind: 'refused', reason: 'document: not JSON' });
    const tooShort = await fetchRemoteSettings(answering(() => new Response(JSON.stringify({ ...SETTINGS, values: { idleTimeoutSeconds: 5 } }), { status: 200 })).fetchFunction, request);
    expect(tooShort).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^values\.idleTimeoutSeconds: /) as unknown });
    // The PIN never travels: a document carrying one is not settings.
    expect(checkRemoteSettings({ ...SETTINGS, values: { adminPin: null } })).toMatchObject({ ok: false });
    expect(checkRemoteSettings({ ...SETTINGS, values: { defaultLanguage: 'de', enabledLanguages: ['fr'] } })).toMatchObject({ ok: false, reason: expect.stringContaining('defaultLanguage') as unknown });
  });
});

const handles: SyncHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((handle) => handle.stop()));
});

function sink(wanted = true) {
  const offered: RemoteSettings[] = [];
  const refused: string[] = [];
  return {
    offered,
    refused,
    wanted: () => wanted,
    knownRevision: () => 2,
    offer: async (settings: RemoteSettings) => void offered.push(settings),
    refuse: async (reason: string) => void refused.push(reason),
  };
}

function run(settings: ReturnType<typeof sink>, answer: (path: string) => Response) {
  const paths: string[] = [];
  const seen: RequestInit[] = [];
  const clock = new ManualClock();
  const handle = startSync({
    telemetry: { sync: new MemoryOutbox() },
    collectorUrl: 'http://127.0.0.1:9/hub',
    deviceToken: 'device-token',
    fetch: async (url, init) => {
      const path = new URL(url).pathname;
      paths.push(path);
      if (path.endsWith('/v1/settings')) seen.push(init);
      return answer(path);
    },
    clock,
    network: new ManualNetwork(),
    random: () => 0,
    idlePollMs: 1_000,
    settingsIntervalMs: 10_000,
    settings,
  });
  handles.push(handle);
  return { paths, seen, clock, handle };
}

describe('the sync loop and remote settings', () => {
  it('asks when idle with the known revision, hands valid settings over, and asks again only after its interval or a nudge', async () => {
    const settings = sink();
    let status = 200;
    const sync = run(settings, (path) => (path.endsWith('/v1/settings') ? new Response(status === 200 ? JSON.stringify(SETTINGS) : null, { status }) : new Response(null, { status: 204 })));
    await settle();
    expect(sync.paths).toEqual(['/hub/v1/settings']);
    expect((sync.seen[0]!.headers as Record<string, string>)['if-none-match']).toBe('"2"');
    expect(settings.offered).toEqual([SETTINGS]);
    status = 304;
    await sync.clock.advance(1_000);
    expect(sync.paths).toHaveLength(1);
    await sync.clock.advance(10_000);
    expect(sync.paths).toHaveLength(2);
    sync.handle.nudge();
    await settle();
    expect(sync.paths).toHaveLength(3);
    expect(settings.offered).toHaveLength(1);
  });

  it('hands a refused document over as a refusal', async () => {
    const settings = sink();
    run(settings, () => new Response(JSON.stringify({ revision: 0, values: {}, pinChangeRequestedAt: null }), { status: 200 }));
    await settle();
    expect(settings.offered).toEqual([]);
    expect(settings.refused).toEqual([expect.stringMatching(/^revision: /)]);
  });

  it('never asks from a browser that syncs as a class', async () => {
    const settings = sink(false);
    const sync = run(settings, () => new Response(null, { status: 204 }));
    await settle();
    await sync.clock.advance(20_000);
    expect(sync.paths.filter((path) => path.endsWith('/v1/settings'))).toEqual([]);
  });
});
