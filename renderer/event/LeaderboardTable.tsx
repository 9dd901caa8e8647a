// One game's top scores for the day as a real table (nickname, score), the current player's row marked in words,
// not only by colour. Used on the results screen and, larger, on the stand's attract loop.

import type { GameId } from '../../common/ids';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { leaderboard, topScores, type LeaderboardEntry } from './leaderboard';
import { useNicknameText } from './useNickname';

interface Props {
  readonly gameId: GameId;
  readonly caption: string;
  readonly count: number;
  readonly highlight?: LeaderboardEntry | null;
}

export function LeaderboardTable({ gameId, caption, count, highlight = null }: Props) {
  const text = useNamespaceText('event');
  const nickname = useNicknameText();
  const board = useStore(leaderboard);
  const rows = topScores(board, gameId, count);
  return (
    <table className="leaderboard" data-testid={`leaderboard-${gameId}`}>
      <caption className="leaderboard__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text('board.rank')}</th>
          <th scope="col">{text('board.player')}</th>
          <th scope="col">{text('board.score')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3} className="leaderboard__empty">
              {text('board.empty')}
            </td>
          </tr>
        ) : (
          rows.map((row, index) => {
            const mine = highlight !== null && row.at === highlight.at && row.score === highlight.score;
            return (
              <tr key={`${row.at}-${index}`} className={mine ? 'leaderboard__row--mine' : ''}>
                <td>{index + 1}</td>
                <td>
                  {nickname(row.nickname)}
                  {mine && <span className="leaderboard__you"> {text('board.you')}</span>}
                </td>
                <td>{row.score}</td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
