// The language buttons: each language named in its own words (Français, Nederlands...) and marked with its own
// lang attribute so screen readers pronounce it right. Only the languages the device config enables appear.

import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../common/i18n/languages';
import { useStore } from '../state/store';
import { useLanguageServices } from './languageServices';

export function LanguageChoice({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const services = useLanguageServices();
  const { language } = useStore(services.settings);
  const { config } = useStore(services.deviceConfig);
  const languages = LANGUAGES.filter((lang) => config.enabledLanguages.includes(lang));

  return (
    <div className={`language-choice ${className}`} role="group" aria-label={t('language.choose')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-choice__button"
          aria-pressed={language === lang}
          onClick={() => void services.changeSettings({ language: lang })}
        >
          {t(`language.names.${lang}`)}
        </button>
      ))}
    </div>
  );
}
