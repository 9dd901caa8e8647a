// Where the collector's content-signing key pair lives: one row of content_signing_key (migration 9), in the same
// database as everything else, so every collector instance on that database and every restart signs with the same
// key and a database backup holds it. Created on first need by whichever instance comes first: each may generate a
// pair, but an insert-if-absent keeps exactly one and everyone reads that one back.

import { newSigningKeyPair, PackSigner, type SigningKeyPair } from '../security/packSigning';
import type { SqlDriver } from './sqlDriver';

const KEY_ROW = 1;

export class ContentKeyStore {
  private readonly driver: SqlDriver;
  private signer: Promise<PackSigner> | null = null;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** The stored key pair, or null before the first need. */
  async stored(): Promise<SigningKeyPair | null> {
    const [row] = await this.driver.all<{ key_id: string; public_key: string; private_key: string }>(
      'SELECT key_id, public_key, private_key FROM content_signing_key WHERE id = ?',
      [KEY_ROW],
    );
    return row === undefined ? null : { keyId: row.key_id, publicKey: row.public_key, privateKey: row.private_key };
  }

  /** The key pair, created now if this database has none yet. */
  async keyPair(now: number): Promise<SigningKeyPair> {
    const existing = await this.stored();
    if (existing !== null) return existing;
    const candidate = newSigningKeyPair();
    await this.driver.run(
      'INSERT INTO content_signing_key (id, key_id, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      [KEY_ROW, candidate.keyId, candidate.publicKey, candidate.privateKey, now],
    );
    const kept = await this.stored();
    if (kept === null) throw new Error('the content signing key could not be stored');
    return kept;
  }

  /** The signer of this instance, loaded (or created) once; a failed load is retried on the next call. */
  signerFor(now: () => number): Promise<PackSigner> {
    if (this.signer === null) {
      const loading = this.keyPair(now()).then((pair) => new PackSigner(pair));
      this.signer = loading;
      loading.catch(() => {
        if (this.signer === loading) this.signer = null;
      });
    }
    return this.signer;
  }
}
