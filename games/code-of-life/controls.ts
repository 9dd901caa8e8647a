// The accessible layer of Code of Life: real DOM buttons for every action (big base buttons with colour and letter,
// the three predictions, continue), the mRNA and protein as text, and a polite live region with the describer's
// sentences. Built once, shown per phase, updated in place; destroy() removes it and its listeners.

import type { KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import type { Translate } from '../sdk/types';
import type { MutationEffect, RnaBase } from './geneticCode';
import type { CodeOfLifeAction, CodeOfLifeSnapshot, Phase } from './model';
import { proteinText } from './describer';

export interface ControlPanelOptions {
  readonly t: Translate;
  /** A base, a prediction or "continue"; the model decides whether it applies. */
  readonly onAction: (action: CodeOfLifeAction) => void;
  readonly onReadAloud: () => void;
}

/** Button order for the bases; the keyboard letter is the base itself in every language. */
export const BASE_BUTTONS: readonly RnaBase[] = ['A', 'U', 'G', 'C'];
export const PREDICTION_KEYS: Readonly<Record<MutationEffect, string>> = { silent: '1', missense: '2', nonsense: '3' };
export const CONTINUE_KEY = 'N';
export const READ_ALOUD_KEY = 'R';
const EFFECTS: readonly MutationEffect[] = ['silent', 'missense', 'nonsense'];

type GroupId = 'bases' | 'predictions' | 'continue';
const GROUPS_BY_PHASE: Readonly<Record<Phase, readonly GroupId[]>> = {
  transcribe: ['bases'],
  polymerase: ['bases'],
  translate: ['bases'],
  folded: ['continue'],
  mutations: ['predictions', 'continue'],
  finished: [],
};

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly mrnaValue: HTMLElement;
  private readonly proteinValue: HTMLElement;
  private readonly groupHeading: HTMLElement;
  private readonly groups = new Map<GroupId, HTMLElement>();
  private readonly baseButtons = new Map<RnaBase, HTMLButtonElement>();
  private readonly predictionButtons = new Map<MutationEffect, HTMLButtonElement>();
  private readonly continueButton: HTMLButtonElement;
  private readonly abort = new AbortController();
  private shownPhase: Phase | null = null;
  private shownAnswer: MutationEffect | null | undefined = undefined;

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = element('section', 'code-of-life-panel');
    this.element.setAttribute('aria-label', t('controls.panel'));

    this.advice = adviceLine('code-of-life-advice');

    const readouts = element('dl', 'kit-readouts code-of-life-readouts');
    this.mrnaValue = addReadout(readouts, t('readouts.mrna'), 'code-of-life-sequence');
    this.proteinValue = addReadout(readouts, t('readouts.protein'), 'code-of-life-sequence');

    this.groupHeading = element('p', 'kit-group-heading code-of-life-group-heading');
    this.groupHeading.setAttribute('aria-hidden', 'true');

    const bases = element('div', 'code-of-life-bases');
    bases.setAttribute('role', 'group');
    bases.setAttribute('aria-label', t('controls.basesGroup'));
    for (const base of BASE_BUTTONS) {
      const button = panelButton(`code-of-life-base code-of-life-base-${base}`, signal, () => options.onAction({ type: 'base', base }));
      const letter = element('span', 'code-of-life-base-letter');
      letter.textContent = base;
      letter.setAttribute('aria-hidden', 'true');
      const name = element('span', 'code-of-life-base-name');
      name.textContent = t(`bases.${base}`);
      button.append(letter, name);
      button.setAttribute('aria-label', t('controls.baseLabel', { base, name: t(`bases.${base}`) }));
      button.setAttribute('aria-keyshortcuts', base);
      bases.append(button);
      this.baseButtons.set(base, button);
    }
    this.groups.set('bases', bases);

    const predictions = element('div', 'code-of-life-predictions');
    predictions.setAttribute('role', 'group');
    predictions.setAttribute('aria-label', t('controls.predictGroup'));
    for (const effect of EFFECTS) {
      const button = panelButton('code-of-life-prediction', signal, () => options.onAction({ type: 'predict', effect }));
      button.append(buttonLabel(t(`effects.${effect}`)), keyBadge(PREDICTION_KEYS[effect]));
      button.setAttribute('aria-keyshortcuts', PREDICTION_KEYS[effect]);
      predictions.append(button);
      this.predictionButtons.set(effect, button);
    }
    this.groups.set('predictions', predictions);

    this.continueButton = panelButton('code-of-life-continue', signal, () => options.onAction({ type: 'continue' }));
    this.continueButton.append(buttonLabel(t('controls.continue')), keyBadge(CONTINUE_KEY));
    this.continueButton.setAttribute('aria-keyshortcuts', CONTINUE_KEY);
    const continueGroup = element('div', 'code-of-life-continue-group');
    continueGroup.append(this.continueButton);
    this.groups.set('continue', continueGroup);

    const readAloud = panelButton('kit-secondary code-of-life-secondary', signal, () => options.onReadAloud());
    readAloud.append(buttonLabel(t('controls.readAloud')), keyBadge(READ_ALOUD_KEY));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);

    this.element.append(this.advice, readouts, this.groupHeading, bases, predictions, continueGroup, readAloud);
  }

  /** Shows the buttons of the current phase and refreshes texts and states from the model. */
  update(snapshot: CodeOfLifeSnapshot, paused: boolean): void {
    const { t } = this.options;
    const phaseChanged = snapshot.phase !== this.shownPhase;
    const answerChanged = snapshot.answer !== this.shownAnswer;
    const focusInside = this.element.contains(document.activeElement);
    if (phaseChanged) {
      this.shownPhase = snapshot.phase;
      const visible = GROUPS_BY_PHASE[snapshot.phase];
      for (const [id, group] of this.groups) group.hidden = !visible.includes(id);
      setText(this.groupHeading, t(`controls.heading.${snapshot.phase}`));
    }
    const mrna = snapshot.targetMrna.slice(0, snapshot.transcribed).match(/.{1,3}/g)?.join(' ') ?? '';
    setText(this.mrnaValue, mrna || '–');
    setText(this.proteinValue, snapshot.protein ? proteinText(snapshot.protein) : '–');
    const basesUsable = !paused && (snapshot.phase === 'transcribe' || snapshot.phase === 'translate');
    for (const button of this.baseButtons.values()) setDisabled(button, !basesUsable);
    const predicting = !paused && snapshot.phase === 'mutations' && snapshot.answer === null;
    for (const [effect, button] of this.predictionButtons) {
      setDisabled(button, !predicting);
      const chosen = snapshot.phase === 'mutations' && snapshot.answer === effect;
      if (button.getAttribute('aria-pressed') !== String(chosen)) button.setAttribute('aria-pressed', String(chosen));
    }
    const canContinue = !paused && (snapshot.phase === 'folded' || (snapshot.phase === 'mutations' && snapshot.answer !== null));
    setDisabled(this.continueButton, !canContinue);
    this.shownAnswer = snapshot.answer;
    // Keep keyboard users where the action is: when the buttons they were using go away, focus the new ones.
    if (focusInside && (phaseChanged || answerChanged)) this.focusMainAction(snapshot);
  }

  /** Runs the shortcut for a key press; returns whether the key was one of this panel's. */
  handleShortcut({ key }: KeyPress): boolean {
    const prediction = EFFECTS.find((effect) => PREDICTION_KEYS[effect] === key);
    if ((BASE_BUTTONS as readonly string[]).includes(key) || key === 'T') this.options.onAction({ type: 'base', base: key as RnaBase | 'T' });
    else if (prediction) this.options.onAction({ type: 'predict', effect: prediction });
    else if (key === CONTINUE_KEY) this.options.onAction({ type: 'continue' });
    else if (key === READ_ALOUD_KEY) this.options.onReadAloud();
    else return false;
    return true;
  }

  /** Visible advice line, also announced politely by screen readers. */
  announce(text: string): void {
    setText(this.advice, text);
  }

  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }

  private focusMainAction(snapshot: CodeOfLifeSnapshot): void {
    if (snapshot.phase === 'mutations' && snapshot.answer === null) this.predictionButtons.get('silent')?.focus();
    else if (snapshot.phase === 'folded' || snapshot.phase === 'mutations') this.continueButton.focus();
    else if (snapshot.phase === 'transcribe' || snapshot.phase === 'translate' || snapshot.phase === 'polymerase') {
      const active = document.activeElement;
      if (!(active instanceof HTMLButtonElement) || !active.classList.contains('code-of-life-base')) this.baseButtons.get('A')?.focus();
    }
  }
}

function addReadout(list: HTMLElement, label: string, valueClass: string): HTMLElement {
  const row = element('div', 'kit-readout code-of-life-readout');
  const term = element('dt', '');
  term.textContent = label;
  const value = element('dd', valueClass);
  row.append(term, value);
  list.append(row);
  return value;
}

