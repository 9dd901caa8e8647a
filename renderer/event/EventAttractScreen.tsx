// The fair stand's attract loop, tuned for passers-by: one huge bold call to play ("60 seconds!") cycling through
// the enabled languages, and today's top three per game so people stop to beat them. Calm (no pulsing) with reduced
// motion. Any touch, click or key starts a visit, like the hall's attract loop.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { useEventServices } from './eventServices';
import { useEnabledGames } from '../games/enabledGames';
import { ensureNamespaces } from '../i18n/i18n';
import { namespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { HelixMark } from '../ui/icons';
import { leaderboard, refreshLeaderboardDay, topScores } from './leaderboard';
import { nicknameText } from './useNickname';
import { forgetPlayer } from './player';
import './event.css';

const LANGUAGE_CYCLE_MS = 3_000;
const TOP = 3;

/** `onStart` starts the visit; the last visitor's nickname is forgotten first, so every visitor gets a new one. */
export function EventAttractScreen({ onStart: startVisit }: { onStart: () => void }) {
  const onStart = () => {
    forgetPlayer();
    startVisit();
  };
  const services = useEventServices();
  const { i18n } = useTranslation();
  const { config } = useStore(services.deviceConfig);
  const { reducedMotion } = useStore(services.settings);
  const board = useStore(leaderboard);
  const games = useEnabledGames();
  const languages = LANGUAGES.filter((lang) => config.enabledLanguages.includes(lang));
  const [ready, setReady] = useState(false);
  const [languageIndex, setLanguageIndex] = useState(0);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let cancelled = false;
    refreshLeaderboardDay();
    const namespaces = ['event', ...games.map((game) => game.manifest.id)];
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
    const timer = window.setInterval(() => setLanguageIndex((i) => (i + 1) % languages.length), LANGUAGE_CYCLE_MS);
    return () => window.clearInterval(timer);
  }, [languages.length]);

  useEffect(() => {
    startButton.current?.focus();
  }, [ready]);

  const language: Language = languages[languageIndex] ?? config.defaultLanguage;
  const text = namespaceText(i18n, language, 'event');

  return (
    <div className={`attract attract--event ${reducedMotion ? 'attract--calm' : ''}`} onPointerDown={onStart} onKeyDown={onStart} data-testid="attract">
      {ready && (
        <>
          <div className="attract__brand">
            <HelixMark width={72} height={72} />
            <span lang={language}>{text('attract.kicker')}</span>
          </div>
          <div className="event-attract__call" lang={language}>
            <p className="event-attract__headline">{text('attract.headline')}</p>
            <p className="event-attract__sub">{text('attract.sub')}</p>
          </div>
          <section className="event-attract__boards" aria-label={text('attract.boardsTitle')} lang={language}>
            <h2 className="event-attract__boards-title">{text('attract.boardsTitle')}</h2>
            <ul className="event-attract__games">
              {games.map(({ manifest }) => {
                const rows = topScores(board, manifest.id, TOP);
                return (
                  <li key={manifest.id} className="event-attract__game" data-testid={`attract-board-${manifest.id}`}>
                    <p className="event-attract__game-title">{namespaceText(i18n, language, manifest.id)('title')}</p>
                    {rows.length === 0 ? (
                      <p className="event-attract__empty">{text('attract.beFirst')}</p>
                    ) : (
                      <ol className="event-attract__rows">
                        {rows.map((row, index) => (
                          <li key={`${row.at}-${index}`}>
                            <span>{nicknameText(i18n, language, row.nickname)}</span> <strong>{row.score}</strong>
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
          <button ref={startButton} type="button" className="attract__touch event-attract__touch" lang={language} onClick={onStart}>
            {text('attract.touch')}
          </button>
        </>
      )}
    </div>
  );
}
