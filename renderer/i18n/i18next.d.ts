// Typed translation keys: t('home.title') is checked against the French files at compile time. Namespaces whose
// keys come from data (games' own texts, career roles) are read through useNamespaceText() instead.

import 'i18next';
import type common from '../../locales/fr/common.json';
import type games from '../../locales/fr/games.json';
import type kiosk from '../../locales/fr/kiosk.json';
import type privacy from '../../locales/fr/privacy.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      games: typeof games;
      kiosk: typeof kiosk;
      privacy: typeof privacy;
    };
  }
}
