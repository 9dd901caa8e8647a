// Preload for the kiosk window: exposes one narrow, typed API (window.biotechHost) through contextBridge.
// It runs sandboxed, so it imports only 'electron' at run time; channel names are checked against common/ by type.

import { contextBridge, ipcRenderer } from 'electron';
import type { ElectronHostBridge, IpcChannel } from '../common/host/bridge';
import type { DeviceConfig } from '../common/config/deviceConfig';

const invoke = (channel: IpcChannel, ...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(channel, ...args);

const bridge: ElectronHostBridge = {
  appVersion: () => invoke('host:app-version') as ReturnType<ElectronHostBridge['appVersion']>,
  loadDeviceConfig: () => invoke('host:config-load') as ReturnType<ElectronHostBridge['loadDeviceConfig']>,
  saveDeviceConfig: (config: DeviceConfig) =>
    invoke('host:config-save', config) as ReturnType<ElectronHostBridge['saveDeviceConfig']>,
  enrolDevice: (request) => invoke('host:enrol', { collectorUrl: request.collectorUrl, code: request.code }) as ReturnType<ElectronHostBridge['enrolDevice']>,
  readAdminLock: () => invoke('host:admin-lock-read') as ReturnType<ElectronHostBridge['readAdminLock']>,
  recordPinAttempt: (outcome) => invoke('host:admin-lock-record', outcome) as ReturnType<ElectronHostBridge['recordPinAttempt']>,
  reload: () => invoke('host:kiosk-reload') as Promise<void>,
  exit: () => invoke('host:kiosk-exit') as Promise<void>,
  reportKioskState: (state) => void invoke('host:kiosk-state', { ready: state.ready, visitor: state.visitor }).catch(() => undefined),
  readRendererFaults: () => invoke('host:faults-read') as ReturnType<ElectronHostBridge['readRendererFaults']>,
  acknowledgeRendererFaults: (reported) => invoke('host:faults-acknowledge', { crashes: reported.crashes, hangs: reported.hangs }) as Promise<void>,
};

contextBridge.exposeInMainWorld('biotechHost', bridge);
