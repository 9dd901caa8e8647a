// The device's check of a signed content pack: a pack signed with the collector's key for this device passes, and
// each way a pack can be wrong is refused with its own reason.

import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from './contentPack';
import { checkSignedPack, type ContentKey, type SignedPack } from './signedPack';

function keyPair(keyId: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const key: ContentKey = { keyId, publicKey: String(jwk.x) };
  const signPayload = (payload: string): SignedPack => ({
    format: 1,
    keyId,
    payload,
    signature: sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64url'),
  });
  return { key, signPayload };
}

const text = (value: string) => ({ fr: value, nl: value, de: value, en: value });

function pack(overrides: Partial<ContentPack> = {}): ContentPack {
  return {
    format: 1,
    version: 3,
    target: { kind: 'site', site: 'Hall B' },
    publishedAt: '2026-12-04T10:00:00.000Z',
    languages: ['fr', 'nl', 'de', 'en'],
    content: {
      facts: [{ id: 'jobs', figure: text('2 400'), text: text('emplois'), source: text("L'Echo, 2021") }],
      agenda: [],
      routes: [],
      highlightedRoles: [],
      games: null,
    },
    ...overrides,
  };
}

const device = { siteLabel: 'hall b', mode: 'kiosk' as const };

describe('checkSignedPack', () => {
  const collector = keyPair('collector-key-1');

  it('accepts a pack signed for this device and returns its content', async () => {
    const result = await checkSignedPack(collector.signPayload(JSON.stringify(pack())), { key: collector.key, device, currentVersion: 2 });
    expect(result).toEqual({ ok: true, pack: pack() });
  });

  it('refuses a payload changed after signing', async () => {
    const signed = collector.signPayload(JSON.stringify(pack()));
    const tampered = { ...signed, payload: signed.payload.replace('2 400', '9 999') };
    expect(await checkSignedPack(tampered, { key: collector.key, device, currentVersion: 0 })).toMatchObject({ ok: false, refusal: 'signature' });
  });

  it('refuses a pack signed by another key, even under the trusted key id', async () => {
    const other = keyPair('collector-key-1');
    const result = await checkSignedPack(other.signPayload(JSON.stringify(pack())), { key: collector.key, device, currentVersion: 0 });
    expect(result).toMatchObject({ ok: false, refusal: 'signature' });
    const elsewhere = keyPair('another-collector');
    expect(await checkSignedPack(elsewhere.signPayload(JSON.stringify(pack())), { key: collector.key, device, currentVersion: 0 })).toMatchObject({
      ok: false,
      refusal: 'unknown-key',
    });
  });

  it('refuses a signed pack that breaks the schema: a missing translation, an extra field', async () => {
    const missing = pack();
    missing.content.facts[0] = { ...missing.content.facts[0]!, text: { fr: 'emplois' } };
    expect(await checkSignedPack(collector.signPayload(JSON.stringify(missing)), { key: collector.key, device, currentVersion: 0 })).toMatchObject({
      ok: false,
      refusal: 'schema',
    });
    const extra = { ...pack(), visitors: [{ sessionId: 'x' }] };
    expect(await checkSignedPack(collector.signPayload(JSON.stringify(extra)), { key: collector.key, device, currentVersion: 0 })).toMatchObject({
      ok: false,
      refusal: 'schema',
    });
  });

  it('refuses a pack for another site or mode, and one older than the pack shown', async () => {
    const forHallA = collector.signPayload(JSON.stringify(pack({ target: { kind: 'site', site: 'Hall A' } })));
    expect(await checkSignedPack(forHallA, { key: collector.key, device, currentVersion: 0 })).toMatchObject({ ok: false, refusal: 'target' });
    const forEvents = collector.signPayload(JSON.stringify(pack({ target: { kind: 'mode', mode: 'event' } })));
    expect(await checkSignedPack(forEvents, { key: collector.key, device, currentVersion: 0 })).toMatchObject({ ok: false, refusal: 'target' });
    const old = collector.signPayload(JSON.stringify(pack()));
    expect(await checkSignedPack(old, { key: collector.key, device, currentVersion: 4 })).toMatchObject({ ok: false, refusal: 'older-version' });
  });

  it('refuses what is not a signed pack at all', async () => {
    expect(await checkSignedPack({ payload: '{}' }, { key: collector.key, device, currentVersion: 0 })).toMatchObject({ ok: false, refusal: 'not-a-pack' });
  });
});
