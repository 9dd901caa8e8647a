// The admin PIN: stored only as a salted PBKDF2-SHA256 hash (WebCrypto, in both hosts), checked in constant time.
// The parameters (iterations, salt and hash sizes, PIN length) are in common/config/pinHash.ts.

import type { AdminPinHash } from '../../common/config/deviceConfig';
import {
  PIN_HASH_ALGORITHM,
  PIN_HASH_BYTES,
  PIN_ITERATIONS,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  PIN_PATTERN,
  PIN_SALT_BYTES,
} from '../../common/config/pinHash';

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    PIN_HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<AdminPinHash> {
  if (!isValidPin(pin)) throw new Error(`a PIN has ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits`);
  const salt = crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: PIN_HASH_ALGORITHM, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPin(pin: string, stored: AdminPinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  if (actual.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
