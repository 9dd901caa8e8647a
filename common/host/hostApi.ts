// The one narrow contract between the renderer and whatever hosts it (the Electron kiosk shell or a web server).
// The renderer never touches Electron, Node or the file system: everything host-specific goes through here.

import type { ConfigProblem, DeviceConfig } from '../config/deviceConfig';
import type { AdminLockStore } from '../kiosk/adminLock';
import type { DeviceTokenAtRest } from './deviceTokenAtRest';
import type { DeviceEnrolment, EnrolmentRequest } from './enrolment';

export type HostKind = 'electron' | 'web';

export interface DeviceConfigState {
  readonly config: DeviceConfig;
  /** What was wrong with the stored config (empty when all is well); shown to the admin, never to visitors. */
  readonly problems: readonly ConfigProblem[];
  /**
   * How the device token is kept where the host stores it (common/host/deviceTokenAtRest.ts); staff are warned when it
   * is in plain text. Absent when the host does not say.
   */
  readonly deviceTokenAtRest?: DeviceTokenAtRest;
}

/**
 * What the page tells the kiosk shell, for its updates (electron/policy/updatePolicy.ts): it is ready (booted and
 * drawn: a new version "started"), and whether a visit is going on (an update is never installed during one).
 */
export interface KioskPageState {
  readonly ready: boolean;
  readonly visitor: 'attract' | 'visiting';
}

/** Actions only a locked-down kiosk shell can take. */
export interface KioskControls {
  reload(): Promise<void>;
  exit(): Promise<void>;
  /** Tells the shell the page's state; fire and forget. */
  reportState(state: KioskPageState): void;
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
