// Pathways from a starting profile to a role, computed from the route data (never written per pair by hand).
// A pathway climbs the education ladder with diploma routes until the role's entry route is open, takes that entry
// route, then adds the years of experience the role asks for. One pathway per entry route, shortest first.

import type { RoleId } from '../../../common/ids';
import { careerRole } from '../data/roles';
import { TRAINING_ROUTES, trainingRoute } from '../data/routes';
import { EDUCATION_LEVELS, educationRank, type Duration, type RouteId, type TrainingRoute } from '../data/schema';
import { STARTING_POINTS, type StartingPoint, type StartingProfile } from '../data/profiles';

export type PathwayStep =
  | { readonly kind: 'route'; readonly routeId: RouteId; readonly duration: Duration | null }
  | { readonly kind: 'experience'; readonly duration: Duration };

export interface PathwayTotal {
  readonly minMonths: number;
  readonly maxMonths: number;
  /** True when a step has no published length (the hub's programmes): the total is then a lower bound. */
  readonly hasUnknownStep: boolean;
}

export interface Pathway {
  readonly roleId: RoleId;
  readonly profile: StartingProfile;
  readonly entryRoute: RouteId;
  readonly steps: readonly PathwayStep[];
  readonly total: PathwayTotal;
}

/** careers.md "+ experience": a few years in the job before leading a team or training others (project estimate). */
export const EXPERIENCE_DURATION: Duration = { minMonths: 24, maxMonths: 60, basis: 'typical' };

/** Cost given to a step with no published length when ranking pathways, so it neither wins nor loses by default. */
const UNKNOWN_STEP_COST_MONTHS = 12;

function stepCost(duration: Duration | null): number {
  return duration === null ? UNKNOWN_STEP_COST_MONTHS : duration.maxMonths;
}

/** Pathways are Walloon: the Flemish and German-speaking counterparts are listed apart (logic/counterparts.ts). */
function isOpenTo(route: TrainingRoute, point: StartingPoint): boolean {
  return route.region === 'wallonia' && route.audiences.includes(point.audience);
}

interface Ladder {
  readonly cost: number;
  readonly routes: readonly TrainingRoute[];
}

/**
 * The cheapest chain of diploma routes from `point` up to at least `targetRank`. Routes only ever raise the level, so
 * one pass over the levels in ascending order finds the optimum. Ties keep the first route found, and `preferred`
 * routes (the role's own entry routes) are tried first, so a maintenance pathway passes through a technical option
 * rather than the biotechnique one.
 */
function cheapestLadder(point: StartingPoint, targetRank: number, preferred: readonly RouteId[]): Ladder | null {
  const startRank = educationRank(point.level);
  if (startRank >= targetRank) return { cost: 0, routes: [] };
  const candidates = [...TRAINING_ROUTES]
    .filter((route) => route.grants !== null && isOpenTo(route, point))
    .sort((a, b) => Number(preferred.includes(b.id)) - Number(preferred.includes(a.id)));
  const best: (Ladder | null)[] = EDUCATION_LEVELS.map(() => null);
  best[startRank] = { cost: 0, routes: [] };
  for (let rank = startRank; rank < EDUCATION_LEVELS.length; rank += 1) {
    const here = best[rank];
    if (!here || rank >= targetRank) continue;
    for (const route of candidates) {
      if (route.grants === null || educationRank(route.requires) > rank) continue;
      const next = educationRank(route.grants);
      if (next <= rank) continue;
      const cost = here.cost + stepCost(route.duration);
      const known = best[next];
      if (!known || cost < known.cost) best[next] = { cost, routes: [...here.routes, route] };
    }
  }
  let found: Ladder | null = null;
  for (let rank = targetRank; rank < EDUCATION_LEVELS.length; rank += 1) {
    const ladder = best[rank];
    if (ladder && (!found || ladder.cost < found.cost)) found = ladder;
  }
  return found;
}

function totalOf(steps: readonly PathwayStep[]): PathwayTotal {
  let minMonths = 0;
  let maxMonths = 0;
  let hasUnknownStep = false;
  for (const step of steps) {
    if (step.duration === null) {
      hasUnknownStep = true;
    } else {
      minMonths += step.duration.minMonths;
      maxMonths += step.duration.maxMonths;
    }
  }
  return { minMonths, maxMonths, hasUnknownStep };
}

function pathwayThrough(profile: StartingProfile, roleId: RoleId, entry: TrainingRoute): { pathway: Pathway; cost: number } | null {
  const point = STARTING_POINTS[profile];
  if (!isOpenTo(entry, point)) return null;
  // Someone who already holds the diploma an entry route gives needs a different starting profile, not this route.
  if (entry.grants !== null && educationRank(entry.grants) <= educationRank(point.level)) return null;
  const ladder = cheapestLadder(point, educationRank(entry.requires), careerRole(roleId).entryRoutes);
  if (!ladder) return null;
  const steps: PathwayStep[] = [
    ...ladder.routes.map((route): PathwayStep => ({ kind: 'route', routeId: route.id, duration: route.duration })),
    { kind: 'route', routeId: entry.id, duration: entry.duration },
  ];
  if (careerRole(roleId).needsExperience) steps.push({ kind: 'experience', duration: EXPERIENCE_DURATION });
  const cost = steps.reduce((sum, step) => sum + stepCost(step.duration), 0);
  return { pathway: { roleId, profile, entryRoute: entry.id, steps, total: totalOf(steps) }, cost };
}

/** Every way from `profile` into `roleId`, shortest (by longest typical length) first; ties keep the role's order. */
export function pathwaysTo(profile: StartingProfile, roleId: RoleId): Pathway[] {
  const options = careerRole(roleId)
    .entryRoutes.map((routeId) => pathwayThrough(profile, roleId, trainingRoute(routeId)))
    .filter((option): option is { pathway: Pathway; cost: number } => option !== null);
  // Array.prototype.sort is stable, so equal costs keep the order of the role's entry routes.
  return options.sort((a, b) => a.cost - b.cost).map((option) => option.pathway);
}
