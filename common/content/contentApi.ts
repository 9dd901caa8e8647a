// The content-pack API between the collector, its devices and its dashboard: paths, request bodies and answers.
// The collector server, the renderer's sync and the dashboard all read these, so the three cannot drift apart.
//
// Devices (Bearer device token):
//   GET  /v1/content?site=<site label>&mode=<mode>   If-None-Match: "<version>"
//        200 SignedPack (ETag "<version>") · 304 unchanged · 204 nothing published for this device (keep what it has)
// Staff (the dashboard's session, like the other /api/ routes):
//   GET  /api/content                      → ContentOverview: every target with its draft and published version
//   GET  /api/content/draft?target=<key>   → ContentDraft (the current published content when no draft exists)
//   PUT  /api/content/draft                  SaveDraftRequest → ContentDraft (with what is missing)
//   POST /api/content/publish                PublishRequest  → PublishedVersion · 422 MissingTextsProblem
//   GET  /api/content/history?target=<key> → PublishedVersion[] (newest first)
//   GET  /api/content/versions/<version>   → ContentPack as published
//   POST /api/content/rollback               RollbackRequest → PublishedVersion (the old content as a new version)
//   GET  /api/content/file?target=<key>    → SignedPack as a download, for a device without network (USB)

import { z } from '../zod';
import { packContentSchema, packLanguagesSchema, packTargetSchema, type MissingText, type PackTarget } from './contentPack';

export const CONTENT_PATHS = {
  deviceFetch: '/v1/content',
  overview: '/api/content',
  draft: '/api/content/draft',
  publish: '/api/content/publish',
  history: '/api/content/history',
  versions: '/api/content/versions',
  rollback: '/api/content/rollback',
  file: '/api/content/file',
} as const;

/** A target as one string for query parameters and keys: "all", "mode:kiosk", "site:Hall B". */
export function targetKey(target: PackTarget): string {
  if (target.kind === 'all') return 'all';
  return target.kind === 'mode' ? `mode:${target.mode}` : `site:${target.site}`;
}

export function parseTargetKey(key: string): PackTarget | null {
  const candidate = key === 'all' ? { kind: 'all' } : key.startsWith('mode:') ? { kind: 'mode', mode: key.slice(5) } : key.startsWith('site:') ? { kind: 'site', site: key.slice(5) } : null;
  const parsed = packTargetSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** The ETag of a published pack: its version, quoted. */
export function packEtag(version: number): string {
  return `"${version}"`;
}

export const saveDraftRequestSchema = z.strictObject({
  target: packTargetSchema,
  languages: packLanguagesSchema,
  content: packContentSchema,
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

export const publishRequestSchema = z.strictObject({ target: packTargetSchema });
export type PublishRequest = z.infer<typeof publishRequestSchema>;

export const rollbackRequestSchema = z.strictObject({
  target: packTargetSchema,
  /** The published version whose content comes back (as a new version). */
  version: z.int().check(z.gte(1)),
});
export type RollbackRequest = z.infer<typeof rollbackRequestSchema>;

export interface ContentDraft {
  target: PackTarget;
  languages: SaveDraftRequest['languages'];
  content: SaveDraftRequest['content'];
  /** Texts lacking a required language; publishing is refused while this is not empty. */
  missing: MissingText[];
  /** The published version this draft started from; null when nothing is published for the target yet. */
  basedOnVersion: number | null;
  savedAt: string | null;
  savedBy: string | null;
}

export interface PublishedVersion {
  version: number;
  target: PackTarget;
  publishedAt: string;
  /** The staff account that published it. */
  publishedBy: string;
  /** For a rollback: the version whose content was published again; null for an ordinary publication. */
  restoredFrom: number | null;
}

export interface ContentOverviewTarget {
  target: PackTarget;
  published: PublishedVersion | null;
  hasDraft: boolean;
}

export interface ContentOverview {
  targets: ContentOverviewTarget[];
  /** The collector's signing key, as devices learn it at enrolment. */
  keyId: string;
}

export interface MissingTextsProblem {
  error: 'missing-translations';
  missing: MissingText[];
}
