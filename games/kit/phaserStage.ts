// The one Phaser set-up every game uses: the renderer that really draws on this machine (rendererChoice.ts), no
// banner, no audio, no Phaser keyboard or gamepad (shortcuts are DOM listeners, keyboard.ts, so Phaser never captures
// keys the hub needs), no focus grab (the kit puts the focus where a keyboard player needs it, focus.ts), the canvas
// sized by the page rather than by Phaser. Games are destroyed through phaserLifecycle.ts, which also frees what
// Phaser itself leaves behind.

import * as Phaser from 'phaser';
import { createPhaserGame } from './phaserLifecycle';
import { chooseRenderer } from './rendererChoice';

export interface PhaserStageOptions {
  readonly parent: HTMLElement;
  readonly scene: Phaser.Scene;
  /** CSS colour behind the scene. */
  readonly background: string | number;
  /** The canvas size at start; the parent's size when left out. */
  readonly width?: number;
  readonly height?: number;
  /** Whether a right click opens the browser menu over the canvas (off for the games drawn with buttons over them). */
  readonly contextMenu?: boolean;
}

export function startPhaser(options: PhaserStageOptions): Phaser.Game {
  const { parent } = options;
  return createPhaserGame({
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: options.width ?? Math.max(1, parent.clientWidth),
    height: options.height ?? Math.max(1, parent.clientHeight),
    backgroundColor: options.background,
    banner: false,
    autoFocus: false,
    disableContextMenu: options.contextMenu === false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE },
    scene: [options.scene],
  });
}

/** Keeps the canvas the size of the element it sits in (the page lays the element out); returns the disconnect. */
export function fitToElement(game: Phaser.Game, element: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    const width = Math.max(1, Math.floor(element.clientWidth));
    const height = Math.max(1, Math.floor(element.clientHeight));
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
