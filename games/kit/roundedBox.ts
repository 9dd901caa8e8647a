// Rounded-rectangle outlines that survive any canvas size. Phaser's strokeRoundedRect clamps the corner radius to
// half the smaller side, which turns negative when a box collapses (a window resized to a sliver, a canvas not yet
// laid out) and makes the canvas renderer throw on a negative arc radius. A collapsed box has no outline to draw.

import type Phaser from 'phaser';

export function strokeRoundedBox(graphics: Phaser.GameObjects.Graphics, x: number, y: number, width: number, height: number, radius: number): Phaser.GameObjects.Graphics {
  if (!(width > 0 && height > 0)) return graphics;
  return graphics.strokeRoundedRect(x, y, width, height, Math.max(0, Math.min(radius, width / 2, height / 2)));
}
