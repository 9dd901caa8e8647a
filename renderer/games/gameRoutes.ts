// Deep links of the games area: #/games (the hub) and #/games/<id> (a game's intro screen).

import { GAME_IDS, isOneOf, type GameId } from '../../common/ids';

export type GamesRoute = { readonly screen: 'games' } | { readonly screen: 'game'; readonly gameId: GameId };

export function gamesRouteFromPath(path: readonly string[]): GamesRoute | null {
  if (path[0] !== 'games') return null;
  if (path.length === 1) return { screen: 'games' };
  const id = path[1];
  return isOneOf(GAME_IDS, id) ? { screen: 'game', gameId: id } : { screen: 'games' };
}

export function gamesRouteToPath(route: GamesRoute): string {
  return route.screen === 'games' ? 'games' : `games/${route.gameId}`;
}
