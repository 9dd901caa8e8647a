// Canvas text that never overflows: every label gets a maximum width (and height) and shrinks, down to a floor, when
// a translation is longer. Work is skipped when nothing changed, so redrawing a frame stays cheap.

import type * as Phaser from 'phaser';

export const CANVAS_FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";
/** Smallest font size we shrink to; below this a label is unreadable on a kiosk. */
const MIN_FONT_PX = 11;
const FIT_KEY = 'fitKey';

export function fitText(text: Phaser.GameObjects.Text, value: string, maxWidth: number, baseSizePx: number, maxHeight?: number): void {
  const key = `${value}|${Math.round(maxWidth)}|${Math.round(baseSizePx)}|${Math.round(maxHeight ?? -1)}`;
  if (text.getData(FIT_KEY) === key) return;
  text.setData(FIT_KEY, key);
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

/** Like fitText, but wraps at maxWidth first and only shrinks when the wrapped lines are taller than maxHeight. */
export function fitWrappedText(text: Phaser.GameObjects.Text, value: string, maxWidth: number, baseSizePx: number, maxHeight: number): void {
  const key = `wrap|${value}|${Math.round(maxWidth)}|${Math.round(baseSizePx)}|${Math.round(maxHeight)}`;
  if (text.getData(FIT_KEY) === key) return;
  text.setData(FIT_KEY, key);
  text.setWordWrapWidth(Math.max(1, maxWidth), true);
  if (text.text !== value) text.setText(value);
  let size = Math.max(MIN_FONT_PX, Math.round(baseSizePx));
  text.setFontSize(size);
  // Shrink step by step: wrapping changes with the size, so a single ratio is not enough.
  while (size > MIN_FONT_PX && (text.height > maxHeight || text.width > maxWidth)) {
    size = Math.max(MIN_FONT_PX, Math.floor(size * 0.9));
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

/** Texts reused from frame to frame: take() hands out the next one, finish() hides those not taken this time. */
export class TextPool {
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private used = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  begin(): void {
    this.used = 0;
  }

  take(colour: string, bold = true): Phaser.GameObjects.Text {
    let text = this.texts[this.used];
    if (!text) {
      text = makeText(this.scene, colour, bold);
      this.texts.push(text);
    }
    this.used++;
    if (text.style.color !== colour) text.setColor(colour);
    const fontStyle = bold ? 'bold' : 'normal';
    if (text.style.fontStyle !== fontStyle) {
      text.setFontStyle(fontStyle);
      text.setData('fitKey', null);
    }
    if (text.style.backgroundColor) text.setBackgroundColor('');
    if (text.style.wordWrapWidth) {
      text.setWordWrapWidth(null);
      text.setData(FIT_KEY, null);
    }
    return text.setVisible(true).setOrigin(0.5).setDepth(10);
  }

  /** Destroys every text (used when a layout change redraws everything, so no stale size survives). */
  clear(): void {
    for (const text of this.texts) text.destroy();
    this.texts.length = 0;
    this.used = 0;
  }

  finish(): void {
    for (let i = this.used; i < this.texts.length; i++) this.texts[i]?.setVisible(false);
  }
}
