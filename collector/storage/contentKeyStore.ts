// Where the collector's content-signing key pair lives: one row of content_signing_key (migration 9), in the same
// database as everything else, so every collector instance on that database and every restart signs with the same
// key and a database backup holds it. Created on first need by whichever instance comes first: each may generate a
// pair, but an insert-if-absent keeps exactly one and everyone reads that one back. Read again at each use (one small
// row), so a rotation (contentKeyRotation.ts) takes effect in every running instance at once.

import { newSigningKeyPair, PackSigner, type SigningKeyPair } from '../security/packSigning';
import type { SqlDriver, SqlExecutor } from './sqlDriver';

const KEY_ROW = 1;

export class ContentKeyStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** The stored key pair, or null before the first need; `lock` holds the row until `tx` ends. */
  async stored(tx: SqlExecutor = this.driver, lock = false): Promise<SigningKeyPair | null> {
    const [row] = await tx.all<{ key_id: string; public_key: string; private_key: string }>(
      `SELECT key_id, public_key, private_key FROM content_signing_key WHERE id = ?${lock ? this.driver.lockRowsSuffix : ''}`,
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

  /** A signer with the current key pair (created now if this database has none yet). */
  async signer(now: number): Promise<PackSigner> {
    return new PackSigner(await this.keyPair(now));
  }

  /** Replaces the key pair within `tx` (a rotation); returns the one it replaced, or null. */
  async replace(tx: SqlExecutor, pair: SigningKeyPair, now: number): Promise<SigningKeyPair | null> {
    const old = await this.stored(tx, true);
    if (old === null) {
      await tx.run('INSERT INTO content_signing_key (id, key_id, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?)', [KEY_ROW, pair.keyId, pair.publicKey, pair.privateKey, now]);
    } else {
      await tx.run('UPDATE content_signing_key SET key_id = ?, public_key = ?, private_key = ?, created_at = ? WHERE id = ?', [pair.keyId, pair.publicKey, pair.privateKey, now, KEY_ROW]);
    }
    return old;
  }
}
