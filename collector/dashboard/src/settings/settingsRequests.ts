// The remote-settings calls of the devices page's editor (common/config/remoteSettings.ts), through the dashboard's
// one request function (session cookie, CSRF token, refusals as ApiError with their body). The overview's address is
// in api.ts (the devices page reads it without this module's schema code); a unit test keeps the two the same.

import { REMOTE_SETTINGS_PATHS, type SaveRemoteSettingsRequest, type StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import { request } from '../api';

export const settingsApi = {
  save: (body: SaveRemoteSettingsRequest) => request<StoredRemoteSettings>('PUT', REMOTE_SETTINGS_PATHS.staff, body),
};
