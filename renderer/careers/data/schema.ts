// Zod schemas and types for the careers data: roles, training routes, employers and starting profiles.
// The data files are checked against these at test time (and can be at start-up), so a typo in an id, a missing
// source or an impossible duration fails loudly instead of showing a wrong pathway to a visitor.

import { z } from '../../../common/zod';
import { GAME_IDS, INTEREST_TYPES, PILLARS, ROLE_IDS, ROUTE_IDS, type InterestType } from '../../../common/ids';
import { SOURCES, type SourceKey } from './sources';

// Holland's six interest types (RIASEC) are shared with the quiz-completed event: the list lives in common/ids.ts.
export { INTEREST_TYPES, type InterestType };

/** Route codes of careers.md / sector.md: qualifying secondary, bachelor, master, doctorate, adult (re)training. */
export const ROUTE_CODES = ['S', 'B', 'M', 'D', 'R'] as const;
export type RouteCode = (typeof ROUTE_CODES)[number];

/**
 * Where someone stands in education, lowest first. "none" is an adult without a secondary diploma; pupils are placed
 * by the cycle they are in. The order is what pathways compare.
 */
export const EDUCATION_LEVELS = ['none', 'lower-secondary', 'upper-secondary', 'cess', 'bachelor', 'master', 'phd'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Who may enrol in a route: young people still in school or studies, jobseekers, people in work. */
export const AUDIENCES = ['pupil', 'jobseeker', 'employee'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Picture families for role icons. */
export const ROLE_FAMILIES = [
  'production',
  'quality',
  'lab',
  'technical',
  'engineering',
  'data',
  'logistics',
  'people',
  'business',
  'clinical',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];
const sourceKey = z.enum(SOURCE_KEYS);
const nonEmptyText = z.string().check(z.minLength(1));

/** A duration in months; "source" when the figure is from a source, "typical" when it is the project's estimate. */
const months = z.number().check(z.int(), z.gte(1), z.lte(120));

export const durationSchema = z
  .strictObject({
    minMonths: months,
    maxMonths: months,
    basis: z.enum(['source', 'typical']),
  })
  .check(z.refine((d) => d.minMonths <= d.maxMonths, 'minMonths must not exceed maxMonths'));
export type Duration = z.infer<typeof durationSchema>;

/**
 * Where a route is offered. Pathways only ever use Walloon routes; the others are the counterparts a visitor living in
 * Flanders or in the German-speaking Community would use, shown beside the pathway and named as such.
 */
export const ROUTE_REGIONS = ['wallonia', 'flanders', 'german-speaking'] as const;
export type RouteRegion = (typeof ROUTE_REGIONS)[number];

/**
 * Walloon school words a visitor from elsewhere does not know. Each has a "what is this?" text in
 * locales/<lang>/careers.json (glossary.<term>), shown where the word first appears on a screen.
 */
export const DIPLOMA_TERMS = ['cess', 'cefa', 'alternance', 'promotion-sociale', 'jury', 'haute-ecole', 'bachelier', 'master'] as const;
export type DiplomaTerm = (typeof DIPLOMA_TERMS)[number];

/** The training routes' ids live in common/ids.ts (content packs name them too). */
export { ROUTE_IDS, type RouteId } from '../../../common/ids';

export const trainingRouteSchema = z
  .strictObject({
    id: z.enum(ROUTE_IDS),
    code: z.enum(ROUTE_CODES),
    /** Proper names of the schools or centres; never translated. */
    providers: z.array(nonEmptyText),
    /** Town of the named provider; null for a kind of school found all over Wallonia. */
    place: z.nullable(nonEmptyText),
    requires: z.enum(EDUCATION_LEVELS),
    /** The diploma level gained at the end, or null for a course that qualifies for a job without a diploma. */
    grants: z.nullable(z.enum(EDUCATION_LEVELS)),
    audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
    /** Null when no length is published yet (the hub's programmes); the screen then says "ask the hub". */
    duration: z.nullable(durationSchema),
    region: z.enum(ROUTE_REGIONS),
    /** The Walloon words the route's texts use, explained on screen where they first appear. */
    terms: z.array(z.enum(DIPLOMA_TERMS)),
    source: sourceKey,
  })
  .check(z.refine((r) => r.grants === null || educationRank(r.grants) > educationRank(r.requires), 'a route must raise the level it grants'));
export type TrainingRoute = z.infer<typeof trainingRouteSchema>;

export const EMPLOYER_IDS = [
  'gsk-vaccines',
  'ucb',
  'takeda',
  'univercells-exothera',
  'catalent',
  'thermo-fisher',
  'ncardia',
  'iteos',
  'quality-assistance',
  'ire',
  'novasep-henogen',
  'janssen',
] as const;
export type EmployerId = (typeof EMPLOYER_IDS)[number];

export const employerSchema = z.strictObject({
  id: z.enum(EMPLOYER_IDS),
  name: nonEmptyText,
  place: nonEmptyText,
  source: sourceKey,
});
export type Employer = z.infer<typeof employerSchema>;

const pillar = z.union([z.literal(PILLARS[0]), z.literal(PILLARS[1]), z.literal(PILLARS[2]), z.literal(PILLARS[3])]);

/** O*NET-SOC codes look like 51-9011.00. */
const onetSocCode = z.string().check(z.regex(/^\d{2}-\d{4}\.\d{2}$/, 'must look like 51-9011.00'));

export const roleSchema = z.strictObject({
  id: z.enum(ROLE_IDS),
  family: z.enum(ROLE_FAMILIES),
  pillars: z.array(pillar).check(z.minLength(1)),
  routeCodes: z.array(z.enum(ROUTE_CODES)).check(z.minLength(1)),
  /** Routes that qualify for the role, most usual first; pathways end with one of them. */
  entryRoutes: z.array(z.enum(ROUTE_IDS)).check(z.minLength(1)),
  /** careers.md "+ experience": some years of work in the sector come before the role. */
  needsExperience: z.boolean(),
  /** Reachable through an adult training of a few months (see startsSoonIsConsistent in the tests). */
  startSoon: z.boolean(),
  relatedGames: z.array(z.enum(GAME_IDS)),
  onetSoc: onetSocCode,
  /** The project's own estimate (careers.md), NOT O*NET's interest data. Strongest type first. */
  interests: z.array(z.enum(INTEREST_TYPES)).check(z.minLength(1), z.maxLength(3)),
  employers: z.array(z.enum(EMPLOYER_IDS)).check(z.minLength(1)),
  source: sourceKey,
});
export type CareerRoleData = z.infer<typeof roleSchema>;
