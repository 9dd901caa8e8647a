// The explorer's filters as one pure function: pillars and interest types (any of the chosen), "what I have now",
// "start working soon" and "jobs that use this game". Groups combine with AND; choices inside a group with OR.

import { CAREER_ROLES } from '../data/roles';
import { trainingRoute } from '../data/routes';
import { SITUATION_POINTS, type CurrentSituation } from '../data/profiles';
import { educationRank, type CareerRoleData, type EducationLevel } from '../data/schema';

import type { CareerFilters } from './careerFilters';

export { NO_FILTERS, type CareerFilters } from './careerFilters';

/**
 * True when the role is open with what someone has now: they already hold the diploma one of its entry routes gives,
 * or they may enrol today in one of its short courses (routes that give no diploma).
 */
export function isOpenWith(role: CareerRoleData, situation: CurrentSituation): boolean {
  const point = SITUATION_POINTS[situation];
  const have = educationRank(point.level);
  return role.entryRoutes.some((routeId) => {
    const route = trainingRoute(routeId);
    if (route.grants !== null) return educationRank(route.grants) <= have;
    return route.audiences.includes(point.audience) && educationRank(route.requires) <= have;
  });
}

/**
 * The diploma a role usually asks for: the lowest diploma its school routes give, or, for a role reached only through
 * a course (the start-up founder), the diploma that course asks for.
 */
export function usualDiploma(role: CareerRoleData): EducationLevel {
  const routes = role.entryRoutes.map(trainingRoute);
  const diplomaRoutes = routes.filter((route) => route.grants !== null);
  const levels = diplomaRoutes.length > 0 ? diplomaRoutes.map((route) => route.grants ?? route.requires) : routes.map((route) => route.requires);
  return levels.reduce((lowest, level) => (educationRank(level) < educationRank(lowest) ? level : lowest));
}

export function matchesFilters(role: CareerRoleData, filters: CareerFilters): boolean {
  if (filters.pillars.length > 0 && !role.pillars.some((pillar) => filters.pillars.includes(pillar))) return false;
  if (filters.interests.length > 0 && !role.interests.some((type) => filters.interests.includes(type))) return false;
  if (filters.situation !== null && !isOpenWith(role, filters.situation)) return false;
  if (filters.startSoon && !role.startSoon) return false;
  if (filters.game !== null && !role.relatedGames.includes(filters.game)) return false;
  return true;
}

/** Roles in the order of careers.md (production first, as most openings are there). */
export function filterRoles(filters: CareerFilters): CareerRoleData[] {
  return CAREER_ROLES.filter((role) => matchesFilters(role, filters));
}
