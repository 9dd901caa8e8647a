// The games this device offers, among those built: the device config's enabledGames, in the admin's order, or, when
// the content pack shown names games, the pack's games in the hub's order that this device also enables.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { GameEntry } from '../../games/sdk/types';
import { useGamesServices } from './gamesServices';
import { useStore } from '../state/store';
import { useContent } from '../content/useContent';
import type { GameId } from '../../common/ids';

export function enabledGames(all: readonly GameEntry[], config: DeviceConfig, packGames: readonly GameId[] | null = null): GameEntry[] {
  const order = packGames === null ? config.enabledGames : packGames.filter((id) => config.enabledGames.includes(id));
  return order.flatMap((id) => all.filter((game) => game.manifest.id === id));
}

export function useEnabledGames(): GameEntry[] {
  const services = useGamesServices();
  const { config } = useStore(services.deviceConfig);
  const { content } = useContent();
  return enabledGames(services.games, config, content.games);
}
