// The shape of the object the Electron preload exposes on window.biotechHost, and the IPC channels behind it.
// Channel names are a type so the preload (which cannot import at run time in a sandbox) is still checked against
// this single list.

import type { DeviceConfig } from '../config/deviceConfig';
import type { AdminLockState, PinOutcome } from '../kiosk/adminLock';
import type { EnrolmentResult } from './enrolment';
import type { DeviceConfigState, KioskPageState, RendererFaultCounts } from './hostApi';

export type IpcChannel =
  | 'host:app-version'
  | 'host:config-load'
  | 'host:config-save'
  | 'host:enrol'
  | 'host:admin-lock-read'
  | 'host:admin-lock-record'
  | 'host:kiosk-reload'
  | 'host:kiosk-exit'
  | 'host:kiosk-state'
  | 'host:faults-read'
  | 'host:faults-acknowledge';

/** What the preload puts on window.biotechHost. */
export interface ElectronHostBridge {
  appVersion(): Promise<string>;
  loadDeviceConfig(): Promise<DeviceConfigState>;
  saveDeviceConfig(config: DeviceConfig): Promise<DeviceConfigState>;
  /** The main process checks the request and calls the collector (the page's CSP does not allow a new one yet). */
  enrolDevice(request: { collectorUrl: string; code: string }): Promise<EnrolmentResult>;
  readAdminLock(): Promise<AdminLockState>;
  recordPinAttempt(outcome: PinOutcome): Promise<AdminLockState>;
  reload(): Promise<void>;
  exit(): Promise<void>;
  /** The page is ready / a visit started or ended (for the kiosk's updates). */
  reportKioskState(state: KioskPageState): void;
  /** Renderer crashes and hangs since the last acknowledged health report (electron/policy/faultTally.ts). */
  readRendererFaults(): Promise<RendererFaultCounts>;
  acknowledgeRendererFaults(reported: RendererFaultCounts): Promise<void>;
}

export const BRIDGE_GLOBAL = 'biotechHost';
