// The accessible layer: real DOM buttons for every action of each round (flag a sensor; label an example normal or
// faulty; run an experiment; finish), a status line, a "read the charts" button and a polite live region fed by the
// describer. 48 px targets, keyboard shortcuts shown on the buttons. Built once; only the buttons of the current
// phase are shown. destroy() removes it and its listeners (one AbortController).

import { SENSORS, type SensorId } from './constants';
import type { Translate } from './describer';
import { TRAINING_VARIANTS, type Phase, type TrainingVariant } from './model';

export const FLAG_KEYS: Readonly<Record<SensorId, string>> = { temperature: 'T', pH: 'P', oxygen: 'O', biomass: 'B' };
export const LABEL_KEYS = { normal: 'N', faulty: 'F' } as const;
export const VARIANT_KEYS: Readonly<Record<TrainingVariant, string>> = { mine: '1', few: '2', flipped: '3', perfect: '4' };
export const FINISH_KEY = 'E';
export const READ_ALOUD_KEY = 'R';

export interface ControlPanelOptions {
  readonly t: Translate;
  readonly onFlag: (sensor: SensorId) => void;
  readonly onLabel: (faulty: boolean) => void;
  readonly onVariant: (variant: TrainingVariant) => void;
  readonly onFinish: () => void;
  readonly onReadAloud: () => void;
}

export interface PanelState {
  readonly phase: Phase;
  readonly canFlag: (sensor: SensorId) => boolean;
  readonly currentVariant: TrainingVariant | null;
  readonly status: string;
  readonly enabled: boolean;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly status: HTMLElement;
  private readonly help: HTMLElement;
  private readonly groups: Record<'monitoring' | 'labelling' | 'experiment', HTMLElement>;
  private readonly flagButtons = new Map<SensorId, HTMLButtonElement>();
  private readonly labelButtons: HTMLButtonElement[] = [];
  private readonly variantButtons = new Map<TrainingVariant, HTMLButtonElement>();
  private readonly finishButton: HTMLButtonElement;
  private readonly abort = new AbortController();
  /** Texts set once from i18n, re-applied by relabel() when the visitor switches language mid-game. */
  private readonly fixedTexts: (() => void)[] = [];

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = node('section', 'dd-panel');
    this.fixed(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.advice = node('p', 'dd-advice');
    this.advice.setAttribute('role', 'status');
    this.advice.setAttribute('aria-live', 'polite');
    this.status = node('p', 'dd-status');
    this.help = node('p', 'dd-help');

    const monitoring = this.group('controls.flagGroup');
    for (const sensor of SENSORS) {
      const flagButton = this.button('dd-button dd-flag', `controls.flag.${sensor}`, FLAG_KEYS[sensor]);
      flagButton.addEventListener('click', () => enabledClick(flagButton, () => options.onFlag(sensor)), { signal });
      monitoring.append(flagButton);
      this.flagButtons.set(sensor, flagButton);
    }
    const labelling = this.group('controls.labelGroup');
    for (const faulty of [false, true]) {
      const labelButton = this.button(`dd-button ${faulty ? 'dd-faulty' : 'dd-normal'}`, faulty ? 'controls.faulty' : 'controls.normal', faulty ? LABEL_KEYS.faulty : LABEL_KEYS.normal);
      labelButton.addEventListener('click', () => enabledClick(labelButton, () => options.onLabel(faulty)), { signal });
      labelling.append(labelButton);
      this.labelButtons.push(labelButton);
    }
    const experiment = this.group('controls.experimentGroup');
    for (const variant of TRAINING_VARIANTS) {
      const variantButton = this.button('dd-button dd-variant', `controls.variant.${variant}`, VARIANT_KEYS[variant]);
      variantButton.addEventListener('click', () => enabledClick(variantButton, () => options.onVariant(variant)), { signal });
      experiment.append(variantButton);
      this.variantButtons.set(variant, variantButton);
    }
    this.finishButton = this.button('dd-button dd-finish', 'controls.finish', FINISH_KEY);
    this.finishButton.addEventListener('click', () => enabledClick(this.finishButton, () => options.onFinish()), { signal });
    experiment.append(this.finishButton);
    this.groups = { monitoring, labelling, experiment };

    const readAloud = this.button('dd-button dd-read', 'controls.readAloud', READ_ALOUD_KEY);
    readAloud.addEventListener('click', () => options.onReadAloud(), { signal });
    this.element.append(this.advice, this.status, this.help, monitoring, labelling, experiment, readAloud);
  }

  update(state: PanelState): void {
    const { t } = this.options;
    const phase = state.phase === 'finished' ? 'experiment' : state.phase;
    for (const [name, element] of Object.entries(this.groups)) element.hidden = name !== phase;
    setText(this.status, state.status);
    setText(this.help, t(`controls.help.${phase}`));
    for (const [sensor, flagButton] of this.flagButtons) setDisabled(flagButton, !state.enabled || !state.canFlag(sensor));
    for (const labelButton of this.labelButtons) setDisabled(labelButton, !state.enabled);
    for (const [variant, variantButton] of this.variantButtons) {
      setDisabled(variantButton, !state.enabled);
      variantButton.setAttribute('aria-pressed', String(variant === state.currentVariant));
    }
    setDisabled(this.finishButton, !state.enabled);
  }

  /** Re-applies every fixed text (after a language switch). */
  relabel(): void {
    for (const apply of this.fixedTexts) apply();
  }

  /** Visible advice line, also announced politely by screen readers. */
  announce(text: string): void {
    setText(this.advice, text);
  }

  destroy(): void {
    this.abort.abort();
    this.element.remove();
  }

  private fixed(apply: () => void): void {
    apply();
    this.fixedTexts.push(apply);
  }

  private group(labelKey: string): HTMLElement {
    const element = node('div', 'dd-group');
    element.setAttribute('role', 'group');
    this.fixed(() => element.setAttribute('aria-label', this.options.t(labelKey)));
    return element;
  }

  /** A button with its text and its visible shortcut (hidden from screen readers, which get aria-keyshortcuts). */
  private button(className: string, labelKey: string, key: string): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    const label = document.createElement('span');
    label.className = 'dd-button-label';
    this.fixed(() => setText(label, this.options.t(labelKey)));
    const badge = document.createElement('kbd');
    badge.className = 'dd-key';
    badge.textContent = key;
    badge.setAttribute('aria-hidden', 'true');
    element.append(label, badge);
    element.setAttribute('aria-keyshortcuts', key);
    return element;
  }
}

function node(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

function enabledClick(element: HTMLButtonElement, action: () => void): void {
  if (element.getAttribute('aria-disabled') !== 'true') action();
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** aria-disabled instead of disabled: a focused button that becomes unavailable keeps keyboard focus. */
function setDisabled(element: HTMLElement, disabled: boolean): void {
  if (element.getAttribute('aria-disabled') !== String(disabled)) element.setAttribute('aria-disabled', String(disabled));
}
