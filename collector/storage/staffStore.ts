// Staff accounts and their dashboard sessions. Passwords are kept as scrypt hashes, session ids only as SHA-256
// hashes (a leaked database opens no session). Login attempts are counted per account before the password is checked
// and lock it for a while that grows with each lock; an administrator can lift a lock.

import type { SqlDriver } from './sqlDriver';

export interface StaffAccount {
  readonly name: string;
  readonly passwordHash: string;
  readonly failedAttempts: number;
  readonly lockedUntil: number | null;
}

export interface StaffSession {
  readonly staffName: string;
  readonly csrfToken: string;
  readonly expiresAt: number;
}

/** reserved: check the password; reserved-and-locked: check it, this attempt locked the account; locked / unknown: do not. */
export type AttemptReservation = 'reserved' | 'reserved-and-locked' | 'locked' | 'unknown';

export interface StaffAccountState {
  readonly name: string;
  readonly failedAttempts: number;
  /** Epoch ms while the account is locked, else null. */
  readonly lockedUntil: number | null;
}

/** A staff name: what people type at the login, letters, digits, dot, dash, underscore. */
export const STAFF_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export class StaffStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** Creates the account, or replaces its password (and clears a lockout) when it exists. Returns true when new. */
  async upsert(name: string, passwordHash: string, now: number): Promise<boolean> {
    return this.driver.transaction(async (tx) => {
      const changed = await tx.run('UPDATE staff SET password_hash = ?, failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE name = ?', [passwordHash, name]);
      if (changed > 0) {
        await tx.run('DELETE FROM staff_sessions WHERE staff_name = ?', [name]);
        return false;
      }
      await tx.run('INSERT INTO staff (name, password_hash, created_at) VALUES (?, ?, ?)', [name, passwordHash, now]);
      return true;
    });
  }

  async remove(name: string): Promise<boolean> {
    return this.driver.transaction(async (tx) => {
      await tx.run('DELETE FROM staff_sessions WHERE staff_name = ?', [name]);
      return (await tx.run('DELETE FROM staff WHERE name = ?', [name])) > 0;
    });
  }

  async names(): Promise<string[]> {
    const rows = await this.driver.all<{ name: string }>('SELECT name FROM staff ORDER BY name');
    return rows.map((row) => row.name);
  }

  async account(name: string): Promise<StaffAccount | null> {
    const [row] = await this.driver.all<{ name: string; password_hash: string; failed_attempts: number | string; locked_until: number | string | null }>(
      'SELECT name, password_hash, failed_attempts, locked_until FROM staff WHERE name = ?',
      [name],
    );
    if (row === undefined) return null;
    return {
      name: row.name,
      passwordHash: row.password_hash,
      failedAttempts: Number(row.failed_attempts),
      lockedUntil: row.locked_until === null ? null : Number(row.locked_until),
    };
  }

  /**
   * Counts a login attempt before its password is checked, in one transaction (the UPDATE holds the row, so parallel
   * attempts, also from another collector instance on the same PostgreSQL, are counted one after the other). The
   * attempt that reaches `limit` locks the account for `lockMs(lockouts)` and is still checked; later ones are
   * refused unchecked until the lock ends. A success (recordSuccess) clears the count.
   */
  reserveAttempt(name: string, now: number, limit: number, lockMs: (lockouts: number) => number): Promise<AttemptReservation> {
    return this.driver.transaction(async (tx): Promise<AttemptReservation> => {
      const [counted] = await tx.all<{ failed_attempts: number | string; lockouts: number | string }>(
        'UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE name = ? AND (locked_until IS NULL OR locked_until <= ?) RETURNING failed_attempts, lockouts',
        [name, now],
      );
      if (counted === undefined) {
        const [known] = await tx.all<{ name: string }>('SELECT name FROM staff WHERE name = ?', [name]);
        return known === undefined ? 'unknown' : 'locked';
      }
      if (Number(counted.failed_attempts) < limit) return 'reserved';
      await tx.run('UPDATE staff SET failed_attempts = 0, lockouts = lockouts + 1, locked_until = ? WHERE name = ?', [now + lockMs(Number(counted.lockouts)), name]);
      return 'reserved-and-locked';
    });
  }

  /** The right password was given: the attempts in a row and the growing lock start again from zero. */
  async recordSuccess(name: string): Promise<void> {
    await this.driver.run('UPDATE staff SET failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE name = ?', [name]);
  }

  /** An administrator lifts a lock (and the growing delay); false when no such account exists. */
  async unlock(name: string): Promise<boolean> {
    return (await this.driver.run('UPDATE staff SET failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE name = ?', [name])) > 0;
  }

  /** Every account with its lock state, for administrators. */
  async accounts(now: number): Promise<StaffAccountState[]> {
    const rows = await this.driver.all<{ name: string; failed_attempts: number | string; locked_until: number | string | null }>(
      'SELECT name, failed_attempts, locked_until FROM staff ORDER BY name',
    );
    return rows.map((row) => {
      const lockedUntil = row.locked_until === null ? null : Number(row.locked_until);
      return { name: row.name, failedAttempts: Number(row.failed_attempts), lockedUntil: lockedUntil !== null && lockedUntil > now ? lockedUntil : null };
    });
  }

  async createSession(sessionHash: string, staffName: string, csrfToken: string, now: number, expiresAt: number): Promise<void> {
    await this.driver.run('DELETE FROM staff_sessions WHERE expires_at <= ?', [now]);
    await this.driver.run('INSERT INTO staff_sessions (session_hash, staff_name, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
      sessionHash,
      staffName,
      csrfToken,
      now,
      expiresAt,
    ]);
  }

  async session(sessionHash: string, now: number): Promise<StaffSession | null> {
    const [row] = await this.driver.all<{ staff_name: string; csrf_token: string; expires_at: number | string }>(
      'SELECT s.staff_name, s.csrf_token, s.expires_at FROM staff_sessions s JOIN staff a ON a.name = s.staff_name WHERE s.session_hash = ? AND s.expires_at > ?',
      [sessionHash, now],
    );
    return row === undefined ? null : { staffName: row.staff_name, csrfToken: row.csrf_token, expiresAt: Number(row.expires_at) };
  }

  async deleteSession(sessionHash: string): Promise<void> {
    await this.driver.run('DELETE FROM staff_sessions WHERE session_hash = ?', [sessionHash]);
  }
}
