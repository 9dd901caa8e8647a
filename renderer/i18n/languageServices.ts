// What the language layer may use: the i18next instance, the visitor's language and the languages the device
// offers, and a way to switch language. Provided by renderer/app/.

import type { i18n as I18n } from 'i18next';
import type { DeviceConfigState } from '../../common/host/hostApi';
import type { Language } from '../../common/i18n/languages';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';
import type { LocaleChoice } from './localeChoice';

export interface LanguageServices {
  readonly i18n: I18n;
  readonly settings: Store<{ readonly language: LocaleChoice }>;
  readonly deviceConfig: Store<DeviceConfigState>;
  changeSettings(change: { readonly language: Language }): Promise<void>;
}

export const languageServices = createServiceContext<LanguageServices>('Language');
export const useLanguageServices = languageServices.useServices;
