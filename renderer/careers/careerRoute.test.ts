// Protects the #/careers deep links: every route survives a round trip, filters keep a canonical order, and links
// that are not ours or name unknown ids are refused instead of opening a broken screen.

import { describe, expect, it } from 'vitest';
import { careerRouteFromHash, careerRouteToHash, type CareerRoute } from './careerRoute';
import { NO_FILTERS } from './logic/filters';

function parse(hash: string): CareerRoute | null {
  const [path = '', query = ''] = hash.split('?');
  return careerRouteFromHash(path, new URLSearchParams(query));
}

describe('career deep links', () => {
  const routes: CareerRoute[] = [
    { view: 'list', filters: NO_FILTERS },
    { view: 'list', filters: { pillars: [2, 3], interests: ['R', 'C'], situation: 'no-diploma', startSoon: true, game: 'gowning' } },
    { view: 'role', roleId: 'qc-micro' },
    { view: 'pathway', roleId: 'founder' },
    { view: 'pathway', roleId: 'usp-operator', profile: 'jobseeker-no-diploma' },
    { view: 'quiz' },
  ];

  it.each(routes)('round-trips %j', (route) => {
    expect(parse(careerRouteToHash(route))).toEqual(route);
  });

  it('writes readable hashes', () => {
    expect(careerRouteToHash({ view: 'list', filters: { ...NO_FILTERS, pillars: [3, 1], interests: ['C', 'I'], startSoon: true } })).toBe(
      '#/careers?pillar=1,3&interest=I,C&soon=1',
    );
    expect(careerRouteToHash({ view: 'pathway', roleId: 'cra', profile: 'pupil-lower' })).toBe('#/careers/role/cra/pathway?from=pupil-lower');
  });

  it('drops unknown filter values but keeps the known ones', () => {
    expect(parse('/careers?pillar=2,9&interest=r,x&have=phd&soon=yes&game=chess')).toEqual({
      view: 'list',
      filters: { ...NO_FILTERS, pillars: [2], interests: ['R'] },
    });
  });

  it('opens a pathway without a profile when the profile is unknown', () => {
    expect(parse('#/careers/role/cra/pathway?from=astronaut')).toEqual({ view: 'pathway', roleId: 'cra' });
  });

  it('refuses paths that are not career links', () => {
    for (const hash of ['/games', '/careers/role/astronaut', '/careers/role', '/careers/role/cra/salary', '/careers/quiz/3', '/careers/role/cra/pathway/x']) {
      expect(parse(hash), hash).toBeNull();
    }
  });
});
