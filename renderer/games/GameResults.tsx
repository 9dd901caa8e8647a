// The results screen: stars (drawn and written out), score, the game's own summary lines, what the player learned,
// the real jobs that use this, and the ways on: play again, see the jobs, back to the games.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameManifest, GameResult } from '../../games/sdk/types';
import { careerRouteToHash } from '../careers/careerRoute';
import { useNamespaces } from '../i18n/useNamespaces';
import { formatLocation } from '../navigation/routes';
import { useNamespaceText } from '../i18n/useNamespaceText';

interface Props {
  readonly manifest: GameManifest;
  readonly result: GameResult;
  readonly durationMs: number;
  readonly onReplay: () => void;
}

export function GameResults({ manifest, result, durationMs, onReplay }: Props) {
  const { t } = useTranslation('games');
  const rolesReady = useNamespaces(['careersRoles']);
  const game = useNamespaceText(manifest.id);
  const role = useNamespaceText('careersRoles');
  const seconds = Math.round(durationMs / 1000);
  const heading = useRef<HTMLHeadingElement>(null);

  // The results replace the game on the same route, so the shell's focus-on-screen-change does not run: without
  // this the focus would fall to <body> with the game's removed controls.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="game-results">
      <header className="game-results__header">
        <p className="home__kicker">{game(manifest.titleKey)}</p>
        {/* "Well done!" needs at least one star: a finished run that earned none (a failed batch) invites another go. */}
        <h1 ref={heading} tabIndex={-1} className="screen-title">{result.completed && result.stars > 0 ? t('results.titleDone') : t('results.titleTry')}</h1>
        <p className="stars" role="img" aria-label={t('results.stars', { count: result.stars })}>
          {[1, 2, 3].map((n) => (
            <span key={n} className={n <= result.stars ? 'star star--on' : 'star'} aria-hidden="true">
              ★
            </span>
          ))}
        </p>
        <p className="game-results__score">
          {t('results.score', { score: Math.round(result.score) })} · {t('results.time', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
        </p>
      </header>

      {result.summaryLines.length > 0 && (
        <ul className="game-results__summary">
          {result.summaryLines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}

      <section className="game-results__section" aria-labelledby="learned-title">
        <h2 id="learned-title" className="section-title">
          {t('results.learned')}
        </h2>
        <ul className="learned-list">
          {result.learnedKeys.map((key) => (
            <li key={key}>{game(key)}</li>
          ))}
        </ul>
      </section>

      {rolesReady && (
        <section className="game-results__section" aria-labelledby="jobs-title">
          <h2 id="jobs-title" className="section-title">
            {t('results.jobs')}
          </h2>
          <ul className="related-roles">
            {manifest.relatedRoleIds.map((roleId) => (
              <li key={roleId}>
                <a className="related-roles__link" href={careerRouteToHash({ view: 'role', roleId })}>
                  {role(`${roleId}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="button-row">
        <button type="button" className="button button--large" onClick={onReplay}>
          {t('results.replay')}
        </button>
        <a className="button button--secondary" href={careerRouteToHash({ view: 'list', filters: { pillars: [], interests: [], situation: null, startSoon: false, game: manifest.id } })}>
          {t('results.allJobs')}
        </a>
        <a className="button button--secondary" href={formatLocation({ route: { screen: 'games' }, sheet: null })}>
          {t('results.backToGames')}
        </a>
      </div>
    </div>
  );
}
