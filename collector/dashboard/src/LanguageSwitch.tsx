// The four languages as a row of buttons, each named in its own language; the current one is marked pressed.

import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../common/i18n/languages';
import { rememberLanguage } from './i18n';

const NATIVE_NAMES = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="button small"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => {
            void i18n.changeLanguage(language);
            rememberLanguage(language);
          }}
        >
          {NATIVE_NAMES[language]}
        </button>
      ))}
    </nav>
  );
}
