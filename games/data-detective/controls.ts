// The accessible layer: real DOM buttons for every action of each round (flag a sensor; label an example normal or
// faulty; run an experiment; finish), a status line, a "read the charts" button and a polite live region fed by the
// describer. 48 px targets, keyboard shortcuts shown on the buttons. Built once; only the buttons of the current
// phase are shown. destroy() removes it and its listeners (one AbortController).

import { digitOf, type KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element as node, FixedTexts, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import type { Translate } from '../sdk/types';
import { SENSORS, type SensorId } from './constants';
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
  private readonly fixedTexts = new FixedTexts();
  private phase: Phase = 'monitoring';

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    this.element = node('section', 'dd-panel');
    this.fixed(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.advice = adviceLine('dd-advice');
    this.status = node('p', 'dd-status');
    this.help = node('p', 'dd-help');

    const monitoring = this.group('controls.flagGroup');
    for (const sensor of SENSORS) {
      const flagButton = this.button('dd-flag', `controls.flag.${sensor}`, FLAG_KEYS[sensor], () => options.onFlag(sensor));
      monitoring.append(flagButton);
      this.flagButtons.set(sensor, flagButton);
    }
    const labelling = this.group('controls.labelGroup');
    for (const faulty of [false, true]) {
      const labelButton = this.button(faulty ? 'dd-faulty' : 'dd-normal', faulty ? 'controls.faulty' : 'controls.normal', faulty ? LABEL_KEYS.faulty : LABEL_KEYS.normal, () =>
        options.onLabel(faulty),
      );
      labelling.append(labelButton);
      this.labelButtons.push(labelButton);
    }
    const experiment = this.group('controls.experimentGroup');
    for (const variant of TRAINING_VARIANTS) {
      const variantButton = this.button('dd-variant', `controls.variant.${variant}`, VARIANT_KEYS[variant], () => options.onVariant(variant));
      experiment.append(variantButton);
      this.variantButtons.set(variant, variantButton);
    }
    this.finishButton = this.button('dd-finish', 'controls.finish', FINISH_KEY, () => options.onFinish());
    experiment.append(this.finishButton);
    this.groups = { monitoring, labelling, experiment };

    const readAloud = this.button('dd-read', 'controls.readAloud', READ_ALOUD_KEY, () => options.onReadAloud());
    this.element.append(this.advice, this.status, this.help, monitoring, labelling, experiment, readAloud);
  }

  update(state: PanelState): void {
    const { t } = this.options;
    this.phase = state.phase;
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
    this.fixedTexts.apply();
  }

  /** Runs the shortcut for a key press in the round on screen; returns whether the key was one of this panel's. */
  handleShortcut({ key, code }: KeyPress): boolean {
    const { phase, options } = this;
    const sensor = SENSORS.find((s) => FLAG_KEYS[s] === key);
    // Digits by physical key (event.code), so AZERTY keyboards need no Shift.
    const variant = TRAINING_VARIANTS.find((v) => VARIANT_KEYS[v] === String(digitOf(code)));
    if (key === READ_ALOUD_KEY) options.onReadAloud();
    else if (phase === 'monitoring' && sensor) options.onFlag(sensor);
    else if (phase === 'labelling' && (key === LABEL_KEYS.normal || key === LABEL_KEYS.faulty)) options.onLabel(key === LABEL_KEYS.faulty);
    else if (phase === 'experiment' && variant) options.onVariant(variant);
    else if (phase === 'experiment' && key === FINISH_KEY) options.onFinish();
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

  private fixed(apply: () => void): void {
    this.fixedTexts.add(apply);
  }

  private group(labelKey: string): HTMLElement {
    const element = node('div', 'dd-group');
    element.setAttribute('role', 'group');
    this.fixed(() => element.setAttribute('aria-label', this.options.t(labelKey)));
    return element;
  }

  /** A button with its text and its visible shortcut (hidden from screen readers, which get aria-keyshortcuts). */
  private button(className: string, labelKey: string, key: string, onClick: () => void): HTMLButtonElement {
    const element = panelButton(className, this.abort.signal, onClick);
    const label = buttonLabel('');
    this.fixed(() => setText(label, this.options.t(labelKey)));
    element.append(label, keyBadge(key));
    element.setAttribute('aria-keyshortcuts', key);
    return element;
  }
}

