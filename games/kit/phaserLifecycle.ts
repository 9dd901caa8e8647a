// Creates and destroys the games' Phaser instances so that nothing of a finished game stays in memory. Two things
// Phaser itself leaves behind, measured in the soak benchmark (hundreds of visitors on one kiosk page):
// - every canvas it ever made stays in a global pool (CanvasPool) for reuse: one canvas with its 2D context and font
//   caches per run, about 290 KB of heap per game opened and closed;
// - its visibility handler adds a `visibilitychange` listener on the document when a game starts and never removes
//   it: one listener, holding the game's event emitter, per game ever played.
// The app runs one game at a time, so once a game is really gone (Phaser destroys on its next frame, then emits
// DESTROY) the pool can be emptied, and the listener recorded at start can be removed.

import * as Phaser from 'phaser';

const visibilityListeners = new WeakMap<Phaser.Game, EventListenerOrEventListenerObject>();

/**
 * Phaser's start() runs synchronously right after the READY event: it registers the visibility listener through
 * document.addEventListener. Recording it means listening in on that one call, and only during that task.
 */
function recordVisibilityListener(game: Phaser.Game): void {
  const original = Document.prototype.addEventListener;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (document.addEventListener === recording) delete (document as { addEventListener?: unknown }).addEventListener;
  };
  const recording: typeof document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (type === 'visibilitychange' && listener !== null && !visibilityListeners.has(game)) {
      visibilityListeners.set(game, listener);
      restore();
    }
    original.call(this, type, listener as EventListenerOrEventListenerObject, options);
  };
  document.addEventListener = recording;
  queueMicrotask(restore);
}

export function createPhaserGame(config: Phaser.Types.Core.GameConfig): Phaser.Game {
  const game = new Phaser.Game(config);
  game.events.once(Phaser.Core.Events.READY, () => recordVisibilityListener(game));
  return game;
}

function releaseCanvasPool(): void {
  // The pool array is exported by Phaser's JavaScript but missing from its type declarations.
  const pool = (Phaser.Display.Canvas.CanvasPool as unknown as { pool: { canvas: HTMLCanvasElement }[] }).pool;
  for (const container of pool) {
    container.canvas.width = 1;
    container.canvas.height = 1;
  }
  pool.length = 0;
}

export function destroyPhaserGame(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.DESTROY, () =>
    queueMicrotask(() => {
      releaseCanvasPool();
      const listener = visibilityListeners.get(game);
      if (listener) document.removeEventListener('visibilitychange', listener);
      visibilityListeners.delete(game);
    }),
  );
  game.destroy(true);
}
