// The language guessed before the config is read follows the order boot() uses: lock, link, saved choice, default.

import { describe, expect, it } from 'vitest';
import { likelyLocale } from './likelyLocale';

describe('likelyLocale', () => {
  it('takes the class lock first, then the link, then the saved choice, else French', () => {
    expect(likelyLocale({ locked: 'nl', linked: 'de', saved: 'en' })).toBe('nl');
    expect(likelyLocale({ locked: null, linked: 'de', saved: 'en' })).toBe('de');
    expect(likelyLocale({ locked: null, linked: null, saved: 'en' })).toBe('en');
    expect(likelyLocale({ locked: null, linked: null, saved: null })).toBe('fr');
    expect(likelyLocale({ locked: null, linked: 'pseudo', saved: null })).toBe('pseudo');
  });
});
