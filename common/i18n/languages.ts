// The languages the app ships, their order on screen, and their writing direction.
// French is the default (the hub is in Wallonia); the list is the single source of truth for every layer.

export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'fr';

/** Scripts written right to left; a locale in this list gets <html dir="rtl">. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  const primary = locale.toLowerCase().split('-')[0] ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}
