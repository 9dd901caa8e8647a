// The app's services, created once at start: the host, the device config, visitor settings, navigation, the
// engagement log and the games. Only renderer/app/ sees them whole; each feature gets its own narrow interface
// (renderer/app/FeatureServices.tsx). Screens never reach for globals.

import { createContext, useContext } from 'react';
import type { i18n as I18n } from 'i18next';
import type { DeviceConfigState, HostApi } from '../../common/host/hostApi';
import type { GameEntry } from '../../games/sdk/types';
import type { Store } from '../state/store';
import type { VisitorSettings } from '../settings/visitorSettings';
import type { TelemetryFront } from '../telemetry/telemetryFront';
import type { QueryParameters } from './queryParameters';
import type { SyncService } from './syncService';
import type { AppLocation } from '../navigation/routes';
import type { DeviceConfig } from '../../common/config/deviceConfig';
import type { VisitorPhase } from '../kiosk/attractLoop';
import type { ContentService } from '../content/contentService';
import type { RemoteSettingsService } from '../settings/remoteSettingsService';


export interface AppServices {
  readonly host: HostApi;
  readonly appVersion: string;
  readonly query: QueryParameters;
  readonly i18n: I18n;
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  readonly location: Store<AppLocation>;
  /** The engagement log, usable from the first screen on; it opens just after (telemetryFront.ts). */
  readonly telemetry: TelemetryFront;
  /** Every game built into this version (the device config chooses which are offered). */
  readonly games: readonly GameEntry[];
  readonly visitor: Store<VisitorPhase>;
  readonly sync: SyncService;
  /** The content pack shown, the one waiting, refusals and staff's actions on them (renderer/content/). */
  readonly content: ContentService;
  /** The hub's remote settings: applied, waiting, refused, local overrides and the PIN-change request. */
  readonly remoteSettings: RemoteSettingsService;
  navigate(location: AppLocation): void;
  changeSettings(change: Partial<VisitorSettings>): Promise<void>;
  /** A new visitor begins: a fresh anonymous session. */
  startVisit(): Promise<void>;
  /** The visitor has gone (idle) or staff reset the kiosk: nothing of the visit stays on screen or in memory. */
  endVisit(reason: 'idle' | 'explicit'): Promise<void>;
  /** Validates and stores a new device config through the host; rejects with a message when it cannot. */
  saveDeviceConfig(config: DeviceConfig): Promise<void>;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
