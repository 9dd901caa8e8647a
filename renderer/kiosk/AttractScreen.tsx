// The attract loop: while nobody uses the kiosk, slides of the games and careers move across the screen with
// "touch to start" cycling through the enabled languages. Reduced motion gives a calm version (slides change
// slowly, nothing moves). The first touch, click or key starts a visit.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { useKioskServices } from './kioskServices';
import { useEnabledGames } from '../games/enabledGames';
import { ensureNamespaces } from '../i18n/i18n';
import { namespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { HelixMark } from '../ui/icons';

const LANGUAGE_CYCLE_MS = 3_000;
const SLIDE_MS = 6_000;
const CALM_SLIDE_MS = 12_000;

export function AttractScreen({ onStart }: { onStart: () => void }) {
  const services = useKioskServices();
  const { i18n } = useTranslation();
  const { config } = useStore(services.deviceConfig);
  const { reducedMotion } = useStore(services.settings);
  const games = useEnabledGames();
  const languages = LANGUAGES.filter((lang) => config.enabledLanguages.includes(lang));
  const [ready, setReady] = useState(false);
  const [languageIndex, setLanguageIndex] = useState(0);
  const [slide, setSlide] = useState(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const slideCount = games.length + 1;

  useEffect(() => {
    let cancelled = false;
    const namespaces = ['kiosk', ...games.map((game) => game.manifest.id)];
    void Promise.all(languages.map((lang) => ensureNamespaces(i18n, lang, namespaces))).then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
    // The language list and games only change through the admin panel, which closes this screen first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const languageTimer = window.setInterval(() => setLanguageIndex((i) => (i + 1) % languages.length), LANGUAGE_CYCLE_MS);
    const slideTimer = window.setInterval(() => setSlide((i) => (i + 1) % slideCount), reducedMotion ? CALM_SLIDE_MS : SLIDE_MS);
    return () => {
      window.clearInterval(languageTimer);
      window.clearInterval(slideTimer);
    };
  }, [languages.length, slideCount, reducedMotion]);

  useEffect(() => {
    startButton.current?.focus();
  }, [ready]);

  const language: Language = languages[languageIndex] ?? config.defaultLanguage;
  const text = namespaceText(i18n, language, 'kiosk');
  const game = games[slide];
  const gameText = game ? namespaceText(i18n, language, game.manifest.id) : null;

  return (
    // The whole screen is a touch target; the button inside is the same action for keyboards and screen readers.
    <div className={`attract ${reducedMotion ? 'attract--calm' : ''}`} onPointerDown={onStart} onKeyDown={onStart} data-testid="attract">
      {ready && (
        <>
          <div className="attract__brand">
            <HelixMark width={72} height={72} />
            <span lang={language}>{text('attract.kicker')}</span>
          </div>
          <div key={slide} className="attract__slide" lang={language}>
            {game && gameText ? (
              <>
                <img className="attract__picture" src={game.manifest.thumbnail} alt="" />
                <div className="attract__caption">
                  <p className="attract__eyebrow">{text('attract.gamesTitle')}</p>
                  <p className="attract__title">{gameText(game.manifest.titleKey)}</p>
                  <p className="attract__text">{gameText(game.manifest.summaryKey)}</p>
                </div>
              </>
            ) : (
              <div className="attract__caption attract__caption--careers">
                <p className="attract__eyebrow">{text('attract.careersTitle')}</p>
                <p className="attract__text">{text('attract.careersText')}</p>
              </div>
            )}
          </div>
          <button ref={startButton} type="button" className="attract__touch" lang={language} onClick={onStart}>
            {text('attract.touch')}
          </button>
        </>
      )}
    </div>
  );
}
