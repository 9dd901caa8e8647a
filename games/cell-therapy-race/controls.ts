// The accessible layer: one card per patient with their status as text and real DOM buttons for every action (the
// main next step, and the second choice some stages offer), the free suites and QC slots, speed buttons, a "read
// status" button and a polite live region fed by the describer. 48 px targets; keyboard shortcuts shown on the
// buttons. Built once, updated in place; destroy() removes it and its listeners (one AbortController).

import { patientName, patientStatus, spellCode, type Translate } from './describer';
import type { ActionId, CellTherapySnapshot } from './model';
import { SPEEDS, type Speed } from './runClock';

export interface ControlPanelOptions {
  readonly t: Translate;
  readonly patients: number;
  readonly onAction: (patient: number, which: 'primary' | 'secondary') => void;
  readonly onSpeed: (speed: Speed) => void;
  readonly onReadAloud: () => void;
}

export interface PanelState {
  readonly snapshot: CellTherapySnapshot;
  readonly primary: readonly (ActionId | null)[];
  readonly secondary: readonly (ActionId | null)[];
  readonly enabled: (patient: number, action: ActionId) => boolean;
  readonly needsPlayer: (patient: number) => boolean;
}

export const SPEED_KEY = 'S';
export const READ_ALOUD_KEY = 'R';

interface PatientCard {
  readonly root: HTMLElement;
  readonly title: HTMLElement;
  readonly status: HTMLElement;
  readonly primary: HTMLButtonElement;
  readonly primaryLabel: HTMLSpanElement;
  readonly secondary: HTMLButtonElement;
  readonly secondaryLabel: HTMLSpanElement;
}

export class ControlPanel {
  readonly element: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly resources: HTMLElement;
  private readonly cards: PatientCard[] = [];
  private readonly speedButtons = new Map<Speed, HTMLButtonElement>();
  private readonly abort = new AbortController();
  /** Texts set once from i18n, re-applied by relabel() when the visitor switches language mid-game. */
  private readonly fixedTexts: (() => void)[] = [];

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = node('section', 'ctr-panel');
    this.fixed(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.advice = node('p', 'ctr-advice');
    this.advice.setAttribute('role', 'status');
    this.advice.setAttribute('aria-live', 'polite');
    this.resources = node('p', 'ctr-resources');
    const list = node('ul', 'ctr-patients');
    this.fixed(() => list.setAttribute('aria-label', t('controls.patients')));
    for (let index = 0; index < options.patients; index++) {
      const root = node('li', 'ctr-card');
      const title = node('h3', 'ctr-card-title');
      const status = node('p', 'ctr-card-status');
      const buttons = node('div', 'ctr-card-buttons');
      const [primary, primaryLabel] = button('ctr-button ctr-primary', String(index + 1));
      primary.setAttribute('aria-keyshortcuts', String(index + 1));
      primary.addEventListener('click', () => this.click(primary, index, 'primary'), { signal });
      const [secondary, secondaryLabel] = button('ctr-button ctr-secondary', `⇧${index + 1}`);
      secondary.setAttribute('aria-keyshortcuts', `Shift+${index + 1}`);
      secondary.addEventListener('click', () => this.click(secondary, index, 'secondary'), { signal });
      buttons.append(primary, secondary);
      root.append(title, status, buttons);
      list.append(root);
      this.cards.push({ root, title, status, primary, primaryLabel, secondary, secondaryLabel });
    }
    const tools = node('div', 'ctr-tools');
    const speedGroup = node('div', 'ctr-speeds');
    speedGroup.setAttribute('role', 'group');
    this.fixed(() => speedGroup.setAttribute('aria-label', t('controls.speedGroup')));
    for (const speed of SPEEDS) {
      const speedButton = node('button', 'ctr-button ctr-speed') as HTMLButtonElement;
      speedButton.type = 'button';
      this.fixed(() => setText(speedButton, t('controls.speed', { speed })));
      speedButton.setAttribute('aria-keyshortcuts', SPEED_KEY);
      speedButton.addEventListener('click', () => options.onSpeed(speed), { signal });
      speedGroup.append(speedButton);
      this.speedButtons.set(speed, speedButton);
    }
    const [readAloud, readAloudLabel] = button('ctr-button ctr-read', READ_ALOUD_KEY);
    this.fixed(() => setText(readAloudLabel, t('controls.readAloud')));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);
    readAloud.addEventListener('click', () => options.onReadAloud(), { signal });
    tools.append(speedGroup, readAloud);
    this.element.append(this.advice, this.resources, list, tools);
    this.setSpeed(1);
  }

  update(state: PanelState): void {
    const { t } = this.options;
    const { snapshot } = state;
    const freeSuites = snapshot.suites.filter((suite) => suite === null).length;
    const freeQc = snapshot.qcSlots.filter((slot) => slot === null).length;
    setText(this.resources, t('controls.resources', { suites: freeSuites, suitesTotal: snapshot.suites.length, qc: freeQc, qcTotal: snapshot.qcSlots.length }));
    snapshot.patients.forEach((patient, index) => {
      const card = this.cards[index];
      if (!card) return;
      setText(card.title, `${patientName(patient, t)} · ${patient.code}`);
      card.title.setAttribute('aria-label', `${patientName(patient, t)}, ${spellCode(patient.code)}`);
      const atReception = patient.stage === 'reception';
      const label = atReception ? ` ${t('controls.bagLabel', { label: patient.bagLabel })}` : '';
      setText(card.status, `${patientStatus(patient, snapshot, t)}${label}`);
      card.root.classList.toggle('needs-player', state.needsPlayer(index));
      const primary = state.primary[index] ?? null;
      card.primary.hidden = primary === null;
      if (primary) {
        setText(card.primaryLabel, t(`actions.${primary}`));
        setAria(card.primary, !state.enabled(index, primary) && primary !== 'acceptBag');
      }
      const secondary = state.secondary[index] ?? null;
      card.secondary.hidden = secondary === null;
      if (secondary) {
        setText(card.secondaryLabel, t(`actions.${secondary}`));
        setAria(card.secondary, !state.enabled(index, secondary));
      }
    });
  }

  /** Re-applies every fixed text (after a language switch). */
  relabel(): void {
    for (const apply of this.fixedTexts) apply();
  }

  setSpeed(speed: Speed): void {
    for (const [value, speedButton] of this.speedButtons) speedButton.setAttribute('aria-pressed', String(value === speed));
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

  private click(target: HTMLButtonElement, patient: number, which: 'primary' | 'secondary'): void {
    if (target.getAttribute('aria-disabled') !== 'true') this.options.onAction(patient, which);
  }
}

function node(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

/** A button with a text label and its visible shortcut (hidden from screen readers, which get aria-keyshortcuts). */
function button(className: string, key: string): [HTMLButtonElement, HTMLSpanElement] {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  const label = document.createElement('span');
  label.className = 'ctr-button-label';
  const badge = document.createElement('kbd');
  badge.className = 'ctr-key';
  badge.textContent = key;
  badge.setAttribute('aria-hidden', 'true');
  element.append(label, badge);
  return [element, label];
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** aria-disabled instead of disabled: a focused button that becomes unavailable keeps keyboard focus. */
function setAria(element: HTMLElement, disabled: boolean): void {
  if (element.getAttribute('aria-disabled') !== String(disabled)) element.setAttribute('aria-disabled', String(disabled));
}
