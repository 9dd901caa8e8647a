// A canvas text that never overflows its box: it wraps at the box width and shrinks its font until it fits, so a
// longer German or French translation gets smaller instead of cut off. Re-fits only when text, box or size change
// (each re-fit redraws the text texture).

import type Phaser from 'phaser';
import { FONT_FAMILY } from './palette';

export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type TextAlign = 'left' | 'center' | 'right';

export class FittedText {
  readonly object: Phaser.GameObjects.Text;
  private signature = '';

  constructor(scene: Phaser.Scene, color: string, bold = false, fontFamily = FONT_FAMILY) {
    this.object = scene.add.text(0, 0, '', {
      fontFamily,
      fontSize: '16px',
      fontStyle: bold ? 'bold' : 'normal',
      color,
      wordWrap: { width: 100, useAdvancedWrap: false },
    });
  }

  /**
   * Places `content` in `box`, aligned horizontally as asked and centred vertically, starting at `fontSize` and
   * shrinking down to `minFontSize` at most.
   */
  fit(content: string, box: TextBox, fontSize: number, align: TextAlign = 'left', minFontSize = 11): void {
    const signature = `${content}|${box.x},${box.y},${box.width},${box.height}|${fontSize}|${align}`;
    if (signature === this.signature) return;
    this.signature = signature;
    const text = this.object;
    const maxWidth = Math.max(10, box.width);
    text.setAlign(align);
    text.setWordWrapWidth(maxWidth, false);
    let size = Math.max(minFontSize, Math.round(fontSize));
    text.setFontSize(size);
    text.setText(content);
    while ((text.height > box.height || text.width > maxWidth) && size > minFontSize) {
      size = Math.max(minFontSize, Math.floor(size * 0.9));
      text.setFontSize(size);
    }
    const originX = align === 'left' ? 0 : align === 'center' ? 0.5 : 1;
    const x = align === 'left' ? box.x : align === 'center' ? box.x + box.width / 2 : box.x + box.width;
    text.setOrigin(originX, 0.5);
    text.setPosition(Math.round(x), Math.round(box.y + box.height / 2));
  }

  setColor(color: string): void {
    this.object.setColor(color);
  }

  setVisible(visible: boolean): void {
    this.object.setVisible(visible);
  }
}
