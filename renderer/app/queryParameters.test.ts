// Test-only query parameters take effect only on test-hook pages: a visitor's URL can never change the sync timings.

import { describe, expect, it } from 'vitest';
import { readQueryParameters } from './queryParameters';

describe('readQueryParameters', () => {
  it('reads the language and the seed for anyone', () => {
    const query = readQueryParameters('?locale=nl&seed=42');
    expect(query.locale).toBe('nl');
    expect(query.seed).toBe(42);
    expect(query.testHooks).toBe(false);
  });

  it('honours syncFast, sw and the short idle times only with testHooks=1', () => {
    expect(readQueryParameters('?syncFast=1&sw=1&idleSeconds=5')).toMatchObject({ syncFast: false, serviceWorker: false, idleSeconds: null });
    expect(readQueryParameters('?testHooks=1&syncFast=1&sw=1&idleSeconds=5')).toMatchObject({ syncFast: true, serviceWorker: true, idleSeconds: 5 });
  });

  it('ignores malformed values', () => {
    expect(readQueryParameters('?locale=xx&seed=abc&testHooks=1&idleSeconds=-3&syncFast=yes')).toMatchObject({ locale: null, seed: null, idleSeconds: null, syncFast: false });
  });
});
