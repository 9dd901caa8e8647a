// Typed translation keys: t('home.title') is checked against the French files at compile time.

import 'i18next';
import type common from '../../locales/fr/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
    };
  }
}
