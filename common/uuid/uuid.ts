// Random identifiers for the engagement log: UUIDv7 for event ids (time-ordered, so the oldest events sort first)
// and UUIDv4 for installation and session ids (pure randomness: a session id says nothing about when or where).
// Uses only globalThis.crypto.getRandomValues, which browsers, Electron and Node 24 all provide, so common/ stays
// free of node:* and DOM-only imports.

/** Fills a buffer with cryptographically strong random bytes. Injectable so tests can be deterministic. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => void;

export const cryptoRandomBytes: RandomBytes = (bytes) => {
  const crypto = globalThis.crypto;
  if (crypto === undefined || typeof crypto.getRandomValues !== 'function') {
    throw new Error('globalThis.crypto.getRandomValues is not available: cannot create random identifiers');
  }
  crypto.getRandomValues(bytes);
};

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function format(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < 16; index += 1) {
    if (index === 4 || index === 6 || index === 8 || index === 10) text += '-';
    text += HEX[bytes[index] ?? 0];
  }
  return text;
}

/** Any RFC 9562 UUID in its lower-case canonical text form (versions 1-8, variant 10xx). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A random (version 4) UUID. */
export function uuidV4(randomBytes: RandomBytes = cryptoRandomBytes): string {
  const bytes = new Uint8Array(16);
  randomBytes(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return format(bytes);
}

/** The largest value of the 12-bit counter kept in the rand_a field (RFC 9562, section 6.2, method 1). */
const COUNTER_MAX = 0xfff;

/**
 * Creates UUIDv7 values that are strictly increasing within one generator, even when several are made in the same
 * millisecond or the clock steps back (then the last timestamp is reused and the counter advances).
 */
export function createUuidV7Generator(
  now: () => number = Date.now,
  randomBytes: RandomBytes = cryptoRandomBytes,
): () => string {
  let lastMillis = -1;
  let counter = 0;
  return () => {
    const bytes = new Uint8Array(16);
    randomBytes(bytes);
    let millis = Math.floor(now());
    if (millis > lastMillis) {
      // A fresh millisecond: start the counter at a random value in its lower half, leaving room to count up.
      counter = (((bytes[6] ?? 0) & 0x07) << 8) | (bytes[7] ?? 0);
      lastMillis = millis;
    } else {
      millis = lastMillis;
      counter += 1;
      if (counter > COUNTER_MAX) {
        lastMillis += 1;
        millis = lastMillis;
        counter = 0;
      }
    }
    // 48-bit big-endian Unix time in milliseconds; division keeps it exact beyond 32 bits.
    let rest = millis;
    for (let index = 5; index >= 0; index -= 1) {
      bytes[index] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    return format(bytes);
  };
}

/** The process-wide UUIDv7 generator. */
export const uuidV7: () => string = createUuidV7Generator();
