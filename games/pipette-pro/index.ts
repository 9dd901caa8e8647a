// Entry point the games registry lists: the manifest (small, in the initial bundle) and a load() that fetches Phaser
// and the game code on demand, reporting progress for the hub's loading bar.

import type { GameDefinition, GameEntry } from '../sdk/types';
import { pipetteProManifest } from './manifest';

export const pipetteProGame: GameEntry = {
  manifest: pipetteProManifest,
  async load(onProgress?: (fraction: number) => void): Promise<GameDefinition> {
    onProgress?.(0.05);
    await import('phaser');
    onProgress?.(0.8);
    const { pipetteProDefinition } = await import('./mount');
    onProgress?.(1);
    return pipetteProDefinition;
  },
};
