// The teacher's choice of the class language and its lock. Locking hides every language switch on this browser's
// pupil screens (home and settings) until the teacher unlocks here; a lesson link can carry the same lock.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';
import { useClassroomServices } from './classroomServices';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { languageLock } from './languageLock';
import { LockIcon } from '../ui/icons';

export function ClassLanguage() {
  const { t } = useTranslation();
  const text = useNamespaceText('classroom');
  const services = useClassroomServices();
  const { language } = useStore(services.settings);
  const { config } = useStore(services.deviceConfig);
  const locked = useStore(languageLock);
  const languages = LANGUAGES.filter((lang) => config.enabledLanguages.includes(lang));
  // The language last tapped, until its texts have loaded and the settings follow: a lock tapped meanwhile (a slow
  // school laptop) locks the language the teacher chose, not the one still on screen.
  const [chosen, setChosen] = useState<Language | null>(null);
  const latestChoice = useRef<Language | null>(null);
  const current: Language = chosen ?? (language === PSEUDO_LOCALE ? config.defaultLanguage : language);

  const choose = async (lang: Language) => {
    latestChoice.current = lang;
    setChosen(lang);
    // Moving the lock first lets the locked boot rules accept the new language.
    if (languageLock.get() !== null) languageLock.set(lang);
    try {
      await services.changeSettings({ language: lang });
    } finally {
      if (latestChoice.current === lang) {
        latestChoice.current = null;
        setChosen(null);
      }
    }
  };

  return (
    <section className="classroom-section" aria-labelledby="class-language-title">
      <h2 id="class-language-title" className="section-title">
        {text('language.title')}
      </h2>
      <p className="classroom-section__lead">{text('language.lead')}</p>
      <div className="language-choice classroom-language" role="group" aria-label={text('language.title')}>
        {languages.map((lang) => (
          <button key={lang} type="button" lang={lang} className="language-choice__button" aria-pressed={current === lang} onClick={() => void choose(lang)}>
            {t(`language.names.${lang}`)}
          </button>
        ))}
      </div>
      <div className="classroom-lock">
        <button
          type="button"
          className={`button ${locked ? 'button--secondary' : ''}`}
          aria-pressed={locked !== null}
          data-testid="language-lock"
          onClick={() => languageLock.set(locked ? null : current)}
        >
          <LockIcon open={!locked} width={22} height={22} /> {locked ? text('language.unlock') : text('language.lock')}
        </button>
        <p className="classroom-lock__state" aria-live="polite">
          {locked ? text('language.lockedState', { language: t(`language.names.${locked}`) }) : text('language.unlockedState')}
        </p>
      </div>
    </section>
  );
}
