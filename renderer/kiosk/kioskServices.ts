// What the kiosk layer (attract loop, idle reset, staff area) may use. It is the staff's control room, so it sees
// more than any visitor screen: the device config and its saving, the host's kiosk controls, the sync status, the
// local statistics and export, and the start and end of visits. Provided by renderer/app/.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { DeviceConfigState, HostApi } from '../../common/host/hostApi';
import type { GameEntry } from '../../games/sdk/types';
import type { AppLocation } from '../navigation/routes';
import type { VisitorSettings } from '../settings/visitorSettings';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';
import type { SyncStatus } from '../sync';
import type { Telemetry } from '../telemetry/telemetry';
import type { VisitorPhase } from './attractLoop';
import type { ContentService } from '../content/contentService';
import type { RemoteSettingsService } from '../settings/remoteSettingsService';

export interface KioskServices {
  readonly host: Pick<HostApi, 'kind' | 'kiosk' | 'adminLock' | 'enrolDevice'>;
  readonly appVersion: string;
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  readonly visitor: Store<VisitorPhase>;
  /** Every game built into this version (staff choose which are offered). */
  readonly games: readonly GameEntry[];
  readonly sync: { readonly status: Store<SyncStatus | null>; nudge(): void };
  readonly telemetry: Pick<Telemetry, 'stats' | 'downloadEvents'>;
  /** The content shown and waiting, the last refusal, "go back" and taking a pack from a file. */
  readonly content: Pick<ContentService, 'status' | 'goBack' | 'takeFromFile'>;
  /** The hub's remote settings on this device, and marking its PIN-change request done. */
  readonly remoteSettings: Pick<RemoteSettingsService, 'status' | 'pinChanged'>;
  navigate(location: AppLocation): void;
  changeSettings(change: Partial<VisitorSettings>): Promise<void>;
  startVisit(): Promise<void>;
  endVisit(reason: 'idle' | 'explicit'): Promise<void>;
  saveDeviceConfig(config: DeviceConfig): Promise<void>;
}

export const kioskServices = createServiceContext<KioskServices>('Kiosk');
export const useKioskServices = kioskServices.useServices;
