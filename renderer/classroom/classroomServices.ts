// What the classroom screens (teacher's page, lessons, lesson bar) may use: the device config, the visitor's
// settings and their changes (the class language), and navigation between a lesson's steps. Provided by renderer/app/.

import type { DeviceConfigState } from '../../common/host/hostApi';
import type { AppLocation } from '../navigation/routes';
import type { VisitorSettings } from '../settings/visitorSettings';
import { createServiceContext } from '../state/serviceContext';
import type { Store } from '../state/store';

export interface ClassroomServices {
  readonly deviceConfig: Store<DeviceConfigState>;
  readonly settings: Store<VisitorSettings>;
  changeSettings(change: Partial<VisitorSettings>): Promise<void>;
  navigate(location: AppLocation): void;
}

export const classroomServices = createServiceContext<ClassroomServices>('Classroom');
export const useClassroomServices = classroomServices.useServices;
