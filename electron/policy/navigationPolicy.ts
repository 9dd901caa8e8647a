// Which navigations, new windows and permission requests the kiosk window allows: none that leave the bundle.

import { APP_HOST, APP_SCHEME } from './appProtocol';

/** In-app navigation stays on app://bundle; anything else (http, file, javascript:, data:) is refused. */
export function isAllowedNavigation(targetUrl: string): boolean {
  try {
    // Compare scheme and host: URL.origin is "null" for schemes Node does not know as special.
    const url = new URL(targetUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** window.open and target=_blank never open anything: a kiosk has no second window and no external browser. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Every permission (camera, microphone, geolocation, notifications, clipboard, HID, serial, fullscreen API...) is
 * refused: the app needs none of them, and a visitor must never be asked.
 */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** IPC is accepted only from the top frame of our own bundle. */
export function isTrustedIpcSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!frameUrl || !isMainFrame) return false;
  return isAllowedNavigation(frameUrl);
}
