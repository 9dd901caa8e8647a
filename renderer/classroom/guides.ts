// Which teacher guides exist: one per game with texts in locales/<lang>/classroom.json (guides.<gameId>) and one for
// the career explorer. A game added to the registry without a guide simply has none listed.

import type { GameEntry } from '../../games/sdk/types';
import type { GuideId } from './classroomRoute';

/** Games with a written guide; keep in step with the guides object of classroom.json (tested in classroom.spec). */
export const GAMES_WITH_GUIDES = ['gowning', 'bioreactor', 'code-of-life', 'purify', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'] as const;

export function availableGuides(games: readonly GameEntry[]): GuideId[] {
  const gameGuides = games.map((game) => game.manifest.id).filter((id) => (GAMES_WITH_GUIDES as readonly string[]).includes(id));
  return [...gameGuides, 'explorer'];
}
