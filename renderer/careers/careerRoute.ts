// Deep links of the career explorer under #/careers, as pure functions the app shell's router calls.
//   #/careers?pillar=2,3&interest=R,I&have=cess&soon=1&game=bioreactor   the explorer with filters
//   #/careers/role/<roleId>                                               a role
//   #/careers/role/<roleId>/pathway?from=<profile>                        a pathway (profile optional)
//   #/careers/quiz                                                        the interest quiz
// Parsing is forgiving about unknown filter values (dropped) but returns null for a path that is not ours.

import { GAME_IDS, INTEREST_TYPES, isOneOf, PILLARS, ROLE_IDS, type InterestType, type Pillar, type RoleId } from '../../common/ids';
import { CURRENT_SITUATIONS, STARTING_PROFILES, type StartingProfile } from './data/profiles';
import { NO_FILTERS, type CareerFilters } from './logic/careerFilters';

export type CareerRoute =
  | { readonly view: 'list'; readonly filters: CareerFilters }
  | { readonly view: 'role'; readonly roleId: RoleId }
  | { readonly view: 'pathway'; readonly roleId: RoleId; readonly profile?: StartingProfile | undefined }
  | { readonly view: 'quiz' };

export const CAREERS_HOME: CareerRoute = { view: 'list', filters: NO_FILTERS };

function filtersToQuery(filters: CareerFilters): string {
  const query = new URLSearchParams();
  if (filters.pillars.length > 0) query.set('pillar', [...filters.pillars].sort().join(','));
  if (filters.interests.length > 0) {
    const ordered = INTEREST_TYPES.filter((type) => filters.interests.includes(type));
    query.set('interest', ordered.join(','));
  }
  if (filters.situation !== null) query.set('have', filters.situation);
  if (filters.startSoon) query.set('soon', '1');
  if (filters.game !== null) query.set('game', filters.game);
  const text = query.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export function careerRouteToHash(route: CareerRoute): string {
  switch (route.view) {
    case 'list':
      return `#/careers${filtersToQuery(route.filters)}`;
    case 'role':
      return `#/careers/role/${route.roleId}`;
    case 'pathway':
      return `#/careers/role/${route.roleId}/pathway${route.profile ? `?from=${route.profile}` : ''}`;
    case 'quiz':
      return '#/careers/quiz';
  }
}

function listParam<T extends string | number>(query: URLSearchParams, name: string, allowed: readonly T[], parse: (raw: string) => unknown): T[] {
  const raw = query.get(name);
  if (!raw) return [];
  const values = raw.split(',').map((part) => parse(part.trim()));
  return allowed.filter((value) => values.includes(value));
}

function filtersFromQuery(query: URLSearchParams): CareerFilters {
  const situation = query.get('have');
  const game = query.get('game');
  return {
    pillars: listParam<Pillar>(query, 'pillar', PILLARS, Number),
    interests: listParam<InterestType>(query, 'interest', INTEREST_TYPES, (raw) => raw.toUpperCase()),
    situation: isOneOf(CURRENT_SITUATIONS, situation) ? situation : null,
    startSoon: query.get('soon') === '1',
    game: isOneOf(GAME_IDS, game) ? game : null,
  };
}

/** `path` is the part of the hash before "?", with or without the leading "#". */
export function careerRouteFromHash(path: string, query: URLSearchParams): CareerRoute | null {
  const segments = path.replace(/^#/, '').split('/').filter((segment) => segment !== '');
  if (segments[0] !== 'careers') return null;
  const [, section, roleId, sub, ...rest] = segments;
  if (section === undefined) return { view: 'list', filters: filtersFromQuery(query) };
  if (section === 'quiz' && roleId === undefined) return { view: 'quiz' };
  if (section !== 'role' || !isOneOf(ROLE_IDS, roleId) || rest.length > 0) return null;
  if (sub === undefined) return { view: 'role', roleId };
  if (sub !== 'pathway') return null;
  const from = query.get('from');
  return isOneOf(STARTING_PROFILES, from) ? { view: 'pathway', roleId, profile: from } : { view: 'pathway', roleId };
}
