// The collector's Ed25519 signature over a content pack (node:crypto): a new key pair, the key id devices use to
// tell one collector's key from another's, and the signature of a pack's exact JSON string. Devices check it with
// common/content/signedPack.ts; the key pair is kept in the database (storage/contentKeyStore.ts).

import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { ContentKey, SignedPack } from '../../common/content/signedPack';
import { SIGNED_PACK_FORMAT } from '../../common/content/signedPack';

/** A key pair as stored: the raw 32-byte public key and the 32-byte private scalar, both base64url (JWK x and d). */
export interface SigningKeyPair {
  readonly keyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/** The key id: the first 12 bytes of the SHA-256 of the raw public key, base64url (16 characters). */
export function contentKeyId(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest().subarray(0, 12).toString('base64url');
}

export function newSigningKeyPair(): SigningKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  if (jwk.x === undefined || jwk.d === undefined) throw new Error('node:crypto gave an Ed25519 key without x or d');
  return { keyId: contentKeyId(jwk.x), publicKey: jwk.x, privateKey: jwk.d };
}

/** What devices learn at enrolment: the public half only. */
export function publicContentKey(pair: SigningKeyPair): ContentKey {
  return { keyId: pair.keyId, publicKey: pair.publicKey };
}

/** Signs strings with one key pair (the private key is imported once). */
export class PackSigner {
  readonly key: ContentKey;
  private readonly privateKey: KeyObject;

  constructor(pair: SigningKeyPair) {
    this.key = publicContentKey(pair);
    this.privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey, d: pair.privateKey }, format: 'jwk' });
  }

  /** The signed envelope of `payload`, the pack's JSON exactly as it will be served. */
  sign(payload: string): SignedPack {
    const signature = sign(null, Buffer.from(payload, 'utf8'), this.privateKey).toString('base64url');
    return { format: SIGNED_PACK_FORMAT, keyId: this.key.keyId, payload, signature };
  }
}
