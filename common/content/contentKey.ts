// The collector's public content key as a device keeps it (learned at enrolment or from a class code, or written
// into the device config by IT). Its own file, with zod only, so the device config schema can name it without
// importing the pack schema (which itself reads the device config's modes and site labels).

import { z } from '../zod';

export const base64urlSchema = (min: number, max: number) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+$/, 'must be base64url'));

export const contentKeySchema = z.strictObject({
  /** Names the key pair, so a device can tell "signed by another collector" from "tampered". */
  keyId: base64urlSchema(8, 64),
  /** The raw 32-byte Ed25519 public key, base64url (a JWK's "x"). */
  publicKey: base64urlSchema(43, 43),
});
export type ContentKey = z.infer<typeof contentKeySchema>;
