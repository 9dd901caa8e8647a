// After each quick play at the stand: the score, the player's place on today's board for that game, the board
// itself, and a take-home QR code with the hub's training offers for the jobs this game shows, then the next game.

import type { GameId } from '../../common/ids';
import type { Language } from '../../common/i18n/languages';
import type { GameResult } from '../../games/sdk/types';
import { useEventServices } from './eventServices';
import { QrCode } from '../careers/screens/QrCode';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import type { LeaderboardEntry } from './leaderboard';
import { LeaderboardTable } from './LeaderboardTable';
import type { Nickname } from './nickname';
import { rolesForGame, takeHomeUrl } from './takeHome';
import { useNicknameText } from './useNickname';

export interface PlayOutcome {
  readonly gameId: GameId;
  /** null: the player left the game before its end. */
  readonly result: GameResult | null;
  readonly durationMs: number;
  readonly entry: LeaderboardEntry | null;
  readonly rank: number | null;
}

interface Props {
  readonly outcome: PlayOutcome;
  readonly nickname: Nickname;
  readonly language: Language;
  readonly nextGameId: GameId | null;
  readonly onNext: () => void;
}

export function EventResults({ outcome, nickname, language, nextGameId, onNext }: Props) {
  const services = useEventServices();
  const { config } = useStore(services.deviceConfig);
  const text = useNamespaceText('event');
  const game = useNamespaceText(outcome.gameId);
  const nextGame = useNamespaceText(nextGameId ?? outcome.gameId);
  const role = useNamespaceText('careersRoles');
  const nicknameText = useNicknameText();
  const url = takeHomeUrl(config.hubPageUrl, outcome.gameId, language);
  const { result } = outcome;

  return (
    <div className="event-screen event-results">
      <header className="event-results__header">
        <p className="event-kicker">{game('title')}</p>
        <h1 className="screen-title event-title">{result?.completed ? text('results.title', { nickname: nicknameText(nickname) }) : text('results.skippedTitle')}</h1>
        {result?.completed && (
          <p className="event-results__score" data-testid="event-score">
            {text('results.score', { score: Math.round(result.score) })}
            {outcome.rank !== null && <span className="event-results__rank"> · {text('results.rank', { rank: outcome.rank })}</span>}
          </p>
        )}
      </header>
      <div className="event-results__grid">
        <LeaderboardTable gameId={outcome.gameId} caption={text('results.boardCaption', { game: game('title') })} count={5} highlight={outcome.entry} />
        <figure className="take-home" data-testid="take-home" data-url={url}>
          <QrCode text={url} label={text('results.qrLabel', { game: game('title') })} />
          <figcaption>
            <strong>{text('results.takeHome')}</strong>
            <span className="take-home__roles">{rolesForGame(outcome.gameId).map((id) => role(`${id}.title`)).join(' · ')}</span>
          </figcaption>
        </figure>
      </div>
      <div className="button-row">
        <button type="button" className="button button--large event-go" onClick={onNext}>
          {nextGameId ? text('results.nextNamed', { game: nextGame('title') }) : text('results.finish')}
        </button>
      </div>
    </div>
  );
}
