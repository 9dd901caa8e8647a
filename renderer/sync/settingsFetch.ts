// The remote-settings request of the sync (common/config/remoteSettings.ts): GET /v1/settings with the device token
// and If-None-Match naming the revision the device already has, so unchanged settings are never downloaded again.
// 200 gives the device's merged settings, checked here against remoteSettingsSchema (a document that fails is refused
// with its reason; the settings service keeps what it has and tells staff), 304 nothing new, 204 nothing set for this
// device (it keeps what it has). Any other answer is a failure the next sync tries again.

import { REMOTE_SETTINGS_PATHS, remoteSettingsSchema, settingsEtag, type RemoteSettings } from '../../common/config/remoteSettings';
import { collectorEndpoint, type FetchFunction } from './collectorApi';

export type SettingsFetchOutcome =
  | { readonly kind: 'received'; readonly settings: RemoteSettings }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'none' }
  | { readonly kind: 'failed'; readonly status: number | null };

export interface SettingsFetchRequest {
  readonly collectorUrl: string;
  readonly deviceToken: string;
  /** The newest revision the device has (applied or waiting); 0: none yet. */
  readonly knownRevision: number;
  readonly signal: AbortSignal;
}

export function settingsUrl(collectorUrl: string): string {
  return collectorEndpoint(collectorUrl, REMOTE_SETTINGS_PATHS.deviceFetch.replace(/^\//, ''));
}

/** Why a body is not remote settings, in a short technical line for IT (the admin panel explains it in words). */
export function checkRemoteSettings(body: unknown): { ok: true; settings: RemoteSettings } | { ok: false; reason: string } {
  const parsed = remoteSettingsSchema.safeParse(body);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'document' : issue.path.join('.');
  return { ok: false, reason: `${where}: ${issue?.message ?? 'not remote settings'}`.slice(0, 200) };
}

export async function fetchRemoteSettings(fetchFunction: FetchFunction, request: SettingsFetchRequest): Promise<SettingsFetchOutcome> {
  let response: Response;
  try {
    response = await fetchFunction(settingsUrl(request.collectorUrl), {
      method: 'GET',
      headers: { authorization: `Bearer ${request.deviceToken}`, 'if-none-match': settingsEtag(request.knownRevision) },
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return { kind: 'failed', status: null };
  }
  if (response.status === 200) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { kind: 'refused', reason: 'document: not JSON' };
    }
    const checked = checkRemoteSettings(body);
    return checked.ok ? { kind: 'received', settings: checked.settings } : { kind: 'refused', reason: checked.reason };
  }
  await response.text().catch(() => undefined);
  if (response.status === 304) return { kind: 'unchanged' };
  if (response.status === 204) return { kind: 'none' };
  return { kind: 'failed', status: response.status };
}
