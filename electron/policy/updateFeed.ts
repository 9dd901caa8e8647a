// Where the kiosk's updater may go and what it says there (pure). The feed is the configured collector's
// /updates/<channel>/ (collector/server/updateRoutes.ts) and nothing else: no update is ever fetched from the
// internet at large, and every request of the updater's own network session to another origin is cancelled, even
// an absolute file address a feed might name. The device token authorises it, as for the ingest; the version
// headers tell staff what each kiosk runs and which version it went back from.

import type { DeviceConfig } from '../../common/config/deviceConfig';
import { collectorOriginOf } from '../../common/security/contentSecurityPolicy';

export const APP_VERSION_HEADER = 'x-biotech-app-version';
export const FAILED_VERSION_HEADER = 'x-biotech-failed-version';

export interface UpdateFeed {
  /** The generic provider's base address, with its trailing slash (file names are resolved against it). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The feed this kiosk checks, or null when it is not enrolled with a collector (then it never checks). */
export function updateFeed(config: Pick<DeviceConfig, 'collectorUrl' | 'deviceToken' | 'updateChannel'>, appVersion: string, failedVersion: string | null): UpdateFeed | null {
  if (config.collectorUrl === null || config.deviceToken === null || collectorOriginOf(config.collectorUrl) === null) return null;
  const base = config.collectorUrl.replace(/\/+$/, '');
  return {
    url: `${base}/updates/${config.updateChannel}/`,
    headers: {
      authorization: `Bearer ${config.deviceToken}`,
      [APP_VERSION_HEADER]: appVersion,
      ...(failedVersion === null ? {} : { [FAILED_VERSION_HEADER]: failedVersion }),
    },
  };
}

/** May the updater's network session make this request? Only to the configured collector's origin. */
export function isAllowedUpdateRequest(url: string, collectorUrl: string | null): boolean {
  const allowed = collectorOriginOf(collectorUrl);
  if (allowed === null) return false;
  try {
    return new URL(url).origin === allowed;
  } catch {
    return false;
  }
}
