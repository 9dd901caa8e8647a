// The example game's view: one dish whose culture grows with the cell count. Draws only; time reaches the game
// through the bridge's tick, every frame.

import * as Phaser from 'phaser';
import type { SceneServices } from '../sceneServices';
import { TARGET_CELLS, type ExampleSnapshot } from './model';

export interface ExampleSceneBridge extends SceneServices {
  snapshot(): ExampleSnapshot;
  tick(deltaMs: number): void;
}

export class ExampleScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;

  constructor(private readonly bridge: ExampleSceneBridge) {
    super({ key: 'kit-example' });
  }

  create(): void {
    this.graphics = this.add.graphics();
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const { cells } = this.bridge.snapshot();
    const radius = Math.min(this.scale.width, this.scale.height) * 0.4;
    this.graphics.clear();
    this.graphics.lineStyle(4, 0xc3d1df, 1).strokeCircle(this.scale.width / 2, this.scale.height / 2, radius);
    this.graphics.fillStyle(0x009e73, 1).fillCircle(this.scale.width / 2, this.scale.height / 2, (radius * cells) / TARGET_CELLS);
  }
}
