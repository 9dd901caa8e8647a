// The routes a visitor from Flanders or the German-speaking Community would use instead of the Walloon ones, chosen by
// the language they read: Dutch shows the Flemish counterparts, German those of the German-speaking Community. They are
// listed beside the Walloon pathway, never inside it: they are for people who live there, not a way through Wallonia.

import type { RoleId } from '../../../common/ids';
import { careerRole } from '../data/roles';
import { TRAINING_ROUTES } from '../data/routes';
import { STARTING_POINTS, type StartingProfile } from '../data/profiles';
import type { RouteRegion, TrainingRoute } from '../data/schema';

/** The community whose counterparts a reader of this language is shown; French and English readers see none. */
export type CounterpartRegion = Exclude<RouteRegion, 'wallonia'>;

export function counterpartRegion(language: string | undefined): CounterpartRegion | null {
  const base = (language ?? '').toLowerCase().split('-')[0];
  if (base === 'nl') return 'flanders';
  if (base === 'de') return 'german-speaking';
  return null;
}

/**
 * Counterpart routes for this role and starting point: offered in the reader's community, open to the person's
 * audience (pupil, jobseeker, employee), and of a kind (route code) that careers.md gives the role.
 */
export function counterpartRoutes(language: string | undefined, profile: StartingProfile, roleId: RoleId): TrainingRoute[] {
  const region = counterpartRegion(language);
  if (region === null) return [];
  const { audience } = STARTING_POINTS[profile];
  const codes = careerRole(roleId).routeCodes;
  return TRAINING_ROUTES.filter((route) => route.region === region && route.audiences.includes(audience) && codes.includes(route.code));
}
