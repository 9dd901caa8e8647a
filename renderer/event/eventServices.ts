// What the fair-stand (event) screens may use: the device config, the visitor's language and motion settings, the
// texts, a fixed seed from the link, and the end of a visit (the next player). Provided by renderer/app/.

import type { i18n as I18n } from 'i18next';
import type { DeviceConfigState } from '../../common/host/hostApi';
import type { VisitorSettings } from '../settings/visitorSettings';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';

export interface EventServices {
  readonly i18n: I18n;
  readonly query: { readonly seed: number | null };
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  endVisit(reason: 'explicit'): Promise<void>;
}

export const eventServices = createServiceContext<EventServices>('Event');
export const useEventServices = eventServices.useServices;
