// The Content page's calls to the collector (common/content/contentApi.ts), through the dashboard's one request
// function (session cookie, CSRF token, refusals as ApiError with their body). Kept apart from api.ts because the
// contract module brings the pack schema (zod), which only the Content page, loaded on demand, needs.

import {
  CONTENT_PATHS,
  targetKey,
  type ContentDraft,
  type ContentOverview,
  type PublishedVersion,
  type SaveDraftRequest,
} from '../../../../common/content/contentApi';
import type { ContentPack, PackTarget } from '../../../../common/content/contentPack';
import { request } from '../api';

const targetQuery = (target: PackTarget) => `target=${encodeURIComponent(targetKey(target))}`;

export const contentApi = {
  overview: () => request<ContentOverview>('GET', CONTENT_PATHS.overview),
  draft: (target: PackTarget) => request<ContentDraft>('GET', `${CONTENT_PATHS.draft}?${targetQuery(target)}`),
  saveDraft: (draft: SaveDraftRequest) => request<ContentDraft>('PUT', CONTENT_PATHS.draft, draft),
  publish: (target: PackTarget) => request<PublishedVersion>('POST', CONTENT_PATHS.publish, { target }),
  history: (target: PackTarget) => request<PublishedVersion[]>('GET', `${CONTENT_PATHS.history}?${targetQuery(target)}`),
  version: (version: number) => request<ContentPack>('GET', `${CONTENT_PATHS.versions}/${version}`),
  rollback: (target: PackTarget, version: number) => request<PublishedVersion>('POST', CONTENT_PATHS.rollback, { target, version }),
};

/** The address of a target's newest signed pack as a file download (for a device without network: a USB stick). */
export function contentFileUrl(target: PackTarget): string {
  return `${CONTENT_PATHS.file}?${targetQuery(target)}`;
}
