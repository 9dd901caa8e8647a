// Typed URL query parameters (PhET style) read once at start: a teacher's link can fix the language, tests can fix
// the random seed, turn on test hooks or the pseudo-locale. Unknown or malformed values are ignored, never fatal.

import { isLanguage } from '../../common/i18n/languages';
import { PSEUDO_LOCALE, type LocaleChoice } from '../i18n/localeChoice';

export interface QueryParameters {
  /** Language forced by the link, or the pseudo-locale (long accented text to catch hard-coded strings). */
  readonly locale: LocaleChoice | null;
  /** Random seed for games, so a run can be repeated. */
  readonly seed: number | null;
  /** Test builds only: exposes app and game state on window.__biotechTest for Playwright. */
  readonly testHooks: boolean;
  /** With testHooks only: shorter idle time and countdown (seconds) so tests need not wait 90 s. */
  readonly idleSeconds: number | null;
  readonly countdownSeconds: number | null;
  /** With testHooks only: a tiny pending-event cap, to show the "not recorded" warning without a million events. */
  readonly pendingCap: number | null;
  /**
   * With testHooks only: ?sw=1 lets a test opt in to the offline service worker. Test-hook pages never register it
   * otherwise, so a worker's cache cannot answer requests a test routes or expects to reach the server.
   */
  readonly serviceWorker: boolean;
  /**
   * With testHooks only: ?syncFast=1 makes the sync client give up on a silent collector after 2 s and retry within a
   * second (instead of 30 s and up to 5 minutes), so the end-to-end fault test runs in minutes.
   */
  readonly syncFast: boolean;
}

export function readQueryParameters(search: string): QueryParameters {
  const params = new URLSearchParams(search);
  const locale = params.get('locale');
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) % 0x7fffffff : null;
  const testHooks = params.get('testHooks') === '1';
  const seconds = (name: string): number | null => {
    const text = params.get(name);
    return testHooks && text !== null && /^\d{1,4}$/.test(text) && Number(text) > 0 ? Number(text) : null;
  };
  return {
    locale: locale === PSEUDO_LOCALE || isLanguage(locale) ? locale : null,
    seed,
    testHooks,
    idleSeconds: seconds('idleSeconds'),
    countdownSeconds: seconds('countdownSeconds'),
    pendingCap: seconds('pendingCap'),
    serviceWorker: testHooks && params.get('sw') === '1',
    syncFast: testHooks && params.get('syncFast') === '1',
  };
}
