// How a content pack is published, for the staff routes (publish, rollback) and the key rotation command: inside the
// caller's transaction, take the next version of the collector-wide sequence, build the pack, check it against the
// pack schema, turn it into JSON once, sign that exact string, store it and write the audit line. Refused (nothing
// written) when a text lacks one of the pack's languages or the built pack does not fit the schema.

import type { MissingText, PackContent, PackTarget } from '../../common/content/contentPack';
import { CONTENT_PACK_FORMAT, contentPackSchema, missingTexts, type ContentPack } from '../../common/content/contentPack';
import { targetKey } from '../../common/content/contentApi';
import type { Language } from '../../common/i18n/languages';
import type { PackSigner } from '../security/packSigning';
import type { AuditAction, AuditLog } from '../storage/auditLog';
import { storedTargetKey, type ContentStore, type StoredVersion } from '../storage/contentStore';
import type { SqlExecutor } from '../storage/sqlDriver';

/** What a publication publishes: a draft's content, or an old version's (rollback, key rotation). */
export interface PackSource {
  readonly target: PackTarget;
  readonly languages: Language[];
  readonly content: PackContent;
  /** The version whose content comes back; null for a draft. */
  readonly restoredFrom: number | null;
}

export type PublishOutcome =
  | { readonly kind: 'published'; readonly version: StoredVersion }
  | { readonly kind: 'missing'; readonly missing: MissingText[] }
  | { readonly kind: 'invalid'; readonly issues: { path: string; message: string }[] };

export interface PublishingDeps {
  readonly content: ContentStore;
  readonly auditLog: AuditLog;
}

/** The pack a stored version holds (it was checked when it was published). */
export function packOf(version: StoredVersion): ContentPack {
  return JSON.parse(version.payload) as ContentPack;
}

/**
 * Publishes `source` as the next version within `tx`. When it is refused nothing was written but the version number
 * taken: the caller rolls the transaction back (the staff routes do; see publishOrRollBack).
 */
export async function publishInTransaction(
  tx: SqlExecutor,
  deps: PublishingDeps,
  signer: PackSigner,
  source: PackSource,
  by: { actor: string; at: number; action: AuditAction; note?: string },
): Promise<PublishOutcome> {
  const missing = missingTexts(source.content, source.languages);
  if (missing.length > 0) return { kind: 'missing', missing };
  const version = await deps.content.nextVersion(tx);
  const pack = contentPackSchema.safeParse({
    format: CONTENT_PACK_FORMAT,
    version,
    target: source.target,
    publishedAt: new Date(by.at).toISOString(),
    languages: source.languages,
    content: source.content,
  } satisfies ContentPack);
  if (!pack.success) return { kind: 'invalid', issues: pack.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  // Serialised once: these exact characters are signed, stored and served.
  const signed = signer.sign(JSON.stringify(pack.data));
  const stored: StoredVersion = {
    version,
    targetKey: storedTargetKey(source.target),
    payload: signed.payload,
    keyId: signed.keyId,
    signature: signed.signature,
    publishedAt: by.at,
    publishedBy: by.actor,
    restoredFrom: source.restoredFrom,
  };
  await deps.content.insertVersion(stored, tx);
  const restored = source.restoredFrom === null ? '' : ` (from v${source.restoredFrom})`;
  await deps.auditLog.record({ at: by.at, actor: by.actor, action: by.action, subject: `${targetKey(source.target)} v${version}${restored}${by.note ?? ''}` }, tx);
  return { kind: 'published', version: stored };
}

/** Thrown inside a transaction to roll it back while keeping the refusal for the caller. */
export class PublicationRefused extends Error {
  readonly outcome: Exclude<PublishOutcome, { kind: 'published' }>;
  constructor(outcome: Exclude<PublishOutcome, { kind: 'published' }>) {
    super(`the publication was refused: ${outcome.kind}`);
    this.outcome = outcome;
  }
}
