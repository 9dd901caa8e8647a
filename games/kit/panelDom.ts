// The building blocks of a game's accessible control panel (stage.css styles them): real buttons with their shortcut
// letter, a polite advice line, texts a language switch applies again. Buttons are never `disabled`: aria-disabled
// keeps a focused button focusable when it becomes unavailable, so a keyboard player does not lose their place.

export function element(tag: string, className: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

export function setText(node: HTMLElement | undefined, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

export function setDisabled(node: HTMLElement, disabled: boolean): void {
  if (node.getAttribute('aria-disabled') !== String(disabled)) node.setAttribute('aria-disabled', String(disabled));
}

export function isDisabled(node: HTMLElement): boolean {
  return node.getAttribute('aria-disabled') === 'true';
}

/** The text part of a button. */
export function buttonLabel(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'kit-button-label';
  span.textContent = text;
  return span;
}

/** The shortcut, visible on the button; hidden from screen readers, which get aria-keyshortcuts instead. */
export function keyBadge(key: string): HTMLElement {
  const badge = document.createElement('kbd');
  badge.className = 'kit-key';
  badge.textContent = key;
  badge.setAttribute('aria-hidden', 'true');
  return badge;
}

/** A panel button (class "kit-button" plus the game's own classes) that acts only while it is not aria-disabled. */
export function panelButton(className: string, signal: AbortSignal, onClick: () => void): HTMLButtonElement {
  const button = element('button', `kit-button ${className}`) as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener(
    'click',
    () => {
      if (!isDisabled(button)) onClick();
    },
    { signal },
  );
  return button;
}

/** The advice line: visible text that screen readers also hear, politely, whenever it changes. */
export function adviceLine(className: string): HTMLElement {
  const advice = element('p', `kit-advice ${className}`);
  advice.setAttribute('role', 'status');
  advice.setAttribute('aria-live', 'polite');
  return advice;
}

/** Texts set once from the translations; apply() them again when the visitor switches language mid-run. */
export class FixedTexts {
  private readonly setters: (() => void)[] = [];

  add(apply: () => void): void {
    apply();
    this.setters.push(apply);
  }

  apply(): void {
    for (const apply of this.setters) apply();
  }
}
