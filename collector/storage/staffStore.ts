// Staff accounts and their dashboard sessions. Passwords are kept as scrypt hashes, session ids only as SHA-256
// hashes (a leaked database opens no session). Failed logins are counted per account and lock it for a while.

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
      const changed = await tx.run('UPDATE staff SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE name = ?', [passwordHash, name]);
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

  /** Counts a failed login; from `limit` failures in a row the account is locked until `now + lockMs`. */
  async recordFailure(name: string, now: number, limit: number, lockMs: number): Promise<void> {
    await this.driver.transaction(async (tx) => {
      await tx.run('UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE name = ?', [name]);
      await tx.run('UPDATE staff SET locked_until = ?, failed_attempts = 0 WHERE name = ? AND failed_attempts >= ?', [now + lockMs, name, limit]);
    });
  }

  async clearFailures(name: string): Promise<void> {
    await this.driver.run('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE name = ?', [name]);
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
