// A game's intro: the goal in one sentence, how to play as numbered picture steps with few words, the learning
// goals, a level choice, and a big start button.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameLevel, GameManifest } from '../../games/sdk/types';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { PillarBadge } from './PillarBadge';
import './games.css';

interface Props {
  readonly manifest: GameManifest;
  readonly level: GameLevel['id'];
  readonly onLevel: (level: GameLevel['id']) => void;
  readonly onStart: (level: GameLevel['id']) => void;
}

export function GameIntro({ manifest, level, onLevel, onStart }: Props) {
  const { t } = useTranslation('games');
  const game = useNamespaceText(manifest.id);
  const heading = useRef<HTMLHeadingElement>(null);

  // Back from a run (leave in the pause dialog) the intro replaces the game on the same route, so the shell's
  // focus-on-screen-change does not run: without this the focus would fall to <body> with the game's removed controls.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) heading.current?.focus();
  }, []);

  return (
    <div className="game-intro">
      <div className="game-intro__hero">
        <img className="game-intro__picture" src={manifest.thumbnail} alt="" width={480} height={270} />
        <div className="game-intro__heading">
          <PillarBadge pillar={manifest.pillar} />
          <h1 ref={heading} tabIndex={-1} className="screen-title">
            {game(manifest.titleKey)}
          </h1>
          <p className="game-intro__goal">{game(manifest.goalKey)}</p>
        </div>
      </div>

      <section aria-labelledby="how-to-play" className="game-intro__section">
        <h2 id="how-to-play" className="section-title">
          {t('intro.howToPlay')}
        </h2>
        <ol className="how-to-play">
          {manifest.howToPlayKeys.map((key, index) => (
            <li key={key} className="how-to-play__step">
              <span className="how-to-play__number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{game(key)}</span>
            </li>
          ))}
        </ol>
      </section>

      <div className="game-intro__actions">
        <fieldset className="setting game-intro__levels">
          <legend className="setting__label">{t('intro.level')}</legend>
          <div className="segmented">
            {manifest.levels.map((option) => (
              <label key={option.id} className="segmented__option">
                <input type="radio" name="level" value={option.id} checked={level === option.id} onChange={() => onLevel(option.id)} />
                <span>{game(option.titleKey)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="button button--large" onClick={() => onStart(level)}>
          {t('intro.start')}
        </button>
      </div>

      <section aria-labelledby="learning-goals" className="game-intro__section">
        <h2 id="learning-goals" className="section-title">
          {t('intro.learningGoals')}
        </h2>
        <ul className="learning-goals">
          {manifest.learningGoalKeys.map((key) => (
            <li key={key}>{game(key)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
