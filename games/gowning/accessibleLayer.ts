// The accessible layer of Gowning Up: a real, focusable DOM button over every canvas target (one per shelf garment,
// the operator's "put on" target, one per body zone, Continue/Next), sized and moved with the layout, plus an
// aria-live region fed by the describer. Pointer input goes to the canvas (the buttons ignore the pointer); keyboard
// and assistive technology use these buttons, so the whole game is playable without a pointer and without dragging.
// Every listener is added on elements this layer owns and removed with them in destroy().

import type { DescriberDeps } from './describer';
import { describeChange, describeStatus, operatorButtonLabel } from './describer';
import { itemNameKey } from './items';
import type { ShelfItemId } from './items';
import type { GowningLayout, Rect } from './layout';
import { BODY_ZONES, zoneNameKey } from './mistakes';
import type { BodyZoneId } from './mistakes';
import { isOnShelf } from './model';
import type { GowningState } from './model';
import type { GowningSession } from './session';

export interface AccessibleLayerOptions {
  readonly session: GowningSession;
  readonly deps: DescriberDeps;
  /** Tells the scene which zone button has focus, so it is outlined on the figure too. */
  onZoneFocus(zone: BodyZoneId | null): void;
}

let instanceCounter = 0;

function place(element: HTMLElement, rect: Rect): void {
  element.style.left = `${rect.x}px`;
  element.style.top = `${rect.y}px`;
  element.style.width = `${rect.width}px`;
  element.style.height = `${rect.height}px`;
}

function makeButton(className: string): { button: HTMLButtonElement; label: HTMLSpanElement } {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `gowning-target ${className}`;
  const label = document.createElement('span');
  label.className = 'gowning-visually-hidden';
  button.append(label);
  return { button, label };
}

export class AccessibleLayer {
  readonly element: HTMLDivElement;
  private readonly options: AccessibleLayerOptions;
  private readonly live: HTMLDivElement;
  private readonly help: HTMLParagraphElement;
  private readonly statusButton: HTMLButtonElement;
  private readonly operator: { button: HTMLButtonElement; label: HTMLSpanElement };
  private readonly action: { button: HTMLButtonElement; label: HTMLSpanElement };
  private readonly shelfGroup: HTMLDivElement;
  private readonly zoneGroup: HTMLDivElement;
  private readonly shelfButtons: { item: ShelfItemId; button: HTMLButtonElement; label: HTMLSpanElement }[];
  private readonly zoneButtons: { zone: BodyZoneId; button: HTMLButtonElement; label: HTMLSpanElement }[];
  private lastAnnouncement = '';
  private readonly unsubscribe: () => void;

  constructor(options: AccessibleLayerOptions) {
    this.options = options;
    const id = `gowning-${++instanceCounter}`;
    const { session } = options;
    this.element = document.createElement('div');
    this.element.className = 'gowning-a11y';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-describedby', `${id}-help`);

    this.help = document.createElement('p');
    this.help.id = `${id}-help`;
    this.help.className = 'gowning-visually-hidden';

    this.statusButton = document.createElement('button');
    this.statusButton.type = 'button';
    this.statusButton.className = 'gowning-status';
    this.statusButton.addEventListener('click', () => this.announce(describeStatus(session.state, options.deps)));

    this.operator = makeButton('gowning-target--operator');
    this.operator.button.addEventListener('click', () => this.placePicked());

    this.shelfGroup = document.createElement('div');
    this.shelfGroup.setAttribute('role', 'group');
    this.shelfButtons = session.state.shelf.map((item) => {
      const { button, label } = makeButton('gowning-target--slot');
      button.addEventListener('click', () => this.pick(item));
      this.shelfGroup.append(button);
      return { item, button, label };
    });

    this.zoneGroup = document.createElement('div');
    this.zoneGroup.setAttribute('role', 'group');
    this.zoneButtons = BODY_ZONES.map((zone) => {
      const { button, label } = makeButton('gowning-target--zone');
      button.addEventListener('click', () => session.dispatch({ type: 'tapZone', zone }));
      button.addEventListener('focus', () => options.onZoneFocus(zone));
      button.addEventListener('blur', () => options.onZoneFocus(null));
      this.zoneGroup.append(button);
      return { zone, button, label };
    });

    this.action = makeButton('gowning-target--action');
    this.action.button.addEventListener('click', () => session.dispatch({ type: 'continue' }));

    this.live = document.createElement('div');
    this.live.className = 'gowning-visually-hidden';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');

    this.element.append(this.help, this.statusButton, this.operator.button, this.shelfGroup, this.zoneGroup, this.action.button, this.live);
    this.element.addEventListener('keydown', this.onKeyDown);
    this.unsubscribe = session.subscribe((next, previous) => this.onModelChange(next, previous));
    this.refresh(session.state);
    this.announce(describeStatus(session.state, options.deps));
  }

  applyLayout(layout: GowningLayout): void {
    place(this.operator.button, layout.operatorArea);
    place(this.action.button, layout.action);
    this.shelfButtons.forEach(({ button }, index) => {
      const slot = layout.shelfSlots[index];
      if (slot) place(button, slot);
    });
    this.zoneButtons.forEach(({ button }, index) => {
      const rect = layout.zoneButtons[index];
      if (rect) place(button, rect);
    });
  }

  /** Re-reads every label (after a language switch). */
  relabel(): void {
    this.refresh(this.options.session.state);
  }

  destroy(): void {
    this.unsubscribe();
    this.element.removeEventListener('keydown', this.onKeyDown);
    this.element.remove();
  }

  private pick(item: ShelfItemId): void {
    const { session } = this.options;
    session.dispatch({ type: 'pick', item });
    // Tap-to-pick by keyboard: the next thing to do is put it on, so go straight to the operator.
    if (session.state.picked === item) this.operator.button.focus();
  }

  private placePicked(): void {
    const { session, deps } = this.options;
    const picked = session.state.picked;
    if (picked === null) {
      this.announce(deps.t('controls.operatorEmpty'));
      return;
    }
    const slotIndex = session.state.shelf.indexOf(picked);
    session.dispatch({ type: 'placePicked' });
    if (session.state.phase === 'dressing') this.focusShelfFrom(slotIndex);
  }

  private focusShelfFrom(slotIndex: number): void {
    const count = this.shelfButtons.length;
    for (let offset = 0; offset < count; offset++) {
      const entry = this.shelfButtons[(slotIndex + offset) % count];
      if (entry && !entry.button.hidden) {
        entry.button.focus();
        return;
      }
    }
  }

  private onModelChange(next: GowningState, previous: GowningState): void {
    this.refresh(next);
    const sentence = describeChange(previous, next, this.options.deps);
    if (sentence) this.announce(sentence);
    if (next.phase !== previous.phase) this.moveFocusForPhase(next);
  }

  /** When a round changes, a keyboard player's focus follows to the controls of the new phase. */
  private moveFocusForPhase(state: GowningState): void {
    const active = document.activeElement;
    const focusInside = active instanceof HTMLElement && this.element.contains(active);
    if (!focusInside && active !== document.body && active !== null) return;
    if (state.phase === 'dressed' || state.phase === 'spotFeedback') this.action.button.focus();
    else if (state.phase === 'spotting') this.zoneButtons.find(({ button }) => !button.hidden)?.button.focus();
  }

  private refresh(state: GowningState): void {
    const { t } = this.options.deps;
    const dressing = state.phase === 'dressing';
    const spotting = state.phase === 'spotting' || state.phase === 'spotFeedback';
    this.element.setAttribute('aria-label', t('controls.groupLabel'));
    this.help.textContent = t('controls.keyboardHelp');
    this.statusButton.textContent = t('controls.status');
    this.shelfGroup.setAttribute('aria-label', t('controls.shelfLabel'));
    this.zoneGroup.setAttribute('aria-label', t('controls.zonesLabel'));

    this.operator.button.hidden = !dressing;
    this.operator.label.textContent = operatorButtonLabel(state.picked, this.options.deps);
    this.operator.button.setAttribute('aria-disabled', String(state.picked === null));
    for (const { item, button, label } of this.shelfButtons) {
      button.hidden = !dressing || !isOnShelf(state, item);
      button.setAttribute('aria-pressed', String(state.picked === item));
      label.textContent = t(itemNameKey(item));
    }
    for (const { zone, button, label } of this.zoneButtons) {
      button.hidden = !spotting;
      const tried = state.wrongZones.includes(zone);
      button.setAttribute('aria-disabled', String(state.phase !== 'spotting' || tried));
      label.textContent = t(zoneNameKey(zone));
    }
    const actionVisible = state.phase === 'dressed' || state.phase === 'spotFeedback';
    this.action.button.hidden = !actionVisible;
    const last = state.phase === 'spotFeedback' && state.pictureIndex + 1 >= state.pictures.length;
    this.action.label.textContent = t(state.phase === 'dressed' ? 'controls.continue' : last ? 'controls.seeResults' : 'controls.next');
    this.rescueFocus(state);
  }

  /** A button that just disappeared (a garment put on) must not leave keyboard focus on nothing. */
  private rescueFocus(state: GowningState): void {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !this.element.contains(active) || !active.hidden) return;
    if (state.phase === 'dressing') this.focusShelfFrom(0);
    else this.moveFocusForPhase(state);
  }

  private announce(sentence: string): void {
    // Identical consecutive texts are not re-read by screen readers; a no-break space makes each one new.
    const text = sentence === this.lastAnnouncement ? `${sentence}\u00a0` : sentence;
    this.lastAnnouncement = text;
    this.live.textContent = text;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { session, deps } = this.options;
    if (event.key === 'Escape' && session.state.picked !== null) {
      const picked = session.state.picked;
      session.dispatch({ type: 'unpick' });
      this.shelfButtons.find((entry) => entry.item === picked)?.button.focus();
      event.preventDefault();
      return;
    }
    if (event.key === 's' || event.key === 'S') {
      this.announce(describeStatus(session.state, deps));
      event.preventDefault();
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction || !(event.target instanceof HTMLButtonElement)) return;
    const group = [...this.shelfButtons, ...this.zoneButtons].map((entry) => entry.button).filter((button) => !button.hidden);
    if (!group.includes(event.target)) return;
    const next = nearestInDirection(event.target, group, direction);
    if (next) {
      next.focus();
      event.preventDefault();
    }
  };
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Grid navigation from the buttons' positions: the closest button lying in the arrow's direction. */
function nearestInDirection(from: HTMLElement, candidates: readonly HTMLElement[], [dx, dy]: readonly [number, number]): HTMLElement | null {
  const centre = (element: HTMLElement) => ({
    x: element.offsetLeft + element.offsetWidth / 2,
    y: element.offsetTop + element.offsetHeight / 2,
  });
  const origin = centre(from);
  let best: { element: HTMLElement; cost: number } | null = null;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const point = centre(candidate);
    const along = (point.x - origin.x) * dx + (point.y - origin.y) * dy;
    if (along <= 1) continue;
    const across = Math.abs((point.x - origin.x) * dy) + Math.abs((point.y - origin.y) * dx);
    const cost = along + across * 2;
    if (!best || cost < best.cost) best = { element: candidate, cost };
  }
  return best?.element ?? null;
}
