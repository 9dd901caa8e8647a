// Device tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes. A leaked database
// therefore holds nothing that authenticates a device or enrols a new one.

import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

/** Crockford's base32 without I, L, O, U: nothing to misread on a kiosk keyboard. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 256 random bits, base64url: the long-lived device token. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newDeviceId(): string {
  return randomUUID();
}

/** A short code staff read out or type, e.g. "7KQ4-M9X2-TB" (50 random bits; single use, short-lived). */
export function newEnrolmentCode(): string {
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * The canonical form of a typed code: upper case, separators and spaces dropped, and the letters people confuse
 * with digits read as those digits (Crockford). Returns null when it cannot be one of our codes.
 */
export function normaliseEnrolmentCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (compact.length !== CODE_LENGTH) return null;
  for (const character of compact) if (!CODE_ALPHABET.includes(character)) return null;
  return compact;
}

export function enrolmentCodeHash(typed: string): string | null {
  const canonical = normaliseEnrolmentCode(typed);
  return canonical === null ? null : sha256Hex(`enrolment:${canonical}`);
}

export function deviceTokenHash(token: string): string {
  return sha256Hex(`device-token:${token}`);
}

/**
 * A class code: the same alphabet and length as an enrolment code (50 random bits), shown as "7KQ4-M9X2-TB". Valid
 * for one day and for a few dozen browsers, with POST /v1/classes/join rate-limited per client, guessing one is
 * hopeless: even with a thousand live codes, a client guessing all day finds one with odds below one in ten million.
 */
export const newClassCode = newEnrolmentCode;

/** The stored form of a typed or linked class code (canonical, no hyphens), or null when it cannot be one. */
export const normaliseClassCode = normaliseEnrolmentCode;
