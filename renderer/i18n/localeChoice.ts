// The languages a visitor can be shown: the four real ones, or the pseudo-locale (long accented text that exposes
// hard-coded strings and overflow, chosen with ?locale=pseudo). Shared by i18n, settings, features and the app.

import type { Language } from '../../common/i18n/languages';

export const PSEUDO_LOCALE = 'pseudo';
export type LocaleChoice = Language | typeof PSEUDO_LOCALE;
