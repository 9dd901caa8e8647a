// Many still labels on one canvas texture: a chart's letters or a wheel's codes, drawn by the 2D canvas in one pass
// and sent to the GPU once. A Phaser text object has its own canvas and its own WebGL texture, so a picture with a
// hundred labels made as text objects costs a hundred canvases and uploads before its first frame. Labels are fitted
// like the games' other canvas texts (fitLine: shrunk into their box, cut with "…" at the readable floor). Use it for
// labels that only change with the layout; labels that change while playing stay in a TextPool.

import * as Phaser from 'phaser';
import { CANVAS_FONT, fitLine } from '../sdk/canvasText';

export interface SheetLabel {
  readonly text: string;
  /** The label's centre, in scene coordinates. */
  readonly x: number;
  readonly y: number;
  /** A CSS colour. */
  readonly colour: string;
  readonly maxWidth: number;
  readonly baseSizePx: number;
  readonly maxHeight?: number;
  /** Bold unless false, like TextPool's texts. */
  readonly bold?: boolean;
}

export interface SheetArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The canvas font of a label at a size, in the games' font. */
export function labelFont(sizePx: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${sizePx}px ${CANVAS_FONT}`;
}

export class LabelSheet {
  private texture: Phaser.Textures.CanvasTexture | null = null;
  private image: Phaser.GameObjects.Image | null = null;

  /** `key` names the sheet's texture; it must be unique in the game. The sheet goes away with the scene. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly key: string,
    private readonly depth: number,
  ) {
    // A scene restarted shuts down first; a game destroyed whole only destroys its scenes.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
    scene.events.once(Phaser.Scenes.Events.DESTROY, this.destroy, this);
  }

  /** Draws `labels` (replacing what the sheet showed) on a sheet covering `area` of the scene. */
  draw(area: SheetArea, labels: readonly SheetLabel[]): void {
    const resolution = Math.min(2, globalThis.devicePixelRatio || 1);
    const width = Math.max(1, Math.ceil(area.width * resolution));
    const height = Math.max(1, Math.ceil(area.height * resolution));
    const texture = this.canvasTexture(width, height);
    const context = texture.context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(resolution, 0, 0, resolution, -area.x * resolution, -area.y * resolution);
    context.textAlign = 'center';
    // Centred on the font's box (ascent above the baseline, descent below), as Phaser centres a text object.
    context.textBaseline = 'alphabetic';
    for (const label of labels) {
      const bold = label.bold !== false;
      const fitted = fitLine(
        (value, sizePx) => {
          context.font = labelFont(sizePx, bold);
          const metrics = context.measureText(value);
          return { width: metrics.width, height: metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent };
        },
        label.text,
        label.maxWidth,
        label.baseSizePx,
        label.maxHeight,
      );
      context.font = labelFont(fitted.sizePx, bold);
      const box = context.measureText(fitted.value);
      context.fillStyle = label.colour;
      context.fillText(fitted.value, label.x, label.y + (box.fontBoundingBoxAscent - box.fontBoundingBoxDescent) / 2);
    }
    texture.refresh();
    // setTexture again: the image takes the texture's new size after a resize.
    this.image ??= this.scene.add.image(0, 0, this.key).setOrigin(0).setDepth(this.depth);
    this.image.setTexture(this.key).setPosition(area.x, area.y).setDisplaySize(area.width, area.height);
  }

  private canvasTexture(width: number, height: number): Phaser.Textures.CanvasTexture {
    if (this.texture) return this.texture.setSize(width, height);
    const texture = this.scene.textures.createCanvas(this.key, width, height);
    if (!texture) throw new Error(`The label sheet's texture "${this.key}" already exists.`);
    this.texture = texture;
    return texture;
  }

  private destroy(): void {
    this.scene.events.off(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
    this.scene.events.off(Phaser.Scenes.Events.DESTROY, this.destroy, this);
    this.image?.destroy();
    this.image = null;
    if (this.texture) this.scene.textures.remove(this.texture);
    this.texture = null;
  }
}
