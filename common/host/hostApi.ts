// The one narrow contract between the renderer and whatever hosts it (the Electron kiosk shell or a web server).
// The renderer never touches Electron, Node or the file system: everything host-specific goes through here.

import type { ConfigProblem, DeviceConfig } from '../config/deviceConfig';
import type { AdminLockStore } from '../kiosk/adminLock';
import type { DeviceEnrolment, EnrolmentRequest } from './enrolment';

export type HostKind = 'electron' | 'web';

export interface DeviceConfigState {
  readonly config: DeviceConfig;
  /** What was wrong with the stored config (empty when all is well); shown to the admin, never to visitors. */
  readonly problems: readonly ConfigProblem[];
}

/** Actions only a locked-down kiosk shell can take. */
export interface KioskControls {
  reload(): Promise<void>;
  exit(): Promise<void>;
}

/** Renderer crashes and hangs the host saw (a browser tab cannot see its own). */
export interface RendererFaultCounts {
  readonly crashes: number;
  readonly hangs: number;
}

/** The host's count of renderer faults since the last health report the collector kept. */
export interface RendererFaultCounter {
  read(): Promise<RendererFaultCounts>;
  /** These counts were reported: count on from what came after them. */
  acknowledge(reported: RendererFaultCounts): Promise<void>;
}

export interface HostApi {
  readonly kind: HostKind;
  appVersion(): Promise<string>;
  loadDeviceConfig(): Promise<DeviceConfigState>;
  /** Validates and stores the config; rejects with a message when the config is invalid or cannot be written. */
  saveDeviceConfig(config: DeviceConfig): Promise<DeviceConfigState>;
  /**
   * Exchanges a staff enrolment code for this device's token at the collector (common/host/enrolment.ts); rejects
   * with an EnrolmentError. The Electron kiosk does it in the main process, the web host from the page.
   */
  enrolDevice(request: EnrolmentRequest): Promise<DeviceEnrolment>;
  /** The admin PIN lockout (common/kiosk/adminLock.ts), kept where the host can best keep it from visitors. */
  readonly adminLock: AdminLockStore;
  /** Null where the host cannot restart or leave the app (a browser tab). */
  readonly kiosk: KioskControls | null;
  /** Null where the host cannot see the renderer crash or hang (a browser tab). */
  readonly rendererFaults: RendererFaultCounter | null;
}
