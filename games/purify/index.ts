// Entry point the games registry lists: the manifest (small, in the initial bundle) and a load() that fetches Phaser
// and the game code on demand, reporting progress for the hub's loading bar.

import type { GameDefinition, GameEntry } from '../sdk/types';
import { purifyManifest } from './manifest';

export const purifyGame: GameEntry = {
  manifest: purifyManifest,
  async load(onProgress?: (fraction: number) => void): Promise<GameDefinition> {
    onProgress?.(0.05);
    // Phaser is the big download: fetch it first so the bar moves, then the game code (which reuses the same chunk).
    await import('phaser');
    onProgress?.(0.8);
    const { purifyDefinition } = await import('./mount');
    onProgress?.(1);
    return purifyDefinition;
  },
};
