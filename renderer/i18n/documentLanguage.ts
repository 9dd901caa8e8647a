// Keeps <html lang dir> in step with the language shown. Apart from i18n.ts so the first screen before React
// (renderer/app/quickHome.ts) sets them the same way without loading i18next.

import { textDirection } from '../../common/i18n/languages';
import { PSEUDO_LOCALE, type LocaleChoice } from './localeChoice';

/** BCP 47 tag for <html lang>; the pseudo-locale is French underneath. */
export function htmlLangFor(locale: LocaleChoice): string {
  return locale === PSEUDO_LOCALE ? 'fr-XA' : locale;
}

export function applyDocumentLanguage(locale: LocaleChoice): void {
  const lang = htmlLangFor(locale);
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection(lang);
}
