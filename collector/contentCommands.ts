// `npm run collector -- content-key`: prints the collector's public content key (created on first need, like the
// server does) as the JSON a device's config takes in its `contentKey` field. IT needs it for a device that never
// enrols over the network (content only from a USB stick) or for a school's web host whose config.json they write.
// The private half never leaves the database.

import { storageSettings } from './settings';
import { ContentKeyStore } from './storage/contentKeyStore';
import { openStore } from './storage/openStore';
import { publicContentKey } from './security/packSigning';

type Environment = Readonly<Record<string, string | undefined>>;

export async function showContentKey(flags: ReadonlyMap<string, string>, env: Environment): Promise<number> {
  const store = await openStore(storageSettings(flags, env));
  try {
    const pair = await new ContentKeyStore(store.driver).keyPair(Date.now());
    console.log(JSON.stringify({ contentKey: publicContentKey(pair) }, null, 2));
    return 0;
  } finally {
    await store.close();
  }
}
