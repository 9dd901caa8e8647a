// The fair stand's quick-play chain: every enabled game in hub order, each at its short variant. A game's "quick"
// level where it has one (Gowning Up: 60 s), otherwise its first "easy" level, otherwise its first level: manifests
// list levels from the gentlest, and the gentlest is the one with the fewest decisions (see each game's levels.ts).

import type { GameEntry, GameLevel, GameManifest } from '../../games/sdk/types';

export function quickLevel(manifest: GameManifest): GameLevel['id'] {
  const ids = manifest.levels.map((level) => level.id);
  if (ids.includes('quick')) return 'quick';
  if (ids.includes('easy')) return 'easy';
  return ids[0] ?? 'normal';
}

export interface QuickChallenge {
  readonly entry: GameEntry;
  readonly level: GameLevel['id'];
}

export function quickPlaylist(games: readonly GameEntry[]): QuickChallenge[] {
  return games.map((entry) => ({ entry, level: quickLevel(entry.manifest) }));
}
