// Replacing the collector's content-signing key (`npm run collector -- content-key rotate`), for a key that leaked or
// may have: in one transaction a new key pair replaces the old one and the newest pack of every target is published
// again, unchanged, as a new version signed with the new key (restoredFrom: the version it repeats), so nothing
// devices are served is signed with the old key any more. Devices trust the key they learned at enrolment: they
// refuse the new packs ("unknown-key", shown on the devices page) and keep what they show until they are enrolled
// again or given the new key in their config. Every instance on the database signs with the new key at once.

import type { ContentKey } from '../../common/content/signedPack';
import { newSigningKeyPair, PackSigner } from '../security/packSigning';
import type { AuditLog } from '../storage/auditLog';
import { ContentKeyStore } from '../storage/contentKeyStore';
import type { ContentStore } from '../storage/contentStore';
import { packOf, PublicationRefused, publishInTransaction } from './contentPublishing';

export interface RotationOutcome {
  /** The id of the key replaced; null when the collector had none yet. */
  readonly previousKeyId: string | null;
  readonly key: ContentKey;
  /** The new versions, one per target that had a published pack. */
  readonly republished: readonly number[];
}

export async function rotateContentKey(deps: { content: ContentStore; auditLog: AuditLog }, actor: string, now: number): Promise<RotationOutcome> {
  const { content, auditLog } = deps;
  const keys = new ContentKeyStore(content.driver);
  const pair = newSigningKeyPair();
  const signer = new PackSigner(pair);
  return content.driver.transaction(async (tx) => {
    const previous = await keys.replace(tx, pair, now);
    await auditLog.record({ at: now, actor, action: 'content-key-rotated', subject: `${previous?.keyId ?? 'none'} -> ${pair.keyId}` }, tx);
    const republished: number[] = [];
    for (const latest of await content.latestPerTarget(tx)) {
      const pack = packOf(latest);
      const outcome = await publishInTransaction(
        tx,
        deps,
        signer,
        { target: pack.target, languages: pack.languages, content: pack.content, restoredFrom: latest.version },
        { actor, at: now, action: 'content-published', note: ' (new key)' },
      );
      // A pack that was published once always fits again; if not, nothing of the rotation is kept.
      if (outcome.kind !== 'published') throw new PublicationRefused(outcome);
      republished.push(outcome.version.version);
    }
    return { previousKeyId: previous?.keyId ?? null, key: signer.key, republished };
  });
}
