// The content-pack request of the sync (common/content/contentApi.ts): GET /v1/content?site=&mode= with the device
// token and If-None-Match naming the version the device already has, so an unchanged pack is never downloaded again.
// 200 gives the signed pack (checked by the content service, never here), 304 nothing new, 204 nothing published for
// this device (it keeps what it shows). Any other answer is a failure the next sync tries again.

import { CONTENT_PATHS, packEtag } from '../../common/content/contentApi';
import type { Mode } from '../../common/config/deviceConfig';
import { collectorEndpoint, type FetchFunction } from './collectorApi';

export type ContentFetchOutcome =
  | { readonly kind: 'pack'; readonly body: unknown }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'none' }
  | { readonly kind: 'failed'; readonly status: number | null };

export interface ContentFetchRequest {
  readonly collectorUrl: string;
  readonly deviceToken: string;
  readonly site: string;
  readonly mode: Mode;
  /** The newest version the device has (shown or waiting); 0: the built-in pack. */
  readonly knownVersion: number;
  readonly signal: AbortSignal;
}

export function contentUrl(collectorUrl: string, site: string, mode: Mode): string {
  const url = new URL(collectorEndpoint(collectorUrl, CONTENT_PATHS.deviceFetch.replace(/^\//, '')));
  url.searchParams.set('site', site);
  url.searchParams.set('mode', mode);
  return url.href;
}

export async function fetchContentPack(fetchFunction: FetchFunction, request: ContentFetchRequest): Promise<ContentFetchOutcome> {
  let response: Response;
  try {
    response = await fetchFunction(contentUrl(request.collectorUrl, request.site, request.mode), {
      method: 'GET',
      headers: { authorization: `Bearer ${request.deviceToken}`, 'if-none-match': packEtag(request.knownVersion) },
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return { kind: 'failed', status: null };
  }
  if (response.status === 200) {
    try {
      return { kind: 'pack', body: (await response.json()) as unknown };
    } catch {
      // Not JSON: the content service would refuse it as "not a pack"; name it the same way.
      return { kind: 'pack', body: null };
    }
  }
  await response.text().catch(() => undefined);
  if (response.status === 304) return { kind: 'unchanged' };
  if (response.status === 204) return { kind: 'none' };
  return { kind: 'failed', status: response.status };
}
