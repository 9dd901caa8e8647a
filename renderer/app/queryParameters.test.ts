// The shipped app's URL parameters: a teacher's link may fix the language and the seed, nothing else.

import { describe, expect, it } from 'vitest';
import { readQueryParameters } from './queryParameters';

describe('readQueryParameters', () => {
  it('reads the language and the seed for anyone', () => {
    const query = readQueryParameters('?locale=nl&seed=42');
    expect(query.locale).toBe('nl');
    expect(query.seed).toBe(42);
  });

  it('reads no test switch: the shipped app has none', () => {
    expect(readQueryParameters('?testHooks=1&syncFast=1&sw=1&idleSeconds=5&pendingCap=3')).toEqual({ locale: null, seed: null });
  });

  it('ignores malformed values', () => {
    expect(readQueryParameters('?locale=xx&seed=abc')).toEqual({ locale: null, seed: null });
  });
});
