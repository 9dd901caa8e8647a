// The web host's config.json is public: a device token in it is refused (ignored and named to staff), while the
// token this browser got for itself (kept in localStorage) is used. The page's first read, started early, is the web
// host's first load.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebHost, firstWebConfigLoad, WEB_CONFIG_OVERRIDE_KEY } from './webHost';

const TOKEN = 'A'.repeat(43);

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function serving(config: unknown) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(config), { status: 200 }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the web host config', () => {
  it('ignores a device token in the public config.json and names it to staff', async () => {
    serving({ mode: 'classroom', collectorUrl: 'https://hub.example/', deviceToken: TOKEN });
    const state = await createWebHost('1.0.0', memoryStorage()).loadDeviceConfig();
    expect(state.config.deviceToken).toBeNull();
    expect(state.config.collectorUrl).toBe('https://hub.example/');
    expect(state.problems).toEqual([expect.objectContaining({ code: 'public-token', field: 'deviceToken' })]);
  });

  it('names a malformed token there too, and keeps the browser’s own token from localStorage', async () => {
    serving({ mode: 'classroom', deviceToken: 'shared' });
    const own = memoryStorage({ [WEB_CONFIG_OVERRIDE_KEY]: JSON.stringify({ deviceToken: 'B'.repeat(43) }) });
    const state = await createWebHost('1.0.0', own).loadDeviceConfig();
    expect(state.config.deviceToken).toBe('B'.repeat(43));
    expect(state.problems).toEqual([expect.objectContaining({ code: 'public-token', field: 'deviceToken' })]);
  });

  it('reports nothing for a config.json without a token', async () => {
    serving({ mode: 'classroom', collectorUrl: 'https://hub.example/' });
    expect((await createWebHost('1.0.0', memoryStorage()).loadDeviceConfig()).problems).toEqual([]);
  });
});

describe('the page\'s first read of the config', () => {
  it('is read once, early, and taken by the web host\'s first load; later loads ask the server again', async () => {
    const fetchFunction = vi.fn(async () => new Response(JSON.stringify({ mode: 'event' }), { status: 200 }));
    vi.stubGlobal('fetch', fetchFunction);
    const storage = memoryStorage();
    const early = firstWebConfigLoad(storage);
    expect(firstWebConfigLoad(storage)).toBe(early);
    expect(fetchFunction).toHaveBeenCalledTimes(1);
    const host = createWebHost('1.0.0', storage);
    expect(host.loadDeviceConfig()).toBe(early);
    expect((await early).config.mode).toBe('event');
    expect(fetchFunction).toHaveBeenCalledTimes(1);
    await host.loadDeviceConfig();
    expect(fetchFunction).toHaveBeenCalledTimes(2);
  });
});
