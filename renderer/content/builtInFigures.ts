// The built-in pack's figures that are numbers (the sector's hires on the home), written in each language's number
// format (Intl.NumberFormat, as i18next writes "{{value, number}}"). They are formatted when the app is built, not when
// it starts: vite.config.ts (and vitest.config.ts for the unit tests) hands them to the code as __BUILT_IN_FIGURES__.
// The first number format a page makes loads the browser's locale data, 12-29 ms on the benchmark's machine, and
// nothing else on the first screen needs it. The number itself stays in one place (renderer/i18n/contentNumbers.ts);
// tests/e2e/shell.spec.ts checks that the home shows what the browser's own format writes, in each language.

import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { CONTENT_NUMBERS } from '../i18n/contentNumbers';

/** A number as i18next's "{{value, number}}" writes it in each language. */
function perLanguage(value: number): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, new Intl.NumberFormat(language).format(value)])) as Record<Language, string>;
}

/** Run by the build (Node): the figures, per language. */
export function formatBuiltInFigures() {
  return { sectorHires: perLanguage(CONTENT_NUMBERS.sectorHires) };
}

export type BuiltInFigures = ReturnType<typeof formatBuiltInFigures>;

declare global {
  /** What formatBuiltInFigures() returned when the app was built (vite.config.ts's define). */
  const __BUILT_IN_FIGURES__: BuiltInFigures;
}
