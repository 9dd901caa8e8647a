// The language the first screen will most likely be shown in, known before the device config is read: the class
// language lock, then a language forced by the link, then the visitor's saved choice, else the default language.
// boot() makes the real choice once the config is read (a language the device does not offer falls back to its
// default); this guess only lets the shell's texts start loading early (renderer/app/earlyStart.ts).

import { DEFAULT_LANGUAGE } from '../../common/i18n/languages';
import type { LocaleChoice } from './localeChoice';

export function likelyLocale(signals: { locked: LocaleChoice | null; linked: LocaleChoice | null; saved: LocaleChoice | null }): LocaleChoice {
  return signals.locked ?? signals.linked ?? signals.saved ?? DEFAULT_LANGUAGE;
}
