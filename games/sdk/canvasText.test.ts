// Canvas text fitting with a fake text measured like a monospaced font (width = characters x 0.5 x size; wrapping at
// the word-wrap width, 1.2 x size per line): shrink to the width, stop at the readable floor, cut with "…" only when
// even the floor is too big, and skip the work when nothing changed.

import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitInBox, fitLine, fitText, fitWrappedText, forgetFit, MIN_FONT_PX, shortened, wrapAt } from './canvasText';

class FakeText {
  text = '';
  size = 20;
  measured = 0;
  wraps = 0;
  readonly style: { wordWrapWidth: number | null; fontStyle: string; align: string } = { wordWrapWidth: null, fontStyle: 'normal', align: 'left' };
  aligned = 0;
  origin = [0, 0];
  position = [0, 0];

  setAlign(align: string): this {
    this.aligned += 1;
    this.style.align = align;
    return this;
  }

  setOrigin(x: number, y: number): this {
    this.origin = [x, y];
    return this;
  }

  setPosition(x: number, y: number): this {
    this.position = [x, y];
    return this;
  }

  private lines(): string[] {
    const wrap = this.style.wordWrapWidth;
    if (wrap === null) return [this.text];
    const perLine = Math.max(1, Math.floor(wrap / (0.5 * this.size)));
    const lines: string[] = [];
    let line = '';
    for (const word of this.text.split(' ')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (next.length > perLine && line !== '') {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    return lines;
  }

  get width(): number {
    return Math.max(...this.lines().map((line) => line.length)) * 0.5 * this.size;
  }

  get height(): number {
    return this.lines().length * 1.2 * this.size;
  }

  setText(value: string): this {
    this.text = value;
    this.measured += 1;
    return this;
  }

  setFontSize(size: number): this {
    this.size = size;
    return this;
  }

  setWordWrapWidth(width: number | null): this {
    this.wraps += 1;
    this.style.wordWrapWidth = width;
    return this;
  }
}

const fake = () => new FakeText() as FakeText & Parameters<typeof fitText>[0] & Parameters<typeof fitInBox>[0];

describe('fitText', () => {
  it('keeps the base size when the text fits', () => {
    const text = fake();
    fitText(text, 'Jour 3', 200, 20);
    expect(text.size).toBe(20);
    expect(text.text).toBe('Jour 3');
  });

  it('shrinks a longer translation to the width, not below the floor', () => {
    const text = fake();
    fitText(text, 'x'.repeat(30), 200, 20); // 300 px at 20 px
    expect(text.size).toBe(13);
    expect(text.width).toBeLessThanOrEqual(200);
    expect(text.text).toBe('x'.repeat(30));
  });

  it('cuts at a word and ends with an ellipsis when even the floor size is too wide', () => {
    const text = fake();
    const sentence = 'Poche fraîche arrivée : vérifie l’étiquette avant de lancer la suite.';
    fitText(text, sentence, 200, 20);
    expect(text.size).toBe(MIN_FONT_PX);
    expect(text.width).toBeLessThanOrEqual(200);
    expect(text.text.endsWith(ELLIPSIS)).toBe(true);
    const kept = text.text.slice(0, -ELLIPSIS.length);
    expect(sentence.startsWith(kept)).toBe(true);
    expect(sentence[kept.length]).toBe(' ');
    // The longest cut that fits: one more word would not.
    const nextSpace = sentence.indexOf(' ', kept.length + 1);
    expect(((nextSpace === -1 ? sentence.length : nextSpace) + ELLIPSIS.length) * 0.5 * MIN_FONT_PX).toBeGreaterThan(200);
  });

  it('does not measure again when nothing changed, and does after forgetFit', () => {
    const text = fake();
    fitText(text, 'Jour 3', 200, 20);
    const measured = text.measured;
    fitText(text, 'Jour 3', 200, 20);
    expect(text.measured).toBe(measured);
    text.text = 'changed elsewhere';
    forgetFit(text);
    fitText(text, 'Jour 3', 200, 20);
    expect(text.text).toBe('Jour 3');
  });
});

describe('fitWrappedText', () => {
  it('wraps first and keeps the size while the lines fit the height', () => {
    const text = fake();
    fitWrappedText(text, 'one two three four five six', 100, 20, 100);
    expect(text.style.wordWrapWidth).toBe(100);
    expect(text.size).toBe(20);
    expect(text.height).toBeLessThanOrEqual(100);
  });

  it('shrinks, then cuts with an ellipsis when the wrapped lines are too tall at the floor', () => {
    const text = fake();
    const long = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    fitWrappedText(text, long, 100, 20, 30);
    expect(text.size).toBe(MIN_FONT_PX);
    expect(text.height).toBeLessThanOrEqual(30);
    expect(text.text.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('fitWrappedText with a lower floor', () => {
  it('shrinks a small label below the usual floor, down to the floor it is given', () => {
    const text = fake();
    fitWrappedText(text, 'a rather long label here', 40, 20, 12, 9);
    expect(text.size).toBeLessThan(MIN_FONT_PX);
    expect(text.size).toBeGreaterThanOrEqual(9);
    const usual = fake();
    fitWrappedText(usual, 'a rather long label here', 40, 20, 12);
    expect(usual.size).toBe(MIN_FONT_PX);
  });
});

describe('fitInBox', () => {
  const box = { x: 100, y: 50, width: 200, height: 40 };

  it('fits the text to the box and centres it in the box height, aligned as asked across it', () => {
    const text = fake();
    fitInBox(text, 'short', box, 20, 'center');
    expect(text.style.wordWrapWidth).toBe(200);
    expect(text.origin).toEqual([0.5, 0.5]);
    expect(text.position).toEqual([200, 70]);
    fitInBox(text, 'short', box, 20, 'right');
    expect(text.origin).toEqual([1, 0.5]);
    expect(text.position).toEqual([300, 70]);
    fitInBox(text, 'short', box, 20);
    expect(text.origin).toEqual([0, 0.5]);
    expect(text.position).toEqual([100, 70]);
  });

  it('shrinks a long text to the box and sets the alignment only when it changes', () => {
    const text = fake();
    fitInBox(text, 'one two three four five six seven eight nine ten', box, 30, 'center');
    expect(text.height).toBeLessThanOrEqual(box.height);
    expect(text.width).toBeLessThanOrEqual(box.width);
    fitInBox(text, 'one two three four five six seven eight nine ten', box, 30, 'center');
    expect(text.aligned).toBe(1);
  });
});

describe('wrapAt', () => {
  it('sets the wrap width only when it changes (each set redraws the texture)', () => {
    const text = fake();
    wrapAt(text, 120);
    wrapAt(text, 120);
    expect(text.wraps).toBe(1);
    wrapAt(text, 90);
    expect(text.style.wordWrapWidth).toBe(90);
    expect(text.wraps).toBe(2);
  });
});

describe('shortened', () => {
  it('cuts back to the last word near the cut, else mid-word', () => {
    expect(shortened('abc defghij', 9)).toBe('abc defgh…');
    expect(shortened('abcdef ghij', 9)).toBe('abcdef…');
    expect(shortened('abc', 0)).toBe('…');
  });

  it('leaves no space or dangling punctuation before the ellipsis', () => {
    expect(shortened('Verse zak aangekomen: controleer het etiket.', 21)).toBe('Verse zak aangekomen…');
    expect(shortened('Poche fraîche arrivée\u00a0: vérifie', 23)).toBe('Poche fraîche arrivée…');
  });
});

describe('fitLine (the measure-only fitting a label sheet draws with)', () => {
  // The same monospaced measure as the fake text: 0.5 x size per character, 1.2 x size tall.
  const calls: string[] = [];
  const measure = (value: string, sizePx: number) => {
    calls.push(`${value}@${sizePx}`);
    return { width: value.length * 0.5 * sizePx, height: 1.2 * sizePx };
  };

  it('keeps the base size when the label fits, measuring once', () => {
    calls.length = 0;
    expect(fitLine(measure, 'GCU', 100, 24)).toEqual({ value: 'GCU', sizePx: 24 });
    expect(calls).toEqual(['GCU@24']);
  });

  it('shrinks to the width or to the height, whichever is tighter', () => {
    expect(fitLine(measure, 'Stopp', 50, 24)).toEqual({ value: 'Stopp', sizePx: 20 });
    expect(fitLine(measure, 'A', 100, 46, 30)).toEqual({ value: 'A', sizePx: 25 });
  });

  it('gives the same size and cut as fitText on a text object', () => {
    const text = fake();
    fitText(text, 'a label far too long for its sector', 60, 24, 40);
    expect(fitLine(measure, 'a label far too long for its sector', 60, 24, 40)).toEqual({ value: text.text, sizePx: text.size });
    expect(text.text.endsWith(ELLIPSIS)).toBe(true);
    expect(text.size).toBe(MIN_FONT_PX);
  });
});
