// Types for checkLocales.mjs, used by its unit test.
export const LOCALE_LANGUAGES: string[];
export function checkLocales(localesDir: string): string[];
export function countKeys(localesDir: string): number;
