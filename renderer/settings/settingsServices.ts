// What the settings sheet and the staff's config notice may use: the visitor's settings and their changes, where
// the visitor is (to close the sheet in place), the device config and the app's version. Provided by renderer/app/.

import type { DeviceConfigState } from '../../common/host/hostApi';
import type { AppLocation } from '../navigation/routes';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';
import type { VisitorSettings } from './visitorSettings';

export interface SettingsServices {
  readonly appVersion: string;
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  readonly location: Store<AppLocation>;
  changeSettings(change: Partial<VisitorSettings>): Promise<void>;
  navigate(location: AppLocation): void;
}

export const settingsServices = createServiceContext<SettingsServices>('Settings');
export const useSettingsServices = settingsServices.useServices;
