// Test helper: an Ed25519 key pair like the collector's and signed content packs made with it (Web Crypto), so
// device tests check real signatures. Also a tampered copy (payload changed after signing).

import type { ContentPack } from '../../common/content/contentPack';
import type { ContentKey, SignedPack } from '../../common/content/signedPack';

function toBase64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface TestSigner {
  readonly key: ContentKey;
  sign(pack: ContentPack): Promise<SignedPack>;
}

export async function testSigner(keyId = 'test-key-1'): Promise<TestSigner> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const key = { keyId, publicKey: toBase64url(await crypto.subtle.exportKey('raw', pair.publicKey)) };
  return {
    key,
    async sign(pack) {
      const payload = JSON.stringify(pack);
      const signature = toBase64url(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(payload)));
      return { format: 1, keyId, payload, signature };
    },
  };
}

/** The same envelope with one text of the payload changed after signing. */
export function tampered(signed: SignedPack, from: string, to: string): SignedPack {
  if (!signed.payload.includes(from)) throw new Error(`tampered(): "${from}" is not in the payload`);
  return { ...signed, payload: signed.payload.replace(from, to) };
}
