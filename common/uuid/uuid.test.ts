// Protects the identifier formats the engagement log and the collector rely on.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UUID_PATTERN, UUID_V7_PATTERN, createUuidV7Generator, uuidV4, uuidV7 } from './uuid';

const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix time in milliseconds stored in a UUIDv7 (RFC 9562: its first 48 bits), or null when it is not one. */
function uuidV7Millis(uuid: string): number | null {
  if (!UUID_V7_PATTERN.test(uuid)) return null;
  return Number.parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16);
}

describe('uuidV4', () => {
  it('produces version 4, variant 10 UUIDs that differ each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidV4()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(UUID_V4_PATTERN);
  });
});

describe('uuidV7', () => {
  it('produces version 7 UUIDs carrying the current time', () => {
    const before = Date.now();
    const id = uuidV7();
    const after = Date.now();
    expect(id).toMatch(UUID_V7_PATTERN);
    expect(id).toMatch(UUID_PATTERN);
    const millis = uuidV7Millis(id);
    expect(millis).not.toBeNull();
    expect(millis!).toBeGreaterThanOrEqual(before);
    expect(millis!).toBeLessThanOrEqual(after);
  });

  it('is strictly increasing within a millisecond, past the counter limit, and when the clock steps back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 47 }), { minLength: 2, maxLength: 6 }), (times) => {
        let calls = 0;
        // Each clock reading repeats 5,000 times, so the 12-bit counter overflows at least once per reading.
        const generate = createUuidV7Generator(() => times[Math.floor(calls++ / 5000)] ?? 0);
        let previous = '';
        for (let count = 0; count < 5000 * times.length; count += 1) {
          const id = generate();
          if (!UUID_V7_PATTERN.test(id) || id <= previous) throw new Error(`${id} does not follow ${previous}`);
          previous = id;
        }
      }),
      { numRuns: 8 },
    );
  });

  it('encodes large timestamps exactly', () => {
    const millis = 0xfedcba987654;
    const generate = createUuidV7Generator(() => millis);
    expect(uuidV7Millis(generate())).toBe(millis);
    expect(uuidV7Millis('not-a-uuid')).toBeNull();
  });
});
