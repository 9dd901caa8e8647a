// The dashboard's translations: its own namespace (locales/<lang>/dashboard.json) plus the app's names of games,
// roles, interest types and pathway starts (careers, careersRoles), so staff see the names visitors saw.
// French first; the chosen language is remembered in localStorage.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../../common/i18n/languages';
import frDashboard from '../../../locales/fr/dashboard.json';
import nlDashboard from '../../../locales/nl/dashboard.json';
import deDashboard from '../../../locales/de/dashboard.json';
import enDashboard from '../../../locales/en/dashboard.json';
import frCareers from '../../../locales/fr/careers.json';
import nlCareers from '../../../locales/nl/careers.json';
import deCareers from '../../../locales/de/careers.json';
import enCareers from '../../../locales/en/careers.json';
import frRoles from '../../../locales/fr/careersRoles.json';
import nlRoles from '../../../locales/nl/careersRoles.json';
import deRoles from '../../../locales/de/careersRoles.json';
import enRoles from '../../../locales/en/careersRoles.json';

const STORAGE_KEY = 'biotech-dashboard-language';

export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: ['dashboard', 'careers', 'careersRoles'],
  defaultNS: 'dashboard',
  interpolation: { escapeValue: false },
  initAsync: false,
  resources: {
    fr: { dashboard: frDashboard, careers: frCareers, careersRoles: frRoles },
    nl: { dashboard: nlDashboard, careers: nlCareers, careersRoles: nlRoles },
    de: { dashboard: deDashboard, careers: deCareers, careersRoles: deRoles },
    en: { dashboard: enDashboard, careers: enCareers, careersRoles: enRoles },
  },
});
document.documentElement.lang = i18n.language;
