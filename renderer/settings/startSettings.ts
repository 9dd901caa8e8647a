// The visitor's settings when the app starts, and how they show on <html>: one answer for boot() and for the first
// screen drawn before React (renderer/app/quickHome.ts), so both start in the same language and text size.

import { isLanguage } from '../../common/i18n/languages';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import { PSEUDO_LOCALE, type LocaleChoice } from '../i18n/localeChoice';
import { defaultVisitorSettings, readVisitorSettings, TEXT_SCALE, type VisitorSettings } from './visitorSettings';

/** The language asked for if the device offers it, else the device's default language. */
export function allowedLocale(locale: LocaleChoice, config: DeviceConfig): LocaleChoice {
  if (locale === PSEUDO_LOCALE) return locale;
  return isLanguage(locale) && config.enabledLanguages.includes(locale) ? locale : config.defaultLanguage;
}

/** What decides the first settings: the saved ones, the class language lock and a language asked for by the link. */
export interface StartSignals {
  readonly storage: Storage;
  readonly locked: LocaleChoice | null;
  readonly linked: LocaleChoice | null;
  readonly prefersReducedMotion: boolean;
}

export function startVisitorSettings(config: DeviceConfig, signals: StartSignals): VisitorSettings {
  const saved = readVisitorSettings(signals.storage, defaultVisitorSettings(config.defaultLanguage, signals.prefersReducedMotion));
  return { ...saved, language: allowedLocale(signals.locked ?? signals.linked ?? saved.language, config) };
}

/** Reflects settings and mode on <html> so CSS can follow (text scale, calm motion, kiosk selection rules). */
export function applySettingsToDocument(settings: VisitorSettings, config: DeviceConfig, languageLocked: boolean): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
  root.dataset.textSize = settings.textSize;
  root.dataset.reducedMotion = String(settings.reducedMotion);
  root.dataset.mode = config.mode;
  // The teacher's class-language lock hides language switching for pupils (renderer/classroom/classroom.css).
  root.dataset.languageLocked = String(languageLocked);
}
