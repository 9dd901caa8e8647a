// The signed form in which a content pack travels (collector → device over sync, or a file on a USB stick), and the
// one check every device applies before it shows a pack: the collector's Ed25519 signature over the exact payload
// bytes, the schema, the target and the version. Signing happens only on the collector (node:crypto); checking uses
// Web Crypto (`globalThis.crypto.subtle`), which browsers, Electron's renderer and Node all have.

import { z } from '../zod';
import { contentPackSchema, targetMatches, type ContentPack } from './contentPack';
import type { Mode } from '../config/deviceConfig';
import { base64urlSchema, type ContentKey } from './contentKey';

export const SIGNED_PACK_FORMAT = 1;
/** A pack's JSON is a few tens of KB; anything far larger is not a pack. */
export const MAX_PACK_PAYLOAD_CHARS = 512_000;

// The key's schema lives in contentKey.ts (the device config names it too); it is re-exported here with the envelope.
export { contentKeySchema, type ContentKey } from './contentKey';
const base64url = base64urlSchema;

export const signedPackSchema = z.strictObject({
  format: z.literal(SIGNED_PACK_FORMAT),
  keyId: base64url(8, 64),
  /** The pack's JSON, exactly the bytes that were signed (UTF-8). */
  payload: z.string().check(z.minLength(2), z.maxLength(MAX_PACK_PAYLOAD_CHARS)),
  /** Ed25519 signature of the payload's UTF-8 bytes, base64url (64 bytes). */
  signature: base64url(86, 86),
});
export type SignedPack = z.infer<typeof signedPackSchema>;

/** Why a device refused a pack (the admin panel and the health report name it; the device keeps the pack it had). */
export const PACK_REFUSALS = ['not-a-pack', 'unknown-key', 'signature', 'schema', 'target', 'older-version'] as const;
export type PackRefusal = (typeof PACK_REFUSALS)[number];

export type PackCheck =
  | { ok: true; pack: ContentPack }
  | { ok: false; refusal: PackRefusal; detail: string };

export interface PackCheckContext {
  key: ContentKey;
  device: { siteLabel: string; mode: Mode };
  /** The version of the pack the device shows now (0: the built-in one). */
  currentVersion: number;
}

export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function refuse(refusal: PackRefusal, detail: string): PackCheck {
  return { ok: false, refusal, detail };
}

/**
 * Checks a signed pack for this device, in the order that tells staff the most: the envelope, the key, the signature
 * (nothing of an unsigned payload is read), then the schema, the target and the version. A pack of the same version
 * as the current one is accepted (the caller sees nothing changed); an older one is refused, since a rollback on the
 * collector is published as a new version.
 */
export async function checkSignedPack(input: unknown, context: PackCheckContext): Promise<PackCheck> {
  const envelope = signedPackSchema.safeParse(input);
  if (!envelope.success) return refuse('not-a-pack', envelope.error.issues[0]?.message ?? 'not a signed content pack');
  const signed = envelope.data;
  if (signed.keyId !== context.key.keyId) return refuse('unknown-key', `signed with key ${signed.keyId}, this device trusts ${context.key.keyId}`);

  let valid: boolean;
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', base64urlToBytes(context.key.publicKey), { name: 'Ed25519' }, false, ['verify']);
    valid = await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, base64urlToBytes(signed.signature), new TextEncoder().encode(signed.payload));
  } catch (error) {
    return refuse('signature', `the signature could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!valid) return refuse('signature', 'the signature does not match the content');

  let parsed: unknown;
  try {
    parsed = JSON.parse(signed.payload);
  } catch {
    return refuse('schema', 'the signed content is not JSON');
  }
  const pack = contentPackSchema.safeParse(parsed);
  if (!pack.success) {
    const issue = pack.error.issues[0];
    return refuse('schema', issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a valid content pack');
  }
  if (!targetMatches(pack.data.target, context.device)) return refuse('target', 'the pack is for other devices');
  if (pack.data.version < context.currentVersion) {
    return refuse('older-version', `version ${pack.data.version} is older than the version ${context.currentVersion} shown now`);
  }
  return { ok: true, pack: pack.data };
}
