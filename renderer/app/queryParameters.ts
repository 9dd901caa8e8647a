// Typed URL query parameters (PhET style) read once at start: a teacher's link can fix the language or the random
// seed, or show the pseudo-locale. Unknown or malformed values are ignored, never fatal. The test build's switches
// (test hooks, short timings) are not URL parameters of the shipped app: see renderer/testing/testBuild.ts.

import { isLanguage } from '../../common/i18n/languages';
import { PSEUDO_LOCALE, type LocaleChoice } from '../i18n/localeChoice';

export interface QueryParameters {
  /** Language forced by the link, or the pseudo-locale (long accented text to catch hard-coded strings). */
  readonly locale: LocaleChoice | null;
  /** Random seed for games, so a run can be repeated. */
  readonly seed: number | null;
}

export function readQueryParameters(search: string): QueryParameters {
  const params = new URLSearchParams(search);
  const locale = params.get('locale');
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) % 0x7fffffff : null;
  return {
    locale: locale === PSEUDO_LOCALE || isLanguage(locale) ? locale : null,
    seed,
  };
}
