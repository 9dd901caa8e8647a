// How the device token is kept on this device, and whether staff must be warned about it. The Electron kiosk seals the
// token with the operating system's key store where there is one; where there is none (Linux without a secret
// service) it stays in plain text in config.json, and the web host always keeps it in plain text in the browser's
// storage. Staff see a warning in the staff area in both plain cases (renderer/kiosk/DeviceTokenWarning.tsx), so a
// hall kiosk without a key store is noticed on its screen, not only in a log nobody reads.

import type { HostKind } from './hostApi';

/** No token yet, a token encrypted with the system's key store, or a token in plain text. */
export const DEVICE_TOKEN_AT_REST = ['none', 'sealed', 'plain'] as const;
export type DeviceTokenAtRest = (typeof DEVICE_TOKEN_AT_REST)[number];

/** Which warning staff see: the kiosk's config file without a key store, or the browser's storage. */
export type DeviceTokenWarning = 'kiosk-plain' | 'browser-plain';

/** The warning to show for a token kept this way on this host, or null (no token, or a sealed one, or not known). */
export function deviceTokenWarning(host: HostKind, atRest: DeviceTokenAtRest | undefined): DeviceTokenWarning | null {
  if (atRest !== 'plain') return null;
  return host === 'electron' ? 'kiosk-plain' : 'browser-plain';
}
