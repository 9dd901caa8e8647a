// Canvas text for every game's Phaser scene, one implementation for all: each label gets a maximum width (and
// height) and shrinks, down to a readable floor, when a translation is longer than the English one; a text still too
// big at the floor is cut at a word and ends with "…" (the whole sentence stays in the game's DOM description).
// Fitting is skipped when nothing changed, so redrawing a frame stays cheap.

import type * as Phaser from 'phaser';

export const CANVAS_FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";
/** Smallest font size we shrink to; below this a label is unreadable on a kiosk. */
export const MIN_FONT_PX = 11;
/** The ending of a text cut to fit. */
export const ELLIPSIS = '…';

/** The part of a Phaser text that fitting uses (a plain object in unit tests). */
type FittedText = Pick<Phaser.GameObjects.Text, 'text' | 'width' | 'height' | 'style' | 'setText' | 'setFontSize' | 'setWordWrapWidth'>;

/** What each text was last fitted to: re-measuring an unchanged text costs a canvas redraw. */
const lastFit = new WeakMap<object, string>();

function signature(kind: string, value: string, maxWidth: number, baseSizePx: number, maxHeight: number | undefined, text: FittedText): string {
  const height = maxHeight === undefined ? '' : Math.round(maxHeight);
  return `${kind}|${value}|${Math.round(maxWidth)}|${Math.round(baseSizePx)}|${height}|${text.style.wordWrapWidth ?? ''}|${text.style.fontStyle}`;
}

/** Makes the next fitText/fitWrappedText on `text` measure again (after a style change the signature does not see). */
export function forgetFit(text: object): void {
  lastFit.delete(text);
}

function fits(text: FittedText, maxWidth: number, maxHeight: number | undefined): boolean {
  return text.width <= maxWidth + 0.5 && (maxHeight === undefined || text.height <= maxHeight + 0.5);
}

/** The first `keep` characters of `value`, cut back to the last word when one ends near there, then "…". */
export function shortened(value: string, keep: number): string {
  const head = value.slice(0, Math.max(0, keep));
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length * 0.6 ? head.slice(0, space) : head;
  // No space or dangling punctuation ("arrivée :") before the ellipsis.
  return `${cut.replace(/[\s:;,.·–-]+$/u, '')}${ELLIPSIS}`;
}

/** At the floor size and still too big: keeps the longest start of `value` that fits, ending with "…". */
function cutToFit(text: FittedText, value: string, maxWidth: number, maxHeight: number | undefined): void {
  if (fits(text, maxWidth, maxHeight)) return;
  let low = 0;
  let high = value.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    text.setText(shortened(value, middle));
    if (fits(text, maxWidth, maxHeight)) low = middle;
    else high = middle - 1;
  }
  text.setText(shortened(value, low));
}

/** Wraps `text` at `width`, touching it only when the width changes: Phaser redraws the text's texture on every set. */
export function wrapAt(text: FittedText, width: number): void {
  if (text.style.wordWrapWidth !== width) text.setWordWrapWidth(width);
}

/** Measures one line of `value` at `sizePx`: a Phaser text, or a 2D canvas context for a label sheet. */
export type LineMeasure = (value: string, sizePx: number) => { readonly width: number; readonly height: number };

/** What a label becomes once fitted: the text to draw (maybe cut with "…") and its font size. */
export interface FittedLine {
  readonly value: string;
  readonly sizePx: number;
}

/**
 * The size (and, at the floor, the cut) that makes one line of `value` at most maxWidth wide and maxHeight tall:
 * one measure at the base size, one shrink by the ratio, then a cut at the readable floor if still too big.
 */
export function fitLine(measure: LineMeasure, value: string, maxWidth: number, baseSizePx: number, maxHeight?: number): FittedLine {
  const fitsBox = (box: { width: number; height: number }): boolean => box.width <= maxWidth + 0.5 && (maxHeight === undefined || box.height <= maxHeight + 0.5);
  let size = Math.max(MIN_FONT_PX, Math.round(baseSizePx));
  const box = measure(value, size);
  const widthRatio = box.width > maxWidth ? maxWidth / box.width : 1;
  const heightRatio = maxHeight !== undefined && box.height > maxHeight ? maxHeight / box.height : 1;
  const ratio = Math.min(widthRatio, heightRatio);
  if (ratio >= 1) return { value, sizePx: size };
  size = Math.max(MIN_FONT_PX, Math.floor(size * ratio));
  if (size > MIN_FONT_PX || fitsBox(measure(value, size))) return { value, sizePx: size };
  // At the floor and still too big: the longest start of `value` that fits, ending with "…".
  let low = 0;
  let high = value.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsBox(measure(shortened(value, middle), size))) low = middle;
    else high = middle - 1;
  }
  return { value: shortened(value, low), sizePx: size };
}

/** Sets the text and its size so it is at most maxWidth wide (and maxHeight tall when given). */
export function fitText(text: FittedText, value: string, maxWidth: number, baseSizePx: number, maxHeight?: number): void {
  const key = signature('line', value, maxWidth, baseSizePx, maxHeight, text);
  if (lastFit.get(text) === key) return;
  lastFit.set(text, key);
  // Each set redraws the text's canvas: only what changes is set, while measuring and at the end.
  let size = Number.NaN;
  const show = (shown: string, sizePx: number): void => {
    if (text.text !== shown) text.setText(shown);
    if (size !== sizePx) text.setFontSize(sizePx);
    size = sizePx;
  };
  const fitted = fitLine(
    (shown, sizePx) => {
      show(shown, sizePx);
      return { width: text.width, height: text.height };
    },
    value,
    maxWidth,
    baseSizePx,
    maxHeight,
  );
  show(fitted.value, fitted.sizePx);
}

/**
 * Like fitText, but wraps at maxWidth first and only shrinks when the wrapped lines are taller than maxHeight. A small
 * label on a busy picture (a shelf slot, a limit line) may go below the usual floor, down to `minSizePx`.
 */
export function fitWrappedText(text: FittedText, value: string, maxWidth: number, baseSizePx: number, maxHeight: number, minSizePx: number = MIN_FONT_PX): void {
  const kind = `wrap${minSizePx}`;
  const key = signature(kind, value, maxWidth, baseSizePx, maxHeight, text);
  if (lastFit.get(text) === key) return;
  text.setWordWrapWidth(Math.max(1, maxWidth), true);
  lastFit.set(text, signature(kind, value, maxWidth, baseSizePx, maxHeight, text));
  if (text.text !== value) text.setText(value);
  let size = Math.max(minSizePx, Math.round(baseSizePx));
  text.setFontSize(size);
  // Shrink step by step: wrapping changes with the size, so a single ratio is not enough.
  while (size > minSizePx && !fits(text, maxWidth, maxHeight)) {
    size = Math.max(minSizePx, Math.floor(size * 0.9));
    text.setFontSize(size);
  }
  cutToFit(text, value, maxWidth, maxHeight);
}

export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type TextAlign = 'left' | 'center' | 'right';

/** The part of a Phaser text that fitInBox uses besides fitting. */
type BoxedText = FittedText & Pick<Phaser.GameObjects.Text, 'setAlign' | 'setOrigin' | 'setPosition'>;

/**
 * Fits `value` into `box` (wrapped at its width, shrunk towards `minSizePx`, cut with "…" at the floor) and places it
 * there: aligned as asked across the box, centred in its height. For labels that own a box on the picture.
 */
export function fitInBox(text: BoxedText, value: string, box: TextBox, baseSizePx: number, align: TextAlign = 'left', minSizePx: number = MIN_FONT_PX): void {
  // setAlign redraws the texture even when nothing changes: only when it does.
  if (text.style.align !== align) text.setAlign(align);
  fitWrappedText(text, value, Math.max(10, box.width), baseSizePx, box.height, minSizePx);
  const x = align === 'left' ? box.x : align === 'center' ? box.x + box.width / 2 : box.x + box.width;
  text.setOrigin(align === 'left' ? 0 : align === 'center' ? 0.5 : 1, 0.5);
  text.setPosition(Math.round(x), Math.round(box.y + box.height / 2));
}

/** A canvas text in the games' font (or a display font for titles and big numbers). */
export function makeText(scene: Phaser.Scene, colour: string, bold = false, fontFamily: string = CANVAS_FONT): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', {
    fontFamily,
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
      forgetFit(text);
    }
    if (text.style.backgroundColor) text.setBackgroundColor('');
    if (text.style.wordWrapWidth) {
      text.setWordWrapWidth(null);
      forgetFit(text);
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
