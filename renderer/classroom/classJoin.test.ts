// A pupil's browser joins the class of its lesson link once, keeps its own token and its place when the link is
// reopened, leaves a staff-enrolled browser alone, drops a token whose day is over, waits when the school's address
// is rate-limited, and says why when the collector refuses the code.

import { describe, expect, it, vi } from 'vitest';
import { defaultDeviceConfig, type DeviceConfig } from '../../common/config/deviceConfig';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { createStore } from '../state/store';
import { CLASS_MEMBERSHIP_KEY, classJoinStatus, followClassCodes } from './classJoin';

const TOKEN = 'T'.repeat(43);
const COLLECTOR = 'https://hub.example/';
const END_OF_DAY = Date.parse('2026-03-10T23:00:00Z');

function memoryStorage(): Storage {
  const items = new Map<string, string>();
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

function harness(options: { answers: Response[]; config?: Partial<DeviceConfig>; storage?: Storage; now?: number }) {
  const calls: { url: string; body: unknown }[] = [];
  const answers = [...options.answers];
  const waits: number[] = [];
  const storage = options.storage ?? memoryStorage();
  const deviceConfig = createStore<DeviceConfigState>({ config: { ...defaultDeviceConfig('classroom'), collectorUrl: COLLECTOR, ...options.config }, problems: [] });
  const linkedCode = createStore<string | null>(null);
  const saved: DeviceConfig[] = [];
  followClassCodes({
    hostKind: 'web',
    deviceConfig,
    saveDeviceConfig: async (config) => {
      saved.push(config);
      return { config, problems: [] };
    },
    linkedCode,
    fetchFunction: async (url, init) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no more answers');
      return answer;
    },
    storage,
    now: () => options.now ?? Date.parse('2026-03-10T09:00:00Z'),
    wait: async (ms) => void waits.push(ms),
  });
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { calls, waits, storage, deviceConfig, linkedCode, saved, settled };
}

const joined = (extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ deviceId: 'd-1', deviceToken: TOKEN, siteLabel: 'Athénée', school: 'Athénée', classLabel: '2B', expiresAt: new Date(END_OF_DAY).toISOString(), ...extra }), { status: 201 });

describe('joining the class of a lesson link', () => {
  it('exchanges the code once for its own token, and keeps its place when the link is reopened', async () => {
    const h = harness({ answers: [joined()] });
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(h.calls).toEqual([{ url: 'https://hub.example/v1/classes/join', body: { code: '7KQ4M9X2TB' } }]);
    expect(h.deviceConfig.get().config.deviceToken).toBe(TOKEN);
    expect(classJoinStatus.get()).toEqual({ state: 'joined', school: 'Athénée', classLabel: '2B' });
    h.linkedCode.set(null);
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(h.calls).toHaveLength(1);
  });

  it("keeps the collector's content key that comes with the token", async () => {
    const contentKey = { keyId: 'hub-key-2026', publicKey: 'B'.repeat(43) };
    const h = harness({ answers: [joined({ contentKey })] });
    h.linkedCode.set('7KQ4M9X2TB');
    await vi.waitFor(() => expect(h.deviceConfig.get().config.contentKey).toEqual(contentKey));
  });

  it('leaves a browser staff linked with an enrolment code as it is', async () => {
    const h = harness({ answers: [joined()], config: { deviceToken: 'S'.repeat(43) } });
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(h.calls).toEqual([]);
    expect(h.deviceConfig.get().config.deviceToken).toBe('S'.repeat(43));
  });

  it('drops the token once the class day is over', async () => {
    const storage = memoryStorage();
    storage.setItem(CLASS_MEMBERSHIP_KEY, JSON.stringify({ code: '7KQ4M9X2TB', school: 'Athénée', classLabel: '2B', expiresAt: END_OF_DAY }));
    const h = harness({ answers: [], storage, config: { deviceToken: TOKEN }, now: END_OF_DAY + 1 });
    await h.settled();
    expect(h.deviceConfig.get().config.deviceToken).toBeNull();
    expect(storage.getItem(CLASS_MEMBERSHIP_KEY)).toBeNull();
  });

  it('waits as the collector asks when the school address is rate-limited, then joins', async () => {
    const limited = new Response(JSON.stringify({ error: 'rate-limited', message: 'wait' }), { status: 429, headers: { 'retry-after': '3' } });
    const h = harness({ answers: [limited, joined()] });
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(h.waits).toEqual([3_000]);
    expect(h.deviceConfig.get().config.deviceToken).toBe(TOKEN);
  });

  it('says why a refused code did not join, and keeps no token', async () => {
    const h = harness({ answers: [new Response(JSON.stringify({ error: 'class-full', message: 'full' }), { status: 409 })] });
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(classJoinStatus.get()).toEqual({ state: 'failed', error: 'class-full' });
    expect(h.deviceConfig.get().config.deviceToken).toBeNull();
    expect(h.saved).toEqual([]);
  });

  it('needs the collector address of the served config', async () => {
    const h = harness({ answers: [], config: { collectorUrl: null } });
    h.linkedCode.set('7KQ4M9X2TB');
    await h.settled();
    expect(classJoinStatus.get()).toEqual({ state: 'failed', error: 'no-collector' });
  });
});
