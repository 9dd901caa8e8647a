// The games' keyboard shortcuts, listened to on the document (Phaser's own keyboard is off, so it never captures keys
// the hub needs). One guard for all games: no shortcut while the player types in a field, while a modifier is held
// (the browser's and screen readers' own shortcuts) or after another handler took the key; a held key acts once,
// unless the game says that key repeats (steppers). Removed by the returned function.

/** One key press as a game sees it. */
export interface KeyPress {
  /** A letter in upper case (the same shortcut with Caps Lock or Shift), otherwise the key's name ("ArrowUp", "+"). */
  readonly key: string;
  /** The physical key ("Digit1"): digits by position, so AZERTY keyboards need no Shift. */
  readonly code: string;
  readonly shift: boolean;
}

export interface ShortcutOptions {
  /** False while the game takes no input (paused, finished). */
  readonly active: () => boolean;
  /** Runs the shortcut for a press; returns whether the key was one of the game's. */
  readonly handle: (press: KeyPress) => boolean;
  /** Keys that act again while held (e.g. +/- steppers); every other key acts once per press. */
  readonly repeats?: (press: KeyPress) => boolean;
}

export function isTyping(target: EventTarget | null): boolean {
  return typeof HTMLElement !== 'undefined' && target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** "1" to "9" from the digit row or the numeric keypad, by physical key; null for any other key. */
export function digitOf(code: string): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? Number(match[1]) : null;
}

export function listenForShortcuts(target: Pick<Document, 'addEventListener' | 'removeEventListener'>, options: ShortcutOptions): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!options.active() || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
    const press: KeyPress = { key: event.key.length === 1 ? event.key.toUpperCase() : event.key, code: event.code, shift: event.shiftKey };
    if (event.repeat && !options.repeats?.(press)) return;
    if (options.handle(press)) event.preventDefault();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
