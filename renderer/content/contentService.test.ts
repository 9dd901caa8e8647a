// The content service shows only packs that pass the signed check: a pack from the sync waits until a moment between
// visitors, a file is shown at once, refusals keep the pack shown and are remembered for staff and the health report,
// "go back" returns to the previous pack and the sync does not take the left one again, and the kept packs survive a
// restart (checked again) while a broken store falls back to the built-in pack with a problem.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../common/content/contentPack';
import { defaultDeviceConfig, type DeviceConfig } from '../../common/config/deviceConfig';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { createStore } from '../state/store';
import { tampered, testSigner } from '../../tests/support/packSigning';
import { createContentService } from './contentService';
import { DEFAULT_PACK } from './defaultPack';
import { openPackStorage } from './packStorage';

let databases = 0;

function pack(version: number, figure: string, target: ContentPack['target'] = { kind: 'site', site: 'Hall A' }): ContentPack {
  const [first, ...others] = DEFAULT_PACK.content.facts;
  return {
    ...DEFAULT_PACK,
    version,
    target,
    publishedAt: '2026-12-04T10:00:00.000Z',
    content: { ...DEFAULT_PACK.content, facts: [{ ...first!, figure: { fr: figure, nl: figure, de: figure, en: figure } }, ...others] },
  };
}

async function setUp(options: { between?: boolean; config?: Partial<DeviceConfig>; database?: string } = {}) {
  const signer = await testSigner();
  const database = options.database ?? `content-test-${(databases += 1)}`;
  const state: DeviceConfigState = { config: { ...defaultDeviceConfig('kiosk'), siteLabel: 'Hall A', contentKey: signer.key, ...options.config }, problems: [], deviceTokenAtRest: 'none' };
  const deviceConfig = createStore(state);
  const between = { now: options.between ?? true };
  const open = () => createContentService({ deviceConfig, openStorage: () => openPackStorage(indexedDB, database), betweenVisitors: () => between.now, now: () => 1_000 });
  const service = open();
  await service.ready;
  const figure = () => service.shown.get().pack.content.facts[0]!.figure.fr;
  return { signer, service, between, figure, database, deviceConfig, reopen: async () => {
    const again = open();
    await again.ready;
    return again;
  } };
}

describe('the content service', () => {
  it('starts with the built-in pack', async () => {
    const { service } = await setUp();
    expect(service.shown.get()).toEqual({ pack: DEFAULT_PACK, source: 'built-in' });
    expect(service.healthState()).toEqual({ source: 'built-in', version: 0, refusal: null });
    expect(service.status.get()).toMatchObject({ waiting: null, previous: null, lastRefusal: null, problem: null, hasKey: true });
  });

  it('keeps a pack from the sync waiting while a visitor is there, and shows it between visitors', async () => {
    const { signer, service, between, figure } = await setUp({ between: false });
    expect(await service.offerFromCollector(await signer.sign(pack(3, '9 999')))).toEqual({ kind: 'accepted', version: 3 });
    expect(figure()).not.toBe('9 999');
    expect(service.status.get().waiting).toMatchObject({ version: 3, source: 'collector' });
    expect(service.knownVersion()).toBe(3);
    service.settle();
    expect(figure()).not.toBe('9 999');
    between.now = true;
    service.settle();
    expect(figure()).toBe('9 999');
    expect(service.healthState()).toEqual({ source: 'collector', version: 3, refusal: null });
    expect(service.status.get().waiting).toBeNull();
  });

  it('refuses a tampered pack, one signed by another collector and one for another site, keeping the pack shown', async () => {
    const { signer, service, figure } = await setUp();
    await service.offerFromCollector(await signer.sign(pack(2, '1 000')));
    expect(figure()).toBe('1 000');
    const good = await signer.sign(pack(3, '2 000'));
    expect(await service.offerFromCollector(tampered(good, '2 000', '6 666'))).toEqual({ kind: 'refused', refusal: 'signature' });
    const stranger = await testSigner('other-key-9');
    expect(await service.offerFromCollector(await stranger.sign(pack(3, '2 000')))).toEqual({ kind: 'refused', refusal: 'unknown-key' });
    expect(await service.offerFromCollector(await signer.sign(pack(4, '3 000', { kind: 'site', site: 'Hall B' })))).toEqual({ kind: 'refused', refusal: 'target' });
    expect(figure()).toBe('1 000');
    expect(service.status.get().lastRefusal).toMatchObject({ refusal: 'target', origin: 'collector', version: 4 });
    expect(service.healthState().refusal).toBe('target');
    await service.refusalReported('target');
    expect(service.healthState().refusal).toBeNull();
  });

  it('takes a file at once, and goes back to the previous pack without taking the left version again from the sync', async () => {
    const { signer, service, between, figure } = await setUp({ between: false });
    const first = await signer.sign(pack(2, '1 000'));
    expect(await service.takeFromFile(JSON.stringify(first))).toEqual({ kind: 'accepted', version: 2 });
    expect(figure()).toBe('1 000');
    expect(await service.takeFromFile('{"not": "a pack"}')).toEqual({ kind: 'refused', refusal: 'not-a-pack' });
    expect(await service.takeFromFile(JSON.stringify(await signer.sign(pack(5, '5 000'))))).toEqual({ kind: 'accepted', version: 5 });
    expect(service.shown.get().source).toBe('file');
    expect(service.status.get().previous).toMatchObject({ version: 2 });
    expect(await service.goBack()).toBe(true);
    expect(figure()).toBe('1 000');
    expect(service.knownVersion()).toBe(5);
    between.now = true;
    expect(await service.offerFromCollector(await signer.sign(pack(5, '5 000')))).toEqual({ kind: 'unchanged' });
    expect(figure()).toBe('1 000');
    expect(await service.offerFromCollector(await signer.sign(pack(6, '6 000')))).toEqual({ kind: 'accepted', version: 6 });
    expect(figure()).toBe('6 000');
  });

  it('keeps the packs over a restart and checks them again; a waiting pack is shown at the next start', async () => {
    const { signer, service, reopen, deviceConfig } = await setUp({ between: false });
    await service.takeFromFile(JSON.stringify(await signer.sign(pack(2, '1 000'))));
    await service.offerFromCollector(await signer.sign(pack(3, '3 000')));
    const again = await reopen();
    expect(again.shown.get().pack.version).toBe(3);
    expect(again.status.get().previous).toMatchObject({ version: 2, source: 'file' });
    // The site changed: the kept packs are for Hall A only, so the built-in pack is shown, and staff are told.
    deviceConfig.set({ ...deviceConfig.get(), config: { ...deviceConfig.get().config, siteLabel: 'Hall B' } });
    const moved = await reopen();
    expect(moved.shown.get().source).toBe('built-in');
    expect(moved.status.get().problem).toBe('kept-pack-refused');
  });

  it('falls back to the built-in pack with a problem when the store cannot be opened or is damaged', async () => {
    const deviceConfig = createStore<DeviceConfigState>({ config: defaultDeviceConfig(), problems: [], deviceTokenAtRest: 'none' });
    const broken = createContentService({ deviceConfig, openStorage: () => Promise.reject(new Error('no IndexedDB')), betweenVisitors: () => true });
    await broken.ready;
    expect(broken.shown.get().source).toBe('built-in');
    expect(broken.status.get()).toMatchObject({ problem: 'storage-unavailable', hasKey: false });
    const damaged = createContentService({ deviceConfig, openStorage: async () => ({ read: async () => ({ shelf: (await import('./packShelf')).EMPTY_SHELF, damaged: true }), write: async () => undefined }), betweenVisitors: () => true });
    await damaged.ready;
    expect(damaged.status.get().problem).toBe('storage-damaged');
    expect(damaged.shown.get().pack).toBe(DEFAULT_PACK);
  });

  it('takes nothing without a collector key in the device config', async () => {
    const { signer, service } = await setUp({ config: { contentKey: null } });
    expect(await service.offerFromCollector(await signer.sign(pack(2, '1 000')))).toEqual({ kind: 'refused', refusal: 'unknown-key' });
    expect(service.status.get().hasKey).toBe(false);
  });
});
