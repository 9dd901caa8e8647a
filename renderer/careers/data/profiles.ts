// Starting points of a pathway ("where I am now") and the "what I have now" filter choices.
// A profile places a person on the education ladder and says which routes are open to them (pupil, jobseeker,
// employee). No profile holds anything personal: it is one of five fixed ids.

import type { Audience, DiplomaTerm, EducationLevel } from './schema';

import { STARTING_PROFILES, type StartingProfile } from '../../../common/ids';

// The list itself lives in common/ids.ts: pathway-viewed events carry the same ids.
export { STARTING_PROFILES, type StartingProfile };

export interface StartingPoint {
  readonly level: EducationLevel;
  readonly audience: Audience;
}

/**
 * "Jobseeker with a diploma" and "employee" are placed at the CESS: the lowest diploma that fits the words, so a
 * pathway never skips a step someone might still need. Someone with a bachelor sees the shorter way in the filter.
 */
export const STARTING_POINTS: Readonly<Record<StartingProfile, StartingPoint>> = {
  'pupil-lower': { level: 'lower-secondary', audience: 'pupil' },
  'pupil-upper': { level: 'upper-secondary', audience: 'pupil' },
  'jobseeker-no-diploma': { level: 'none', audience: 'jobseeker' },
  'jobseeker-diploma': { level: 'cess', audience: 'jobseeker' },
  'employee-switch': { level: 'cess', audience: 'employee' },
};

/**
 * The "what I have now" filter: still at school, no diploma, CESS, bachelor, master or more. "Still at school" means
 * "when I finish secondary school", so it is placed at the CESS with the routes open to pupils.
 */
export const CURRENT_SITUATIONS = ['at-school', 'no-diploma', 'cess', 'bachelor', 'master'] as const;
export type CurrentSituation = (typeof CURRENT_SITUATIONS)[number];

export const SITUATION_POINTS: Readonly<Record<CurrentSituation, StartingPoint>> = {
  'at-school': { level: 'cess', audience: 'pupil' },
  'no-diploma': { level: 'none', audience: 'jobseeker' },
  cess: { level: 'cess', audience: 'jobseeker' },
  bachelor: { level: 'bachelor', audience: 'jobseeker' },
  master: { level: 'master', audience: 'jobseeker' },
};

/** The Walloon diploma words the "what I have now" choices use, explained under them on the explorer. */
export const SITUATION_TERMS: readonly DiplomaTerm[] = ['cess', 'bachelier', 'master'];
