// Canvas text that never overflows: every label gets a maximum width (and height) and shrinks, down to a floor,
// when a translation is longer than the English one.

import type * as Phaser from 'phaser';

export const CANVAS_FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";
/** Smallest font size we shrink to; below this a label is unreadable on a kiosk. */
const MIN_FONT_PX = 11;

/** What each text was last fitted to: the scene redraws often, and re-measuring an unchanged text costs a redraw. */
const lastFit = new WeakMap<Phaser.GameObjects.Text, string>();

/** Sets the text and its size so it is at most maxWidth wide (and maxHeight tall when given). */
export function fitText(text: Phaser.GameObjects.Text, value: string, maxWidth: number, baseSizePx: number, maxHeight?: number): void {
  const signature = `${value}|${Math.round(maxWidth)}|${Math.round(baseSizePx)}|${maxHeight === undefined ? '' : Math.round(maxHeight)}|${text.style.wordWrapWidth ?? ''}`;
  if (lastFit.get(text) === signature) return;
  lastFit.set(text, signature);
  if (text.text !== value) text.setText(value);
  let size = Math.max(MIN_FONT_PX, Math.round(baseSizePx));
  text.setFontSize(size);
  const widthRatio = text.width > maxWidth ? maxWidth / text.width : 1;
  const heightRatio = maxHeight !== undefined && text.height > maxHeight ? maxHeight / text.height : 1;
  const ratio = Math.min(widthRatio, heightRatio);
  if (ratio < 1) {
    size = Math.max(MIN_FONT_PX, Math.floor(size * ratio));
    text.setFontSize(size);
  }
}

export function makeText(scene: Phaser.Scene, colour: string, bold = false): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', {
    fontFamily: CANVAS_FONT,
    fontSize: '20px',
    fontStyle: bold ? 'bold' : 'normal',
    color: colour,
    resolution: Math.min(2, globalThis.devicePixelRatio || 1),
  });
}
