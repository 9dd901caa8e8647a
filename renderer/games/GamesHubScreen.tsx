// The games hub: one card per game with its picture, title, pillar, typical duration and a one-line summary.
// Cards are real links (deep links to each game's intro), large enough for a finger.

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameEntry } from '../../games/sdk/types';
import { useNamespaces } from '../i18n/useNamespaces';
import { formatLocation } from '../navigation/routes';
import { PillarBadge } from './PillarBadge';
import { GameCardText } from './GameCardText';
import { warmGame, warmGameEngine } from './warmGames';

export function GamesHubScreen({ games }: { games: readonly GameEntry[] }) {
  const { t } = useTranslation('games');
  const ready = useNamespaces(['games', ...games.map((game) => game.manifest.id)]);
  // While the visitor reads the cards, the engine every game needs arrives.
  useEffect(() => {
    if (games.length > 0) warmGameEngine();
  }, [games.length]);
  if (!ready) return <div className="screen-loading" aria-busy="true" />;

  return (
    <div className="games-hub">
      <header className="screen-header">
        <h1 className="screen-title">{t('hub.title')}</h1>
        <p className="screen-lead">{t('hub.lead')}</p>
      </header>
      <ul className="game-cards">
        {games.map((entry) => {
          const { manifest } = entry;
          return (
          <li key={manifest.id} className={`game-card game-card--pillar-${manifest.pillar}`}>
            <a
              className="game-card__link"
              href={formatLocation({ route: { screen: 'game', gameId: manifest.id }, sheet: null })}
              onPointerDown={() => warmGame(entry)}
              onFocus={() => warmGame(entry)}
            >
              <img className="game-card__picture" src={manifest.thumbnail} alt="" width={480} height={270} />
              <span className="game-card__body">
                <GameCardText manifest={manifest} />
                <span className="game-card__meta">
                  <PillarBadge pillar={manifest.pillar} />
                  <span className="game-card__duration">
                    {t('hub.duration', { minutes: Math.max(1, Math.round(manifest.typicalDurationSeconds / 60)) })}
                  </span>
                </span>
              </span>
            </a>
          </li>
          );
        })}
      </ul>
    </div>
  );
}
