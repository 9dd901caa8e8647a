// The staff audit log: logins, failed logins, account locks and every staff action (enrolment codes, revocations,
// class codes, content packs published or rolled back, remote settings saved, the content key rotated, exports, account changes), each with the account that acted and the time. It never holds an address, a password
// or what was typed as an unknown name: an unknown name is logged as UNKNOWN_ACTOR.

import type { SqlDriver, SqlExecutor } from './sqlDriver';

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'account-locked',
  'account-unlocked',
  'logout',
  'enrolment-code-created',
  'device-revoked',
  'export',
  'account-created',
  'password-changed',
  'account-removed',
  'release-added',
  'release-promoted',
  'release-withdrawn',
  'class-code-created',
  'class-code-revoked',
  'content-published',
  'content-rolled-back',
  'content-key-rotated',
  'settings-saved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The actor of what was done with `npm run collector -- ...` (no staff name pattern allows parentheses). */
export const COMMAND_LINE_ACTOR = '(command-line)';
/** The actor of a failed login with a name that is no account. */
export const UNKNOWN_ACTOR = '(unknown-name)';

export interface AuditEntry {
  readonly at: number;
  readonly actor: string;
  readonly action: AuditAction;
  /** What the action was about: an account name, a device id, a site, a report; null when nothing. */
  readonly subject: string | null;
}

/** How many entries the dashboard shows at most (newest first). */
export const AUDIT_PAGE_SIZE = 200;

export class AuditLog {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** Adds an entry; `tx` puts it in the caller's transaction. */
  async record(entry: AuditEntry, tx: SqlExecutor = this.driver): Promise<void> {
    await tx.run('INSERT INTO audit_log (at, actor, action, subject) VALUES (?, ?, ?, ?)', [entry.at, entry.actor, entry.action, entry.subject]);
  }

  /** The newest entries first, at most `limit`. */
  async recent(limit: number = AUDIT_PAGE_SIZE): Promise<AuditEntry[]> {
    const rows = await this.driver.all<{ at: number | string; actor: string; action: AuditAction; subject: string | null }>(
      'SELECT at, actor, action, subject FROM audit_log ORDER BY seq DESC LIMIT ?',
      [limit],
    );
    return rows.map((row) => ({ at: Number(row.at), actor: row.actor, action: row.action, subject: row.subject }));
  }
}
