// HostApi backed by the Electron preload bridge (window.biotechHost). Used only when the bridge exists.

import type { ElectronHostBridge } from '../../common/host/bridge';
import type { HostApi } from '../../common/host/hostApi';

export function createElectronHost(bridge: ElectronHostBridge): HostApi {
  return {
    kind: 'electron',
    appVersion: () => bridge.appVersion(),
    loadDeviceConfig: () => bridge.loadDeviceConfig(),
    saveDeviceConfig: (config) => bridge.saveDeviceConfig(config),
    adminLock: { read: () => bridge.readAdminLock(), record: (outcome) => bridge.recordPinAttempt(outcome) },
    enrolDevice: async (request) => {
      const result = await bridge.enrolDevice(request);
      const { unwrapEnrolmentResult } = await import('../../common/host/enrolment');
      return unwrapEnrolmentResult(result);
    },
    kiosk: { reload: () => bridge.reload(), exit: () => bridge.exit(), reportState: (state) => bridge.reportKioskState(state) },
    rendererFaults: { read: () => bridge.readRendererFaults(), acknowledge: (reported) => bridge.acknowledgeRendererFaults(reported) },
  };
}
