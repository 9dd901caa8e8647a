// Whether the device waits for visitors behind an attract loop, and the visitor phase that loop switches: the kiosk
// layer shows the loop, the app starts and ends visits around it.

import type { DeviceConfig } from '../../common/config/deviceConfig';

/** 'attract': the kiosk waits for the next visitor; 'visiting': someone is using the app. */
export type VisitorPhase = 'attract' | 'visiting';

/** Kiosks and fair stands wait for visitors behind the attract loop; a classroom is always "visiting". */
export function usesAttractLoop(config: DeviceConfig): boolean {
  return config.mode !== 'classroom';
}
