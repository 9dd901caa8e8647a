// The accessible layer of Start-up Launchpad: the company's numbers as text, the question of the current card in the
// advice line (a polite live region), one real button per choice (label, a short hint of what it does, its number
// key) and a "read status" button. 48 px targets; keys 1-4 choose, R reads. Built once and updated in place;
// destroy() removes it and its listeners (one AbortController).

import { digitOf, type KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element as node, FixedTexts, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import type { FormatNumber, Translate } from '../sdk/types';
import { companyLine, optionHint, optionLabel } from './describer';
import type { LaunchpadSnapshot, OptionId } from './model';

export const READ_ALOUD_KEY = 'R';
/** The most choices a card offers (the first hire: four roles). */
export const MAX_OPTIONS = 4;

export interface ControlPanelOptions {
  readonly t: Translate;
  readonly formatNumber: FormatNumber;
  readonly onChoose: (index: number) => void;
  readonly onReadAloud: () => void;
}

interface OptionButton {
  readonly button: HTMLButtonElement;
  readonly label: HTMLSpanElement;
  readonly hint: HTMLSpanElement;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly choices: OptionButton[] = [];
  private readonly abort = new AbortController();
  private readonly fixedTexts = new FixedTexts();
  private shown = 0;

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = node('section', 'lp-panel');
    this.fixedTexts.add(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.status = node('p', 'lp-status');
    this.advice = adviceLine('lp-advice');
    this.heading = node('h3', 'lp-choices-title');
    this.fixedTexts.add(() => setText(this.heading, t('controls.choices')));
    const list = node('div', 'lp-choices');
    list.setAttribute('role', 'group');
    this.fixedTexts.add(() => list.setAttribute('aria-label', t('controls.choices')));
    for (let index = 0; index < MAX_OPTIONS; index++) {
      const button = panelButton('lp-choice', signal, () => options.onChoose(index));
      const text = node('span', 'lp-choice-text');
      const label = buttonLabel('');
      const hint = node('span', 'lp-choice-hint') as HTMLSpanElement;
      text.append(label, hint);
      button.append(text, keyBadge(String(index + 1)));
      button.setAttribute('aria-keyshortcuts', String(index + 1));
      button.hidden = true;
      list.append(button);
      this.choices.push({ button, label, hint });
    }
    const tools = node('div', 'lp-tools');
    const readAloud = panelButton('lp-read', signal, () => options.onReadAloud());
    const readLabel = buttonLabel('');
    readAloud.append(readLabel, keyBadge(READ_ALOUD_KEY));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);
    this.fixedTexts.add(() => setText(readLabel, t('controls.readAloud')));
    tools.append(readAloud);
    this.element.append(this.status, this.advice, this.heading, list, tools);
  }

  update(snapshot: LaunchpadSnapshot, accepting: boolean): void {
    const { t, formatNumber } = this.options;
    setText(this.status, companyLine(snapshot, t, formatNumber));
    const card = snapshot.card;
    this.shown = card ? snapshot.options.length : 0;
    this.heading.hidden = this.shown === 0;
    this.choices.forEach((choice, index) => {
      const option: OptionId | undefined = card ? snapshot.options[index] : undefined;
      choice.button.hidden = option === undefined;
      if (!card || option === undefined) {
        delete choice.button.dataset.option;
        return;
      }
      choice.button.dataset.option = option;
      setText(choice.label, optionLabel(card, option, t));
      setText(choice.hint, optionHint(card, option, t));
      setDisabled(choice.button, !accepting);
    });
  }

  relabel(): void {
    this.fixedTexts.apply();
  }

  handleShortcut(press: KeyPress): boolean {
    const digit = digitOf(press.code);
    if (digit !== null && digit >= 1 && digit <= this.shown && !press.shift) this.options.onChoose(digit - 1);
    else if (press.key === READ_ALOUD_KEY) this.options.onReadAloud();
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
}
