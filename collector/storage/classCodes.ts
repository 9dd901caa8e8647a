// Class codes: staff create one for a school, a class and a day, for at most a stated number of pupils' browsers.
// Each browser exchanges the code for a device of its own (its own short-lived token, enrolled in the same
// transaction that counts it against the limit); revoking the code revokes those devices at once.
//
// The code is stored as is, unlike enrolment codes and tokens: it must be shown again during its day (the lesson
// link and QR code on the Classes page), it opens nothing but "write anonymous events as this class until tonight,
// for at most N browsers", and anyone who can read this table can already read everything it protects. The tokens
// it hands out are stored hashed like every device token.

import type { SqlDriver } from './sqlDriver';

export interface ClassCode {
  readonly classId: string;
  readonly code: string;
  readonly school: string;
  readonly classLabel: string;
  /** The local day (YYYY-MM-DD, hub time) it is valid on. */
  readonly day: string;
  readonly validFrom: number;
  readonly expiresAt: number;
  readonly maxDevices: number;
  readonly usedDevices: number;
  readonly createdAt: number;
  readonly createdBy: string;
  readonly revokedAt: number | null;
}

export type ClassJoinOutcome =
  | { readonly kind: 'joined'; readonly classCode: ClassCode }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'revoked'; readonly revokedAt: number }
  | { readonly kind: 'not-yet-valid'; readonly validFrom: number }
  | { readonly kind: 'expired'; readonly expiredAt: number }
  | { readonly kind: 'full'; readonly maxDevices: number };

/** Devices and visits (sessions on the code's day) of one class, before suppression. */
export interface ClassReachRow {
  readonly school: string;
  readonly classLabel: string;
  readonly devices: number;
  readonly visits: number;
}

/** How many codes the Classes page lists, newest day first. */
export const CLASS_CODE_PAGE_SIZE = 200;

interface ClassCodeRow {
  class_id: string;
  code: string;
  school: string;
  class_label: string;
  day: string;
  valid_from: number | string;
  expires_at: number | string;
  max_devices: number | string;
  used_devices: number | string;
  created_at: number | string;
  created_by: string;
  revoked_at: number | string | null;
}

const COLUMNS = 'class_id, code, school, class_label, day, valid_from, expires_at, max_devices, used_devices, created_at, created_by, revoked_at';

function classCodeOf(row: ClassCodeRow): ClassCode {
  return {
    classId: row.class_id,
    code: row.code,
    school: row.school,
    classLabel: row.class_label,
    day: row.day,
    validFrom: Number(row.valid_from),
    expiresAt: Number(row.expires_at),
    maxDevices: Number(row.max_devices),
    usedDevices: Number(row.used_devices),
    createdAt: Number(row.created_at),
    createdBy: row.created_by,
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export class ClassCodeStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  async create(classCode: Omit<ClassCode, 'usedDevices' | 'revokedAt'>): Promise<void> {
    const c = classCode;
    await this.driver.run(
      'INSERT INTO class_codes (class_id, code, school, class_label, day, valid_from, expires_at, max_devices, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [c.classId, c.code, c.school, c.classLabel, c.day, c.validFrom, c.expiresAt, c.maxDevices, c.createdAt, c.createdBy],
    );
  }

  async list(limit: number = CLASS_CODE_PAGE_SIZE): Promise<ClassCode[]> {
    const rows = await this.driver.all<ClassCodeRow>(`SELECT ${COLUMNS} FROM class_codes ORDER BY day DESC, created_at DESC LIMIT ?`, [limit]);
    return rows.map(classCodeOf);
  }

  /**
   * Takes one place of the code and enrols the device in one transaction: the UPDATE holds the code's row, so
   * browsers joining at the same moment (also through another collector instance) never exceed the limit.
   */
  join(code: string, now: number, deviceId: string, tokenHash: string): Promise<ClassJoinOutcome> {
    return this.driver.transaction(async (tx): Promise<ClassJoinOutcome> => {
      const claimed = await tx.run(
        'UPDATE class_codes SET used_devices = used_devices + 1 WHERE code = ? AND revoked_at IS NULL AND valid_from <= ? AND expires_at > ? AND used_devices < max_devices',
        [code, now, now],
      );
      const [row] = await tx.all<ClassCodeRow>(`SELECT ${COLUMNS} FROM class_codes WHERE code = ?`, [code]);
      if (row === undefined) return { kind: 'unknown' };
      const classCode = classCodeOf(row);
      if (claimed === 0) {
        if (classCode.revokedAt !== null) return { kind: 'revoked', revokedAt: classCode.revokedAt };
        if (now < classCode.validFrom) return { kind: 'not-yet-valid', validFrom: classCode.validFrom };
        if (now >= classCode.expiresAt) return { kind: 'expired', expiredAt: classCode.expiresAt };
        return { kind: 'full', maxDevices: classCode.maxDevices };
      }
      // The device's site is the school: the overview's site split then shows the hub's reach in schools too.
      await tx.run('INSERT INTO devices (device_id, site_label, token_hash, enrolled_at, class_id, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
        deviceId,
        classCode.school,
        tokenHash,
        now,
        classCode.classId,
        classCode.expiresAt,
      ]);
      return { kind: 'joined', classCode };
    });
  }

  /** Revokes the code and every device it enrolled, at once; null when no such code exists. Revoking twice keeps the first time. */
  revoke(classId: string, at: number): Promise<ClassCode | null> {
    return this.driver.transaction(async (tx) => {
      await tx.run('UPDATE class_codes SET revoked_at = ? WHERE class_id = ? AND revoked_at IS NULL', [at, classId]);
      await tx.run('UPDATE devices SET revoked_at = ? WHERE class_id = ? AND revoked_at IS NULL', [at, classId]);
      const [row] = await tx.all<ClassCodeRow>(`SELECT ${COLUMNS} FROM class_codes WHERE class_id = ?`, [classId]);
      return row === undefined ? null : classCodeOf(row);
    });
  }

  /**
   * Per school and class: the devices its codes enrolled, and the visitor sessions those devices started on the
   * code's day, from the dashboard's daily rollups (kept after the raw events are deleted).
   */
  async reach(): Promise<ClassReachRow[]> {
    const [devices, visits] = await Promise.all([
      this.driver.all<{ school: string; class_label: string; n: number | string }>(
        `SELECT c.school, c.class_label, COUNT(d.device_id) AS n FROM class_codes c JOIN devices d ON d.class_id = c.class_id
          GROUP BY c.school, c.class_label`,
      ),
      this.driver.all<{ school: string; class_label: string; n: number | string }>(
        `SELECT c.school, c.class_label, SUM(r.n) AS n FROM class_codes c
          JOIN devices d ON d.class_id = c.class_id
          JOIN daily_counts r ON r.device_id = d.device_id AND r.day = c.day AND r.metric = 'sessions'
          GROUP BY c.school, c.class_label`,
      ),
    ]);
    const key = (row: { school: string; class_label: string }) => JSON.stringify([row.school, row.class_label]);
    const rows = new Map<string, ClassReachRow>();
    for (const row of devices) rows.set(key(row), { school: row.school, classLabel: row.class_label, devices: Number(row.n), visits: 0 });
    for (const row of visits) {
      const known = rows.get(key(row));
      if (known !== undefined) rows.set(key(row), { ...known, visits: Number(row.n) });
    }
    return [...rows.values()].sort((a, b) => a.school.localeCompare(b.school) || a.classLabel.localeCompare(b.classLabel));
  }
}
