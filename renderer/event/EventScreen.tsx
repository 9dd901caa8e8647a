// The fair stand's quick play (#/event): the player's generated nickname, then every enabled game's short variant
// in a chain; after each play the score, the day's leaderboard for that game and a take-home QR code. Game events
// are recorded by GamePlay like anywhere else (ids and numbers only; the nickname never leaves this screen).

import { useEffect, useState } from 'react';
import { randomSeed } from '../../common/random/seededRandom';
import type { GameDefinition, GameResult } from '../../games/sdk/types';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';
import { useEventServices } from './eventServices';
import { GamePlay } from '../games/GamePlay';
import { useEnabledGames } from '../games/enabledGames';
import { ensureNamespaces } from '../i18n/i18n';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { useStore } from '../state/store';
import { EventResults, type PlayOutcome } from './EventResults';
import { addScore, leaderboard, rankOf, refreshLeaderboardDay, type LeaderboardEntry } from './leaderboard';
import { currentNickname } from './player';
import { quickPlaylist } from './quickPlay';
import { useNicknameText } from './useNickname';

type Phase =
  | { readonly kind: 'welcome' }
  | { readonly kind: 'loading'; readonly index: number }
  | { readonly kind: 'failed'; readonly index: number }
  | { readonly kind: 'playing'; readonly index: number; readonly definition: GameDefinition; readonly seed: number }
  | { readonly kind: 'results'; readonly index: number; readonly outcome: PlayOutcome }
  | { readonly kind: 'done' };

export function EventScreen() {
  const games = useEnabledGames();
  const ready = useNamespaces(['event', 'games', 'careersRoles', ...games.map((game) => game.manifest.id)]);
  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return <QuickPlay />;
}

function QuickPlay() {
  const services = useEventServices();
  const text = useNamespaceText('event');
  const { language } = useStore(services.settings);
  const chain = quickPlaylist(useEnabledGames());
  const nickname = currentNickname(services.query.seed);
  const nicknameText = useNicknameText();
  const [phase, setPhase] = useState<Phase>({ kind: 'welcome' });
  const [outcomes, setOutcomes] = useState<PlayOutcome[]>([]);
  const playLanguage = language === PSEUDO_LOCALE ? 'fr' : language;

  const loadingIndex = phase.kind === 'loading' ? phase.index : null;
  useEffect(() => {
    if (loadingIndex === null) return;
    const challenge = chain[loadingIndex];
    if (!challenge) return;
    let cancelled = false;
    Promise.all([challenge.entry.load(), ensureNamespaces(services.i18n, language, ['games', challenge.entry.manifest.id])]).then(
      ([definition]) => {
        if (!cancelled) setPhase({ kind: 'playing', index: loadingIndex, definition, seed: services.query.seed ?? randomSeed() });
      },
      (error: unknown) => {
        console.warn('Could not load a quick challenge:', error);
        if (!cancelled) setPhase({ kind: 'failed', index: loadingIndex });
      },
    );
    return () => {
      cancelled = true;
    };
    // The chain only changes through the admin panel; reloading on every render would restart the load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadingIndex]);

  const next = (index: number) => setPhase(index + 1 < chain.length ? { kind: 'loading', index: index + 1 } : { kind: 'done' });

  const finish = (index: number, result: GameResult | null, durationMs: number) => {
    const challenge = chain[index];
    if (!challenge) return;
    let entry: LeaderboardEntry | null = null;
    let rank: number | null = null;
    if (result?.completed) {
      refreshLeaderboardDay();
      entry = { gameId: challenge.entry.manifest.id, score: Math.max(0, Math.round(result.score)), nickname, at: Date.now() };
      const board = addScore(leaderboard.get(), entry);
      leaderboard.set(board);
      rank = rankOf(board, entry);
    }
    const outcome: PlayOutcome = { gameId: challenge.entry.manifest.id, result, durationMs, entry, rank };
    setOutcomes((list) => [...list, outcome]);
    setPhase({ kind: 'results', index, outcome });
  };

  switch (phase.kind) {
    case 'welcome':
      return (
        <div className="event-screen event-welcome">
          <p className="event-kicker">{text('welcome.kicker')}</p>
          <h1 className="screen-title event-title">{text('welcome.title', { count: chain.length })}</h1>
          <p className="event-nickname">
            {text('welcome.nickname')} <strong data-testid="nickname">{nicknameText(nickname)}</strong>
          </p>
          <p className="event-note">{text('welcome.nicknameNote')}</p>
          <ol className="event-chain">
            {chain.map(({ entry }) => (
              <li key={entry.manifest.id}>
                <ChallengeTitle gameId={entry.manifest.id} />
              </li>
            ))}
          </ol>
          <button type="button" className="button button--large event-go" onClick={() => setPhase({ kind: 'loading', index: 0 })} disabled={chain.length === 0}>
            {text('welcome.start')}
          </button>
        </div>
      );
    case 'loading':
      return (
        <div className="event-screen game-loading" aria-busy="true">
          <h1 className="screen-title">{text('loading', { number: phase.index + 1, count: chain.length })}</h1>
        </div>
      );
    case 'failed':
      return (
        <div className="event-screen">
          <h1 className="screen-title">{text('failed')}</h1>
          <button type="button" className="button button--large" onClick={() => next(phase.index)}>
            {text('results.next')}
          </button>
        </div>
      );
    case 'playing': {
      const challenge = chain[phase.index];
      if (!challenge) return null;
      return (
        <GamePlay
          key={phase.index}
          manifest={challenge.entry.manifest}
          definition={phase.definition}
          level={challenge.level}
          language={playLanguage}
          seed={phase.seed}
          onFinished={(result, durationMs) => finish(phase.index, result, durationMs)}
          onQuit={() => finish(phase.index, null, 0)}
        />
      );
    }
    case 'results': {
      const following = chain[phase.index + 1];
      return <EventResults outcome={phase.outcome} nickname={nickname} language={playLanguage} nextGameId={following?.entry.manifest.id ?? null} onNext={() => next(phase.index)} />;
    }
    case 'done':
      return (
        <div className="event-screen event-done">
          <p className="event-kicker">{nicknameText(nickname)}</p>
          <h1 className="screen-title event-title">{text('done.title')}</h1>
          <ul className="event-summary">
            {outcomes.map((outcome, index) => (
              <li key={`${outcome.gameId}-${index}`}>
                <ChallengeTitle gameId={outcome.gameId} />: {outcome.result?.completed ? text('done.score', { score: Math.round(outcome.result.score) }) : text('done.skipped')}
              </li>
            ))}
          </ul>
          <p className="event-note">{text('done.text')}</p>
          <button type="button" className="button button--large event-go" onClick={() => void services.endVisit('explicit')}>
            {text('done.finish')}
          </button>
        </div>
      );
  }
}

function ChallengeTitle({ gameId }: { readonly gameId: string }) {
  const game = useNamespaceText(gameId);
  return <>{game('title')}</>;
}
