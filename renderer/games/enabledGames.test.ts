// The games offered follow the pack's order when it names games (only those the device enables), else the device's.

import { describe, expect, it } from 'vitest';
import { defaultDeviceConfig } from '../../common/config/deviceConfig';
import { GAME_IDS } from '../../common/ids';
import type { GameEntry } from '../../games/sdk/types';
import { enabledGames } from './enabledGames';

const ALL = GAME_IDS.map((id) => ({ manifest: { id } }) as unknown as GameEntry);
const ids = (games: GameEntry[]) => games.map((game) => game.manifest.id);

describe('enabledGames', () => {
  it("keeps the device's order when the pack names no games", () => {
    const config = { ...defaultDeviceConfig(), enabledGames: [GAME_IDS[2], GAME_IDS[0]] };
    expect(ids(enabledGames(ALL, config, null))).toEqual([GAME_IDS[2], GAME_IDS[0]]);
  });

  it("takes the pack's order, among the games this device enables", () => {
    const config = { ...defaultDeviceConfig(), enabledGames: [GAME_IDS[0], GAME_IDS[1], GAME_IDS[2]] };
    expect(ids(enabledGames(ALL, config, [GAME_IDS[2], GAME_IDS[3], GAME_IDS[0]]))).toEqual([GAME_IDS[2], GAME_IDS[0]]);
  });
});
