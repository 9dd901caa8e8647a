import { describe, expect, it } from 'vitest';
import { formatLocation, HOME, parseLocation, screenIdOf, type AppLocation } from './routes';

const locations: AppLocation[] = [
  HOME,
  { ...HOME, sheet: 'settings' },
  { route: { screen: 'privacy' }, sheet: null },
  { route: { screen: 'games' }, sheet: null },
  { route: { screen: 'game', gameId: 'bioreactor' }, sheet: 'settings' },
  { route: { screen: 'careers', career: { view: 'quiz' } }, sheet: null },
  { route: { screen: 'careers', career: { view: 'role', roleId: 'qa-officer' } }, sheet: null },
  {
    route: {
      screen: 'careers',
      career: { view: 'list', filters: { pillars: [2], interests: ['R'], situation: null, startSoon: true, game: null } },
    },
    sheet: 'settings',
  },
];

describe('deep links', () => {
  it('round-trips every screen, with and without the settings sheet', () => {
    for (const location of locations) expect(parseLocation(formatLocation(location))).toEqual(location);
  });

  it('falls back to home for unknown or malformed links', () => {
    expect(parseLocation('')).toEqual(HOME);
    expect(parseLocation('#/nowhere/at/all')).toEqual(HOME);
    expect(parseLocation('#/%E0%A4%A')).toEqual(HOME);
    expect(parseLocation('#/?sheet=evil')).toEqual(HOME);
    expect(parseLocation('#/careers/role/astronaut')).toEqual(HOME);
  });

  it('sends an unknown game id to the games hub', () => {
    expect(parseLocation('#/games/space-race').route).toEqual({ screen: 'games' });
  });

  it('names each screen with an id from the fixed list', () => {
    expect(locations.map(screenIdOf)).toEqual(['home', 'settings', 'privacy', 'games', 'settings', 'quiz', 'role', 'settings']);
  });
});
