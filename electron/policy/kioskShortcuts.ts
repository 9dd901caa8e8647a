// Keyboard shortcuts a visitor must not use on a kiosk: reload, developer tools, zoom, close, print, new windows.
// Staff leave the kiosk through the admin panel, never through a key combination.

export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code?: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

const BLOCKED_WITH_CTRL = new Set(['r', 'w', 'q', 'n', 't', 'p', 's', 'o', 'u', 'j', 'h', '+', '-', '=', '0', 'f', 'g', 'l']);
const BLOCKED_PLAIN = new Set(['F1', 'F3', 'F5', 'F7', 'F11', 'F12', 'BrowserRefresh', 'BrowserBack', 'BrowserForward', 'BrowserHome']);

export function isBlockedShortcut(input: KeyInput, kioskMode: boolean): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key;
  // Developer tools stay blocked in every mode for visitors; the packaged app has no devtools menu anyway.
  if (key === 'F12' || ((input.control || input.meta) && input.shift && ['i', 'I', 'j', 'J', 'c', 'C'].includes(key))) {
    return true;
  }
  if (!kioskMode) return false;
  if (BLOCKED_PLAIN.has(key)) return true;
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  if ((input.control || input.meta) && BLOCKED_WITH_CTRL.has(key.toLowerCase())) return true;
  return false;
}
