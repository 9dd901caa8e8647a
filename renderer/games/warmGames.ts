// Fetches a game's code before the visitor asks for it, so the intro is ready the moment a card is chosen: the games
// hub warms the shared engine (Phaser) and the game screen as it appears, and a card warms its own game when a finger
// lands on it or the keyboard focus reaches it (the tap's click follows some 100 ms later). Modules load once: the
// game screen's own load() then finds everything already there.

import type { GameEntry } from '../../games/sdk/types';
import { warmScreen } from '../navigation/screenChunks';

const warmed = new WeakSet<GameEntry>();

/** The game screen's frame and Phaser, which every game needs; nothing runs until a game is opened. */
export function warmGameEngine(): void {
  warmScreen('game');
  import('phaser').catch(() => undefined);
}

/** One game's code (Phaser included). A failure is left for the game screen to report when the game opens. */
export function warmGame(entry: GameEntry): void {
  if (warmed.has(entry)) return;
  warmed.add(entry);
  entry.load().catch(() => warmed.delete(entry));
}
