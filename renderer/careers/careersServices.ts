// What the career explorer may use: the device config (the hub's page for QR codes), navigation, and recording its
// own engagement events, nothing else of the engagement log. Provided by renderer/app/.

import type { DeviceConfigState } from '../../common/host/hostApi';
import type { AppLocation } from '../navigation/routes';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';
import type { TrackedPayload } from '../telemetry/telemetry';
import type { CareerTrackEvent } from './track';

/** The engagement events the explorer may record: its own kinds only. */
export type CareersPayload = Extract<TrackedPayload, { readonly type: CareerTrackEvent['type'] }>;

export interface CareersServices {
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly telemetry: { record(payload: CareersPayload): void };
  navigate(location: AppLocation): void;
}

export const careersServices = createServiceContext<CareersServices>('Careers');
export const useCareersServices = careersServices.useServices;
