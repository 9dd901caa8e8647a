// The games this device offers, in the order the admin chose (device config enabledGames), among those built.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { GameEntry } from '../../games/sdk/types';
import { useGamesServices } from './gamesServices';
import { useStore } from '../state/store';

export function enabledGames(all: readonly GameEntry[], config: DeviceConfig): GameEntry[] {
  return config.enabledGames.flatMap((id) => all.filter((game) => game.manifest.id === id));
}

export function useEnabledGames(): GameEntry[] {
  const services = useGamesServices();
  const { config } = useStore(services.deviceConfig);
  return enabledGames(services.games, config);
}
