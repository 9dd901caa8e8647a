// The accessible layer: one card per patient with their status as text and real DOM buttons for every action (the
// main next step, and the second choice some stages offer), the free suites and QC slots, speed buttons, a "read
// status" button and a polite live region fed by the describer. 48 px targets; keyboard shortcuts shown on the
// buttons. Built once, updated in place; destroy() removes it and its listeners (one AbortController).

import { digitOf, type KeyPress } from '../kit/keyboard';
import { adviceLine, buttonLabel, element as node, FixedTexts, keyBadge, panelButton, setDisabled as setAria, setText } from '../kit/panelDom';
import { SPEEDS, type Speed } from '../kit/runClock';
import type { Translate } from '../sdk/types';
import { patientName, patientStatus, spellCode } from './describer';
import type { ActionId, CellTherapySnapshot } from './model';

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
  private readonly fixedTexts = new FixedTexts();
  private speed: Speed = 1;

  constructor(private readonly options: ControlPanelOptions) {
    const { t } = options;
    const signal = this.abort.signal;
    this.element = node('section', 'ctr-panel');
    this.fixed(() => this.element.setAttribute('aria-label', t('controls.panel')));
    this.advice = adviceLine('ctr-advice');
    this.resources = node('p', 'ctr-resources');
    const list = node('ul', 'ctr-patients');
    this.fixed(() => list.setAttribute('aria-label', t('controls.patients')));
    for (let index = 0; index < options.patients; index++) {
      const root = node('li', 'ctr-card');
      const title = node('h3', 'ctr-card-title');
      const status = node('p', 'ctr-card-status');
      const buttons = node('div', 'ctr-card-buttons');
      const [primary, primaryLabel] = button('ctr-primary', String(index + 1), signal, () => options.onAction(index, 'primary'));
      primary.setAttribute('aria-keyshortcuts', String(index + 1));
      const [secondary, secondaryLabel] = button('ctr-secondary', `⇧${index + 1}`, signal, () => options.onAction(index, 'secondary'));
      secondary.setAttribute('aria-keyshortcuts', `Shift+${index + 1}`);
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
      const speedButton = panelButton('ctr-speed', signal, () => this.chooseSpeed(speed));
      this.fixed(() => setText(speedButton, t('controls.speed', { speed })));
      speedButton.setAttribute('aria-keyshortcuts', SPEED_KEY);
      speedGroup.append(speedButton);
      this.speedButtons.set(speed, speedButton);
    }
    const [readAloud, readAloudLabel] = button('ctr-read', READ_ALOUD_KEY, signal, () => options.onReadAloud());
    this.fixed(() => setText(readAloudLabel, t('controls.readAloud')));
    readAloud.setAttribute('aria-keyshortcuts', READ_ALOUD_KEY);
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
    this.fixedTexts.apply();
  }

  /** Runs the shortcut for a key press; returns whether the key was one of this panel's. */
  handleShortcut(press: KeyPress): boolean {
    const digit = digitOf(press.code);
    if (digit !== null && digit <= this.options.patients) this.options.onAction(digit - 1, press.shift ? 'secondary' : 'primary');
    else if (press.key === SPEED_KEY) this.chooseSpeed(SPEEDS[(SPEEDS.indexOf(this.speed) + 1) % SPEEDS.length] ?? 1);
    else if (press.key === READ_ALOUD_KEY) this.options.onReadAloud();
    else return false;
    return true;
  }

  private chooseSpeed(speed: Speed): void {
    this.options.onSpeed(speed);
    this.setSpeed(speed);
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
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
    this.fixedTexts.add(apply);
  }
}


/** A button with a text label and its visible shortcut (hidden from screen readers, which get aria-keyshortcuts). */
function button(className: string, key: string, signal: AbortSignal, onClick: () => void): [HTMLButtonElement, HTMLSpanElement] {
  const element = panelButton(className, signal, onClick);
  const label = buttonLabel('');
  element.append(label, keyBadge(key));
  return [element, label];
}
