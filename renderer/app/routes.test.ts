import { describe, expect, it } from 'vitest';
import { formatLocation, HOME, parseLocation } from './routes';

describe('deep links', () => {
  it('round-trips every screen with and without the settings sheet', () => {
    for (const location of [HOME, { ...HOME, sheet: 'settings' as const }]) {
      expect(parseLocation(formatLocation(location))).toEqual(location);
    }
  });

  it('falls back to home for unknown or malformed links', () => {
    expect(parseLocation('')).toEqual(HOME);
    expect(parseLocation('#/nowhere/at/all')).toEqual(HOME);
    expect(parseLocation('#/%E0%A4%A')).toEqual(HOME);
    expect(parseLocation('#/?sheet=evil')).toEqual(HOME);
  });
});
