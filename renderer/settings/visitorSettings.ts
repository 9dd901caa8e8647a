// The visitor's own settings (language, text size, reduced motion, sound). They persist across reloads on this
// device; the kiosk's idle reset puts them back to the defaults for the next visitor.

import { z } from '../../common/zod';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import type { LocaleChoice } from '../i18n/localeChoice';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SCALE: Record<TextSize, number> = { standard: 1, large: 1.2, larger: 1.4 };

export interface VisitorSettings {
  readonly language: LocaleChoice;
  readonly textSize: TextSize;
  readonly reducedMotion: boolean;
  readonly sound: boolean;
}

export const VISITOR_SETTINGS_KEY = 'biotech.visitorSettings.v1';

/** What a saved copy may hold: any of the settings (a copy from an older version may lack some). */
const storedSchema = z.object({
  language: z.optional(z.union([z.enum(LANGUAGES), z.literal(PSEUDO_LOCALE)])),
  textSize: z.optional(z.enum(TEXT_SIZES)),
  reducedMotion: z.optional(z.boolean()),
  sound: z.optional(z.boolean()),
});

export function defaultVisitorSettings(language: Language, prefersReducedMotion: boolean): VisitorSettings {
  return { language, textSize: 'standard', reducedMotion: prefersReducedMotion, sound: true };
}

/** Reads saved settings; anything missing or malformed falls back to the defaults given. */
export function readVisitorSettings(storage: Storage, defaults: VisitorSettings): VisitorSettings {
  try {
    const text = storage.getItem(VISITOR_SETTINGS_KEY);
    if (text === null) return defaults;
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ...defaults, ...stripUndefined(parsed.data) } : defaults;
  } catch {
    return defaults;
  }
}

export function writeVisitorSettings(storage: Storage, settings: VisitorSettings): void {
  try {
    storage.setItem(VISITOR_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled (private browsing): settings still apply for this visit.
  }
}

export function clearVisitorSettings(storage: Storage): void {
  try {
    storage.removeItem(VISITOR_SETTINGS_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
