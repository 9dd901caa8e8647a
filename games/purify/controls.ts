// The accessible layer of Purify It!: real DOM buttons for every action (options, +/- steppers, cut markers, run),
// the product's figures now and after the step (the trade-off in numbers), and a polite live region with the
// describer's sentences. Built once, shown per step, updated in place; destroy() removes it and its listeners.

import {
  CLARIFICATION_IDS,
  STAGE_SETTINGS,
  WASH_IDS,
  type MarkerId,
  type PurifyAction,
  type PurifySnapshot,
  type SettingId,
  type StageId,
  type StepRecord,
} from './model';
import { yieldPercent } from './describer';
import type { KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import type { FormatNumber, FormatUnit, Translate } from '../sdk/types';

export interface ControlPanelOptions {
  readonly t: Translate;
  readonly formatNumber: FormatNumber;
  readonly formatUnit: FormatUnit;
  /** A choice, a setting or marker step, or running the step; the model decides whether it applies. */
  readonly onAction: (action: PurifyAction) => void;
  readonly onReadAloud: () => void;
}

/** Shortcuts, the same in every language and shown on the buttons. */
export const OPTION_KEYS = ['1', '2', '3'] as const;
/** First stepper of a step (and the cut's start marker): left/right arrows; second (and the end marker): down/up. */
export const FIRST_KEYS = { down: 'ArrowLeft', up: 'ArrowRight' } as const;
export const SECOND_KEYS = { down: 'ArrowDown', up: 'ArrowUp' } as const;
export const RUN_KEY = 'G';
export const READ_ALOUD_KEY = 'R';
const KEY_LABELS: Readonly<Record<string, string>> = { ArrowLeft: '←', ArrowRight: '→', ArrowDown: '↓', ArrowUp: '↑' };

type ReadoutId = 'yield' | 'hcp' | 'aggregates' | 'virus';
const READOUT_IDS: readonly ReadoutId[] = ['yield', 'hcp', 'aggregates', 'virus'];

interface Stepper {
  readonly row: HTMLElement;
  readonly value: HTMLElement;
  readonly down: HTMLButtonElement;
  readonly up: HTMLButtonElement;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly readouts = new Map<ReadoutId, HTMLElement>();
  private readonly optionGroup: HTMLElement;
  private readonly optionButtons: HTMLButtonElement[] = [];
  private readonly steppers: Stepper[] = [];
  private readonly runButton: HTMLButtonElement;
  private readonly runLabel: HTMLElement;
  private readonly stageHeading: HTMLElement;
  private readonly abort = new AbortController();
  private shownStage: StageId | null = null;
  /** What each stepper controls in the current step. */
  private stepperTargets: ({ kind: 'setting'; setting: SettingId } | { kind: 'marker'; marker: MarkerId })[] = [];
  private optionIds: readonly string[] = [];

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = element('section', 'purify-panel');
    this.element.setAttribute('aria-label', t('controls.panel'));
    this.advice = adviceLine('purify-advice');

    const readoutList = element('dl', 'kit-readouts purify-readouts');
    readoutList.setAttribute('aria-label', t('readouts.heading'));
    for (const id of READOUT_IDS) {
      const row = element('div', 'kit-readout purify-readout');
      const term = element('dt', '');
      term.textContent = t(`readouts.${id}`);
      const value = element('dd', '');
      row.append(term, value);
      readoutList.append(row);
      this.readouts.set(id, value);
    }

    this.stageHeading = element('h3', 'purify-stage-heading');

    this.optionGroup = element('div', 'purify-options');
    this.optionGroup.setAttribute('role', 'group');
    for (let index = 0; index < 3; index++) {
      const button = panelButton('purify-option', signal, () => {
        const option = this.optionIds[index];
        if (option) options.onAction({ type: 'choose', option });
      });
      button.append(buttonLabel(''), keyBadge(OPTION_KEYS[index] ?? ''));
      button.setAttribute('aria-keyshortcuts', OPTION_KEYS[index] ?? '');
      this.optionGroup.append(button);
      this.optionButtons.push(button);
    }

    const stepperBox = element('div', 'purify-steppers');
    for (const [index, keys] of [FIRST_KEYS, SECOND_KEYS].entries()) {
      const row = element('div', 'purify-stepper');
      row.setAttribute('role', 'group');
      const value = element('span', 'purify-stepper-value');
      const down = panelButton('purify-step', signal, () => this.step(index, -1));
      down.append(buttonLabel('−'), keyBadge(KEY_LABELS[keys.down] ?? ''));
      down.setAttribute('aria-keyshortcuts', keys.down);
      const up = panelButton('purify-step', signal, () => this.step(index, 1));
      up.append(buttonLabel('+'), keyBadge(KEY_LABELS[keys.up] ?? ''));
      up.setAttribute('aria-keyshortcuts', keys.up);
      row.append(down, value, up);
      stepperBox.append(row);
      this.steppers.push({ row, value, down, up });
    }

    this.runButton = panelButton('purify-run', signal, () => options.onAction({ type: 'run' }));
    this.runLabel = buttonLabel('');
    this.runButton.append(this.runLabel, keyBadge(RUN_KEY));
    this.runButton.setAttribute('aria-keyshortcuts', RUN_KEY);

    const readAloud = panelButton('kit-secondary purify-secondary', signal, () => options.onReadAloud());
    readAloud.append(buttonLabel(t('controls.readAloud')), keyBadge(READ_ALOUD_KEY));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);

    this.element.append(this.advice, readoutList, this.stageHeading, this.optionGroup, stepperBox, this.runButton, readAloud);
  }

  /** Shows the controls of the current step and refreshes values, previews and states from the model. */
  update(snapshot: PurifySnapshot, preview: StepRecord, paused: boolean): void {
    const { t, formatNumber, formatUnit } = this.options;
    const stage = snapshot.stage;
    const busy = paused || snapshot.runProgress > 0 || stage === 'finished';
    if (stage !== this.shownStage) this.showStage(stage);
    const s = snapshot.settings;
    // Now -> after this step, so the trade-off of the current choice is visible before running it.
    const now = snapshot.product;
    const next = stage === 'finished' ? now : preview.product;
    const arrow = (a: string, b: string): string => (a === b ? a : t('readouts.change', { now: a, next: b }));
    setText(this.readouts.get('yield'), arrow(formatUnit(yieldPercent(snapshot, now.antibodyGrams), 'percent', 0), formatUnit(yieldPercent(snapshot, next.antibodyGrams), 'percent', 0)));
    const ppm = (value: number): string => (value > 0 ? formatUnit(value, 'ppm', 0) : '–');
    setText(this.readouts.get('hcp'), arrow(ppm(now.hcpPpm), ppm(next.hcpPpm)));
    setText(this.readouts.get('aggregates'), arrow(formatUnit(now.aggregatePct, 'percent', 1), formatUnit(next.aggregatePct, 'percent', 1)));
    setText(this.readouts.get('virus'), arrow(formatUnit(now.virusLrv, 'log', 1), formatUnit(next.virusLrv, 'log', 1)));

    this.optionIds.forEach((id, index) => {
      const button = this.optionButtons[index];
      if (!button) return;
      const chosen = stage === 'clarify' ? s.clarification === id : s.wash === id;
      if (button.getAttribute('aria-pressed') !== String(chosen)) button.setAttribute('aria-pressed', String(chosen));
      setDisabled(button, busy);
    });
    this.stepperTargets.forEach((target, index) => {
      const stepper = this.steppers[index];
      if (!stepper) return;
      let text: string;
      if (target.kind === 'marker') text = t(`controls.marker.${target.marker}`, { fraction: target.marker === 'start' ? s.cutStart : s.cutEnd });
      else {
        const values: Record<SettingId, string> = {
          load: t('controls.value.load', { value: s.loadDensity }),
          elutionPH: t('controls.value.elutionPH', { value: formatNumber(s.elutionPH, 1) }),
          holdPH: t('controls.value.holdPH', { value: formatNumber(s.holdPH, 1) }),
          holdTime: t('controls.value.holdTime', { value: s.holdMinutes }),
          diavolumes: t('controls.value.diavolumes', { value: s.diavolumes }),
        };
        text = values[target.setting];
      }
      setText(stepper.value, text);
      const label = target.kind === 'marker' ? t(`controls.markerName.${target.marker}`) : t(`controls.setting.${target.setting}`);
      stepper.down.setAttribute('aria-label', t('controls.less', { what: label }));
      stepper.up.setAttribute('aria-label', t('controls.more', { what: label }));
      setDisabled(stepper.down, busy);
      setDisabled(stepper.up, busy);
    });
    setDisabled(this.runButton, busy);
  }

  announce(text: string): void {
    setText(this.advice, text);
  }

  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }

  private showStage(stage: StageId): void {
    const { t } = this.options;
    const focusInside = this.element.contains(document.activeElement);
    this.shownStage = stage;
    setText(this.stageHeading, t(`stages.${stage}`));
    this.optionIds = stage === 'clarify' ? CLARIFICATION_IDS : stage === 'wash' ? WASH_IDS : [];
    this.optionGroup.hidden = this.optionIds.length === 0;
    this.optionGroup.setAttribute('aria-label', t(`stages.${stage}`));
    this.optionButtons.forEach((button, index) => {
      const id = this.optionIds[index];
      const label = button.querySelector('.kit-button-label');
      if (label && id) label.textContent = t(`options.${stage}.${id}`);
    });
    this.stepperTargets =
      stage === 'polish'
        ? [
            { kind: 'marker', marker: 'start' },
            { kind: 'marker', marker: 'end' },
          ]
        : STAGE_SETTINGS[stage].map((setting) => ({ kind: 'setting', setting }));
    this.steppers.forEach((stepper, index) => {
      stepper.row.hidden = index >= this.stepperTargets.length;
      const target = this.stepperTargets[index];
      if (target) stepper.row.setAttribute('aria-label', target.kind === 'marker' ? t(`controls.markerName.${target.marker}`) : t(`controls.setting.${target.setting}`));
    });
    this.runButton.hidden = stage === 'finished';
    setText(this.runLabel, t(`controls.run.${stage}`));
    if (focusInside && !this.element.contains(document.activeElement)) this.runButton.focus();
  }

  private step(index: number, direction: 1 | -1): void {
    const target = this.stepperTargets[index];
    if (!target) return;
    if (target.kind === 'marker') this.options.onAction({ type: 'moveMarker', marker: target.marker, direction });
    else this.options.onAction({ type: 'adjust', setting: target.setting, direction });
  }

  /** Runs the shortcut for a key press; returns whether the key was one of this panel's. */
  handleShortcut({ key }: KeyPress): boolean {
    if (this.handleStepperKey(key) || this.handleOptionKey(key)) return true;
    if (key === RUN_KEY) this.options.onAction({ type: 'run' });
    else if (key === READ_ALOUD_KEY) this.options.onReadAloud();
    else return false;
    return true;
  }

  /** Steppers may repeat while their key is held; everything else acts once per press. */
  static repeats({ key }: KeyPress): boolean {
    return [FIRST_KEYS.down, FIRST_KEYS.up, SECOND_KEYS.down, SECOND_KEYS.up].some((stepperKey) => stepperKey === key);
  }

  private handleStepperKey(key: string): boolean {
    const index = key === FIRST_KEYS.down || key === FIRST_KEYS.up ? 0 : key === SECOND_KEYS.down || key === SECOND_KEYS.up ? 1 : -1;
    if (index < 0 || !this.stepperTargets[index]) return false;
    this.step(index, key === FIRST_KEYS.up || key === SECOND_KEYS.up ? 1 : -1);
    return true;
  }

  /** Handles an option shortcut (1-3); returns whether it chose something. */
  private handleOptionKey(key: string): boolean {
    const index = (OPTION_KEYS as readonly string[]).indexOf(key);
    const option = this.optionIds[index];
    if (!option) return false;
    this.options.onAction({ type: 'choose', option });
    return true;
  }
}
