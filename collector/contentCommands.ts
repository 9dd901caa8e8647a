// `npm run collector -- content-key`: prints the collector's public content key (created on first need, like the
// server does) as the JSON a device's config takes in its `contentKey` field. IT needs it for a device that never
// enrols over the network (content only from a USB stick) or for a school's web host whose config.json they write.
// `content-key rotate --confirm` replaces a key that leaked (contentKeyRotation.ts says what that means for devices).
// The private half never leaves the database.

import { rotateContentKey } from './server/contentKeyRotation';
import { storageSettings, UsageError } from './settings';
import { AuditLog, COMMAND_LINE_ACTOR } from './storage/auditLog';
import { ContentKeyStore } from './storage/contentKeyStore';
import { ContentStore } from './storage/contentStore';
import { openStore } from './storage/openStore';
import { publicContentKey } from './security/packSigning';

type Environment = Readonly<Record<string, string | undefined>>;

export async function contentKeyCommand(rest: readonly string[], flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const [action] = rest;
  if (action !== undefined && action !== 'rotate') throw new UsageError(`unknown content-key action "${action}": use content-key, or content-key rotate --confirm true`);
  if (action === 'rotate' && flags.get('confirm') !== 'true') {
    throw new UsageError('content-key rotate replaces the key every device checks content packs with: devices refuse new packs until they are enrolled again. Add --confirm true to do it.');
  }
  const store = await openStore(storageSettings(flags, env));
  try {
    if (action === undefined) {
      const pair = await new ContentKeyStore(store.driver).keyPair(Date.now());
      console.log(JSON.stringify({ contentKey: publicContentKey(pair) }, null, 2));
      return 0;
    }
    const outcome = await rotateContentKey({ content: new ContentStore(store.driver), auditLog: new AuditLog(store.driver) }, COMMAND_LINE_ACTOR, Date.now());
    console.log(`The content key ${outcome.previousKeyId ?? '(none yet)'} is replaced by ${outcome.key.keyId}.`);
    console.log(outcome.republished.length === 0 ? 'Nothing was published yet.' : `Published again with the new key: versions ${outcome.republished.join(', ')}.`);
    console.log('Devices refuse these packs until they are enrolled again, or their config gets this key:');
    console.log(JSON.stringify({ contentKey: outcome.key }, null, 2));
    return 0;
  } finally {
    await store.close();
  }
}
