// The take-home link after each play at the stand: the hub's page with the game and the roles the career explorer
// links to that game (careers data: relatedGames), so the hub's page can show their training offers. Only our ids
// and the language go into it: nothing about the player.

import type { GameId, RoleId } from '../../common/ids';
import type { Language } from '../../common/i18n/languages';
import { CAREER_ROLES } from '../careers/data/roles';

export function rolesForGame(gameId: GameId): RoleId[] {
  return CAREER_ROLES.filter((role) => role.relatedGames.includes(gameId)).map((role) => role.id);
}

/** Throws on a base that is not http(s): a printed or scanned code must never carry a broken link. */
export function takeHomeUrl(hubPageUrl: string, gameId: GameId, language: Language): string {
  const url = new URL(hubPageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`hub page URL must be http(s), got ${url.protocol}`);
  url.searchParams.set('game', gameId);
  url.searchParams.set('roles', rolesForGame(gameId).join(','));
  url.searchParams.set('lang', language);
  return url.toString().replace(/%2C/g, ',');
}
