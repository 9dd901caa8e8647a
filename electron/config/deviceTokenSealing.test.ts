import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { createDeviceConfigStore } from './deviceConfigStore';
import { fromDiskForm, SEALED_TOKEN_FIELD, toDiskForm, type TokenSealer } from './deviceTokenSealing';

const token = 'A'.repeat(43);
/** A stand-in key store: reversible, and visibly not the plain text. */
const sealer = (available = true): TokenSealer => ({
  available: async () => available,
  seal: async (text) => Buffer.from(`sealed:${text}`).toString('base64'),
  unseal: async (sealed) => {
    const text = Buffer.from(sealed, 'base64').toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return text.slice('sealed:'.length);
  },
});

describe('device token at rest', () => {
  it('writes the token only sealed where a key store exists, and reads it back', async () => {
    const { data, plainToken } = await toDiskForm({ deviceToken: token, siteLabel: 'Hall A' } as never, sealer());
    expect(plainToken).toBe(false);
    expect(JSON.stringify(data)).not.toContain(token);
    expect(data.deviceToken).toBeNull();
    const back = await fromDiskForm(JSON.parse(JSON.stringify(data)), sealer());
    expect(back).toEqual({ raw: { deviceToken: token, siteLabel: 'Hall A' }, problems: [] });
  });

  it('keeps the token in plain text, and says so, where no key store exists', async () => {
    const { data, plainToken } = await toDiskForm({ deviceToken: token }, sealer(false));
    expect(plainToken).toBe(true);
    expect(data).toEqual({ deviceToken: token });
    expect(await fromDiskForm(data, sealer(false))).toEqual({ raw: data, problems: [] });
  });

  it('drops a token it cannot open, with a problem for staff, instead of failing to start', async () => {
    const copied = { deviceToken: null, [SEALED_TOKEN_FIELD]: Buffer.from('from another machine').toString('base64') };
    const result = await fromDiskForm(copied, sealer());
    expect(result.raw).toEqual({ deviceToken: null });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unreadable', field: 'deviceToken' })]);
    expect((await fromDiskForm(copied, null)).problems).toHaveLength(1);
  });

  it('leaves configs without a token as they are', async () => {
    expect(await toDiskForm({ deviceToken: null }, sealer())).toEqual({ data: { deviceToken: null }, plainToken: false });
    expect(await fromDiskForm({ mode: 'kiosk' }, sealer())).toEqual({ raw: { mode: 'kiosk' }, problems: [] });
  });
});

describe('config file with a sealed token', () => {
  it('never writes the token in plain text where a key store exists, and the file is private', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'biotech-sealed-'));
    try {
      const file = path.join(folder, 'config.json');
      const store = createDeviceConfigStore(file, sealer());
      await store.save({ ...defaultDeviceConfig(), collectorUrl: 'https://hub.example.org', deviceToken: token });
      expect(readFileSync(file, 'utf8')).not.toContain(token);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(await store.load()).toMatchObject({ config: { deviceToken: token }, problems: [] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('tells staff how the token is kept: sealed with a key store, plain without one, none before enrolment', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'biotech-at-rest-'));
    try {
      const file = path.join(folder, 'config.json');
      const enrolled = { ...defaultDeviceConfig(), collectorUrl: 'https://hub.example.org', deviceToken: token };
      const sealedStore = createDeviceConfigStore(file, sealer());
      expect((await sealedStore.load()).deviceTokenAtRest).toBe('none');
      expect((await sealedStore.save(enrolled)).deviceTokenAtRest).toBe('sealed');
      expect((await sealedStore.load()).deviceTokenAtRest).toBe('sealed');

      const plainStore = createDeviceConfigStore(file, sealer(false));
      expect((await plainStore.save(enrolled)).deviceTokenAtRest).toBe('plain');
      expect((await plainStore.load()).deviceTokenAtRest).toBe('plain');
      // A key store installed later: the file still holds the plain token until the next save seals it.
      expect((await sealedStore.load()).deviceTokenAtRest).toBe('plain');
      expect((await sealedStore.save(enrolled)).deviceTokenAtRest).toBe('sealed');
      expect((await plainStore.save({ ...enrolled, deviceToken: null })).deviceTokenAtRest).toBe('none');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
