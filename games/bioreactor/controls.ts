// The accessible layer: real DOM buttons for every action (visible text from i18n, 48 px targets, keyboard
// shortcuts), live readouts as text, and a polite live region with the describer's advice. Plain DOM, built once
// and updated in place; destroy() removes it and its listeners.

import type { KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element, keyBadge, panelButton, setDisabled, setText } from '../kit/panelDom';
import { SPEEDS, type Speed } from '../kit/runClock';
import type { FormatNumber, Translate } from '../sdk/types';
import { RUN_DAYS, TEMPERATURE_STANDARD } from './constants';
import { cultureDay, viability, type BioreactorSnapshot, type ControlId } from './model';

export interface ControlPanelOptions {
  readonly t: Translate;
  readonly formatNumber: FormatNumber;
  readonly offeredControls: readonly ControlId[];
  readonly automaticNote: boolean;
  readonly onControl: (control: ControlId) => void;
  readonly onSpeed: (speed: Speed) => void;
  readonly onReadAloud: () => void;
}

/** Keyboard shortcut per control; the same letters in every language, shown on each button. */
export const CONTROL_KEYS: Readonly<Record<ControlId, string>> = {
  feed: 'F',
  temperature: 'T',
  addBase: 'B',
  spargeCO2: 'C',
  moreOxygen: '+',
  lessOxygen: '−',
  antifoam: 'A',
  sample: 'S',
  harvest: 'H',
};
export const SPEED_KEYS: Readonly<Record<Speed, string>> = { 1: '1', 2: '2', 4: '3' };
export const READ_ALOUD_KEY = 'R';

const CONTROL_LABEL_KEYS: Readonly<Record<ControlId, string>> = {
  feed: 'controls.feed',
  temperature: 'controls.coolDown',
  addBase: 'controls.addBase',
  spargeCO2: 'controls.spargeCO2',
  moreOxygen: 'controls.moreOxygen',
  lessOxygen: 'controls.lessOxygen',
  antifoam: 'controls.antifoam',
  sample: 'controls.sample',
  harvest: 'controls.harvest',
};

type ReadoutId = 'day' | 'viableCellDensity' | 'viability' | 'glucose' | 'lactate' | 'titre' | 'pH' | 'dissolvedOxygen' | 'temperature';
const READOUT_IDS: readonly ReadoutId[] = ['day', 'viableCellDensity', 'viability', 'glucose', 'lactate', 'titre', 'pH', 'dissolvedOxygen', 'temperature'];

interface ControlButton {
  readonly element: HTMLButtonElement;
  readonly label: HTMLSpanElement;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly stirring: HTMLElement | null;
  private readonly buttons = new Map<ControlId, ControlButton>();
  private readonly speedButtons = new Map<Speed, HTMLButtonElement>();
  private readonly readouts = new Map<ReadoutId, HTMLElement>();
  private readonly abort = new AbortController();

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = element('section', 'bioreactor-panel');
    this.element.setAttribute('aria-label', t('controls.panel'));

    this.advice = adviceLine('bioreactor-advice');
    this.element.append(this.advice);

    const readoutList = element('dl', 'kit-readouts bioreactor-readouts');
    readoutList.setAttribute('aria-label', t('readouts.heading'));
    for (const id of READOUT_IDS) {
      const row = element('div', 'kit-readout bioreactor-readout');
      const term = element('dt', '');
      term.textContent = t(`readouts.${id}`);
      const value = element('dd', '');
      row.append(term, value);
      readoutList.append(row);
      this.readouts.set(id, value);
    }
    this.element.append(readoutList);

    if (options.automaticNote) {
      const note = element('p', 'bioreactor-note');
      note.textContent = t('controls.automatic');
      this.element.append(note);
    }

    const buttonGrid = element('div', 'bioreactor-buttons');
    for (const control of options.offeredControls) {
      const button = this.makeButton(control, signal);
      buttonGrid.append(button.element);
      this.buttons.set(control, button);
    }
    this.element.append(buttonGrid);
    this.stirring = options.offeredControls.includes('moreOxygen') ? element('p', 'bioreactor-note') : null;
    if (this.stirring) buttonGrid.after(this.stirring);

    const tools = element('div', 'bioreactor-tools');
    const speedGroup = element('div', 'bioreactor-speeds');
    speedGroup.setAttribute('role', 'group');
    speedGroup.setAttribute('aria-label', t('controls.speedGroup'));
    const speedLabel = element('span', 'bioreactor-speeds-label');
    speedLabel.textContent = t('controls.speedGroup');
    speedLabel.setAttribute('aria-hidden', 'true');
    speedGroup.append(speedLabel);
    for (const speed of SPEEDS) {
      const button = panelButton('bioreactor-speed', signal, () => this.chooseSpeed(speed));
      button.textContent = t('controls.speed', { speed });
      button.setAttribute('aria-keyshortcuts', SPEED_KEYS[speed]);
      speedGroup.append(button);
      this.speedButtons.set(speed, button);
    }
    const readAloud = panelButton('bioreactor-secondary', signal, () => options.onReadAloud());
    readAloud.append(buttonLabel(t('controls.readAloud')), keyBadge(READ_ALOUD_KEY));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);
    tools.append(speedGroup, readAloud);
    this.element.append(tools);
    this.setSpeed(1);
  }

  /** Refreshes readouts and button states from the model (cheap: touches only what changed). */
  update(snapshot: BioreactorSnapshot, isAvailable: (control: ControlId) => boolean, harvestArmed: boolean): void {
    const { t, formatNumber } = this.options;
    const { culture } = snapshot;
    const values: Record<ReadoutId, string> = {
      day: t('readouts.dayValue', { day: Math.min(RUN_DAYS, cultureDay(culture)), total: RUN_DAYS }),
      viableCellDensity: formatNumber(culture.viableCellDensity / 1e6, 1),
      viability: formatNumber(viability(culture) * 100, 0),
      glucose: formatNumber(culture.glucose, 1),
      lactate: formatNumber(culture.lactate, 1),
      titre: formatNumber(culture.titre, 2),
      pH: formatNumber(culture.pH, 2),
      dissolvedOxygen: formatNumber(culture.dissolvedOxygen, 0),
      temperature: formatNumber(culture.temperature, 1),
    };
    for (const [id, node] of this.readouts) setText(node, values[id]);
    for (const [control, button] of this.buttons) {
      const available = isAvailable(control);
      setDisabled(button.element, !available);
      if (control === 'temperature') setText(button.label, t(snapshot.temperatureSetpoint < TEMPERATURE_STANDARD ? 'controls.warmUp' : 'controls.coolDown'));
      if (control === 'harvest') {
        setText(button.label, t(harvestArmed ? 'controls.harvestConfirm' : 'controls.harvest'));
        button.element.classList.toggle('is-armed', harvestArmed);
      }
      if (control === 'antifoam' || control === 'sample') button.element.classList.toggle('is-urgent', available);
    }
    if (this.stirring) setText(this.stirring, t('controls.stirring', { level: snapshot.oxygenLevel }));
  }

  private chooseSpeed(speed: Speed): void {
    this.options.onSpeed(speed);
    this.setSpeed(speed);
  }

  setSpeed(speed: Speed): void {
    for (const [value, button] of this.speedButtons) button.setAttribute('aria-pressed', String(value === speed));
  }

  /** Runs the shortcut for a key press; returns whether the key was one of this panel's. */
  handleShortcut({ key }: KeyPress): boolean {
    const speed = SPEEDS.find((candidate) => SPEED_KEYS[candidate] === key);
    const control = controlForKey(key);
    if (speed) this.chooseSpeed(speed);
    else if (key === READ_ALOUD_KEY) this.options.onReadAloud();
    else if (control && this.options.offeredControls.includes(control)) this.options.onControl(control);
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

  private makeButton(control: ControlId, signal: AbortSignal): ControlButton {
    const button = panelButton(`bioreactor-control-${control}`, signal, () => this.options.onControl(control));
    const label = buttonLabel(this.options.t(CONTROL_LABEL_KEYS[control]));
    button.append(label, keyBadge(CONTROL_KEYS[control]));
    button.setAttribute('aria-keyshortcuts', control === 'lessOxygen' ? '-' : CONTROL_KEYS[control]);
    return { element: button, label };
  }
}


function controlForKey(key: string): ControlId | null {
  if (key === '+' || key === '=' || key === 'Add') return 'moreOxygen';
  if (key === '-' || key === '_' || key === 'Subtract') return 'lessOxygen';
  const entry = (Object.entries(CONTROL_KEYS) as [ControlId, string][]).find(([, letter]) => letter === key);
  return entry ? entry[0] : null;
}
