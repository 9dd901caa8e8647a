// Entry of Gowning Up for games/registry.ts: the manifest now, the game later. load() fetches Phaser and the game code
// only when a visitor opens the game, reporting progress for the hub's loading bar.

import type { GameDefinition, GameEntry } from '../sdk/types';
import { gowningManifest } from './manifest';

export const gowningGame: GameEntry = {
  manifest: gowningManifest,
  async load(onProgress?: (fraction: number) => void): Promise<GameDefinition> {
    onProgress?.(0.05);
    // Phaser is the big part: fetch it first so the bar moves in a meaningful step.
    await import('phaser');
    onProgress?.(0.8);
    const { gowningDefinition } = await import('./mount');
    onProgress?.(1);
    return gowningDefinition;
  },
};
