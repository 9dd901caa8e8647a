// Picks the host the renderer runs in: the Electron bridge when the preload put it there, the web host otherwise.

import { BRIDGE_GLOBAL, type ElectronHostBridge } from '../../common/host/bridge';
import type { HostApi } from '../../common/host/hostApi';
import { createElectronHost } from './electronHost';
import { createWebHost } from './webHost';

export function selectHost(): HostApi {
  const bridge = (window as unknown as Record<string, ElectronHostBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? createElectronHost(bridge) : createWebHost(__APP_VERSION__);
}
