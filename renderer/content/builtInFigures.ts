// The built-in pack's figures that are numbers (the sector's hires on the home), written in each language's number
// format (Intl.NumberFormat, as i18next writes "{{value, number}}"). In the app they are formatted when it is built,
// not when it starts: vite.config.ts hands them to the code as __BUILT_IN_FIGURES__. The first number format a page
// makes loads the browser's locale data, 12-29 ms on the benchmark's machine, and nothing else on the first screen
// needs it. Code run without the build (unit tests, the end-to-end specs that read the built-in pack) formats them
// here when loaded. The number itself stays in one place (renderer/i18n/contentNumbers.ts); tests/e2e/shell.spec.ts
// checks that the home shows what the browser's own format writes, in each language.

import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { CONTENT_NUMBERS } from '../i18n/contentNumbers';

/** A number as i18next's "{{value, number}}" writes it in each language. */
function perLanguage(value: number): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, new Intl.NumberFormat(language).format(value)])) as Record<Language, string>;
}

/** The figures, per language: run by the build (vite.config.ts), or below when the code runs without it. */
export function formatBuiltInFigures() {
  return { sectorHires: perLanguage(CONTENT_NUMBERS.sectorHires) };
}

type BuiltInFigures = ReturnType<typeof formatBuiltInFigures>;

declare global {
  /** What formatBuiltInFigures() returned when the app was built (vite.config.ts's define); absent without the build. */
  const __BUILT_IN_FIGURES__: BuiltInFigures | undefined;
}

export const BUILT_IN_FIGURES: BuiltInFigures = typeof __BUILT_IN_FIGURES__ === 'undefined' ? formatBuiltInFigures() : __BUILT_IN_FIGURES__;
