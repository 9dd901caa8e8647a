// The accessible layer of Pipette Pro: the step and its question, one real button per choice (keys 1 to 4, shown
// on the buttons), the tubes so far as text (the plot's text alternative), a "read status" button (R) and the
// polite advice line. 48 px targets; no dragging, no timing. Built once, updated in place; destroy() removes it and
// its listeners (one AbortController).

import { digitOf, type KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element as node, FixedTexts, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import type { Translate } from '../sdk/types';

/** The most choices a step offers (the four pipettes). */
export const MAX_OPTIONS = 4;
export const READ_ALOUD_KEY = 'R';

export interface PanelView {
  readonly title: string;
  readonly question: string;
  /** Labels of the current step's choices, in the order shown. */
  readonly options: readonly string[];
  readonly series: readonly string[];
  readonly accepting: boolean;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly title: HTMLElement;
  private readonly question: HTMLElement;
  private readonly optionButtons: HTMLButtonElement[] = [];
  private readonly optionLabels: HTMLSpanElement[] = [];
  private readonly series: HTMLElement;
  private readonly abort = new AbortController();
  private readonly fixedTexts = new FixedTexts();
  private shown = 0;

  constructor(
    private readonly t: Translate,
    private readonly onChoose: (index: number) => void,
    private readonly onReadAloud: () => void,
  ) {
    const signal = this.abort.signal;
    this.element = node('section', 'ppp-panel');
    this.fixed(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.advice = adviceLine('ppp-advice');
    this.title = node('h3', 'ppp-step');
    this.question = node('p', 'ppp-question');
    this.question.id = 'ppp-question';
    const group = node('div', 'ppp-options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', 'ppp-question');
    for (let index = 0; index < MAX_OPTIONS; index++) {
      const button = panelButton('ppp-option', signal, () => this.onChoose(index));
      const label = buttonLabel('');
      button.append(label, keyBadge(String(index + 1)));
      button.setAttribute('aria-keyshortcuts', String(index + 1));
      group.append(button);
      this.optionButtons.push(button);
      this.optionLabels.push(label);
    }
    const seriesHeading = node('h4', 'ppp-series-title');
    this.fixed(() => setText(seriesHeading, t('controls.series')));
    this.series = node('ul', 'ppp-series');
    this.fixed(() => this.series.setAttribute('aria-label', t('controls.series')));
    const read = panelButton('ppp-read', signal, () => this.onReadAloud());
    const readLabel = buttonLabel('');
    read.append(readLabel, keyBadge(READ_ALOUD_KEY));
    read.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);
    this.fixed(() => setText(readLabel, t('controls.readAloud')));
    this.element.append(this.advice, this.title, this.question, group, seriesHeading, this.series, read);
  }

  update(view: PanelView): void {
    setText(this.title, view.title);
    setText(this.question, view.question);
    this.shown = view.options.length;
    this.optionButtons.forEach((button, index) => {
      const label = view.options[index];
      const hide = label === undefined;
      // A focused choice that goes away hands the focus to the first choice, so a keyboard player keeps their place.
      if (hide && !button.hidden && document.activeElement === button) this.optionButtons[0]?.focus();
      button.hidden = hide;
      setText(this.optionLabels[index], label ?? '');
      setDisabled(button, !view.accepting);
    });
    const lines = view.series.length > 0 ? view.series : [this.t('controls.seriesEmpty')];
    const key = `${view.series.length}|${lines.join('|')}`;
    if (this.series.dataset.key !== key) {
      this.series.dataset.key = key;
      this.series.replaceChildren(
        ...lines.map((line) => {
          const item = node('li', view.series.length > 0 ? 'ppp-series-item' : 'ppp-series-item ppp-series-empty');
          item.textContent = line;
          return item;
        }),
      );
    }
  }

  relabel(): void {
    this.fixedTexts.apply();
  }

  /** Keys 1 to 4 choose; R reads the status. Returns whether the key was one of this panel's. */
  handleShortcut(press: KeyPress): boolean {
    const digit = digitOf(press.code);
    if (digit !== null && digit <= this.shown && !press.shift) this.onChoose(digit - 1);
    else if (press.key === READ_ALOUD_KEY) this.onReadAloud();
    else return false;
    return true;
  }

  announce(text: string): void {
    setText(this.advice, text);
  }

  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }

  private fixed(apply: () => void): void {
    this.fixedTexts.add(apply);
  }
}
