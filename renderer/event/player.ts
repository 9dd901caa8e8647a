// The current player's generated nickname at the stand: drawn when a visit starts, forgotten when it ends. Only
// shown on screen and kept in the day's leaderboard; never recorded in the engagement log.

import { createRandom, randomSeed } from '../../common/random/seededRandom';
import { createStore, type Store } from '../state/store';
import { randomNickname, type Nickname } from './nickname';

export const eventPlayer: Store<Nickname | null> = createStore<Nickname | null>(null);

/** The nickname of this visit, drawn on first use. The seed parameter lets tests repeat a nickname. */
export function currentNickname(seed: number | null): Nickname {
  const existing = eventPlayer.get();
  if (existing) return existing;
  const drawn = randomNickname(createRandom(seed ?? randomSeed()));
  eventPlayer.set(drawn);
  return drawn;
}

export function forgetPlayer(): void {
  eventPlayer.set(null);
}
