// Numbers that texts quote (sector facts, cleanroom limits, the virus target), each kept once here with its source and
// handed to every text as an i18next default variable. A text writes "{{gradeAParticles, number}}" and i18next formats
// it with Intl.NumberFormat in the current language ("3 520", "3.520", "3,520"); no text writes such a number by hand
// (scripts/locales/checkTerms.mjs fails a grouped number typed into a text). The O*NET release credited joins them.

import { GRADE_LIMITS } from '../../games/gowning/particles';
import { VIRUS_LRV_TARGET } from '../../games/purify/constants';
import { ONET_DATABASE_VERSION } from '../careers/data/onet';

function gradeLimit(grade: string, phase: 'atRest' | 'inOperation'): number {
  const limit = GRADE_LIMITS.find((row) => row.grade === grade)?.[phase];
  if (limit === undefined || limit === null) throw new Error(`no ${phase} limit for grade ${grade}`);
  return limit;
}

export const CONTENT_NUMBERS = {
  /** New employees Walloon biotech needs within three years, "a low estimate" (L'Echo 2021, sector.md). */
  sectorHires: 2_400,
  /** About 400 of 2,000 posts are open to people without a diploma (Antenne Centre on Jump to Pharma, sector.md). */
  postsWithoutDiploma: 400,
  postsSurveyed: 2_000,
  /** aptaskil (formerly Cefochim, Seneffe) trained more than 3,400 people in 2024 (sector.md). */
  aptaskilTrained2024: 3_400,
  /** EU GMP Annex 1 (2022): particles >= 0.5 um per m3 allowed in grade A, and in grade B in operation. */
  gradeAParticles: gradeLimit('A', 'inOperation'),
  gradeBInOperationParticles: gradeLimit('B', 'inOperation'),
  /** The low-pH hold's virus target as a factor: 5 log = 100,000 times fewer (ASTM E2888-12, science.md). */
  virusReductionFactor: 10 ** VIRUS_LRV_TARGET,
} as const;

export type ContentNumber = keyof typeof CONTENT_NUMBERS;

/** Every value a text may name without the screen passing it: the numbers above and the O*NET release credited. */
export const TEXT_DEFAULT_VARIABLES = { ...CONTENT_NUMBERS, onetVersion: ONET_DATABASE_VERSION } as const;
