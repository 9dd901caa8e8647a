// The engagement events the career explorer reports. Every field is one of our ids or enums, never free text,
// so the app shell can map them one to one onto the telemetry schema in common/.

import type { RoleId } from '../../common/ids';
import type { InterestType } from './data/schema';
import type { StartingProfile } from './data/profiles';

export type CareerTrackEvent =
  | { readonly type: 'career-viewed'; readonly roleId: RoleId }
  | { readonly type: 'quiz-completed'; readonly topTypes: readonly InterestType[] }
  | { readonly type: 'pathway-viewed'; readonly fromProfile: StartingProfile; readonly roleId: RoleId }
  | { readonly type: 'qr-shown'; readonly roleId: RoleId };
