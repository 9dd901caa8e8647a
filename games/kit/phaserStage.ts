// The one Phaser set-up every game uses: the renderer that really draws on this machine (rendererChoice.ts), no
// banner, no audio, no Phaser keyboard or gamepad (shortcuts are DOM listeners, keyboard.ts, so Phaser never captures
// keys the hub needs), no focus grab (the kit puts the focus where a keyboard player needs it, focus.ts), the canvas
// sized by the page rather than by Phaser. Games are destroyed through phaserLifecycle.ts, which also frees what
// Phaser itself leaves behind.

import * as Phaser from 'phaser';
import { createPhaserGame } from './phaserLifecycle';
import { chooseRenderer } from './rendererChoice';
import { stageSizeOf } from './stageSize';

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

/** The size a stage starts at before its element is laid out: a small landscape stage the first resize replaces. */
const FALLBACK_STAGE = { width: 640, height: 400 };

export function startPhaser(options: PhaserStageOptions): Phaser.Game {
  const { parent } = options;
  const initial = stageSizeOf(parent.clientWidth, parent.clientHeight) ?? FALLBACK_STAGE;
  return createPhaserGame({
    type: chooseRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: options.width ?? initial.width,
    height: options.height ?? initial.height,
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

/**
 * Keeps the canvas the size of the element it sits in (the page lays the element out), except while the element is
 * collapsed; returns the disconnect.
 */
export function fitToElement(game: Phaser.Game, element: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    const size = stageSizeOf(element.clientWidth, element.clientHeight);
    if (size !== null && (size.width !== game.scale.width || size.height !== game.scale.height)) game.scale.resize(size.width, size.height);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
