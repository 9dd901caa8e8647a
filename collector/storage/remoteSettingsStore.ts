// Remote settings on the collector (migration 10): every save of a target's document (a site or one device) is a new
// row with the next number of one collector-wide sequence, so the revision a device sees only grows; the newest row
// of a target is its document and saving an empty one clears it (rows are never deleted). A device gets its site's
// document with its own on top (mergeRemoteSettings in common/config/remoteSettings.ts). Site labels are stored
// lower-cased in the key: devices compare them without regard to case.

import type { $ZodError } from 'zod/v4/core';
import {
  mergeRemoteSettings,
  saveRemoteSettingsRequestSchema,
  type RemoteSettings,
  type RemoteSettingsOverview,
  type RemoteSettingsTarget,
  type RemoteSettingValues,
  type StoredRemoteSettings,
} from '../../common/config/remoteSettings';
import type { Device } from './collectorStore';
import type { SqlDriver, SqlExecutor } from './sqlDriver';

/** The key a target is stored under: "site:" and the trimmed site label in lower case, or "device:<id>". */
export function storedSettingsKey(target: RemoteSettingsTarget): string {
  return target.kind === 'site' ? `site:${target.site.trim().toLocaleLowerCase('fr')}` : `device:${target.deviceId}`;
}

interface SettingsRow {
  version: number | string;
  target: string;
  settings_values: string;
  pin_change_requested_at: number | string | null;
  saved_at: number | string;
  saved_by: string;
}

const COLUMNS = 'version, target, settings_values, pin_change_requested_at, saved_at, saved_by';

function storedOf(row: SettingsRow): StoredRemoteSettings {
  return {
    target: JSON.parse(row.target) as RemoteSettingsTarget,
    values: JSON.parse(row.settings_values) as RemoteSettingValues,
    version: Number(row.version),
    pinChangeRequestedAt: row.pin_change_requested_at === null ? null : Number(row.pin_change_requested_at),
    savedAt: new Date(Number(row.saved_at)).toISOString(),
    savedBy: row.saved_by,
  };
}

export type SaveOutcome = { readonly kind: 'saved'; readonly settings: StoredRemoteSettings } | { readonly kind: 'invalid'; readonly error: $ZodError };

export class RemoteSettingsStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /**
   * Saves a target's document as the next revision after checking it against the contract's schema. A PIN request
   * keeps the time it was first asked while it stays on, takes `savedAt` when it turns on, and ends when it is off.
   * `inTransaction` runs in the same transaction (the audit entry), so a save is kept with it or not at all.
   */
  async save(
    request: unknown,
    savedAt: number,
    savedBy: string,
    inTransaction: (tx: SqlExecutor, saved: StoredRemoteSettings) => Promise<void> = async () => {},
  ): Promise<SaveOutcome> {
    const parsed = saveRemoteSettingsRequestSchema.safeParse(request);
    if (!parsed.success) return { kind: 'invalid', error: parsed.error };
    const { target, values, requirePinChange } = parsed.data;
    const key = storedSettingsKey(target);
    return this.driver.transaction(async (tx) => {
      // Taking the next number first holds other instances back until this save commits, so the previous
      // document read below is the newest one.
      await tx.run('UPDATE settings_sequence SET last_version = last_version + 1 WHERE id = 1');
      const [sequence] = await tx.all<{ last_version: number | string }>('SELECT last_version FROM settings_sequence WHERE id = 1');
      if (sequence === undefined) throw new Error('the remote settings sequence is missing (migration 10)');
      const previous = await this.newest(key, tx);
      const pinChangeRequestedAt = !requirePinChange ? null : (previous?.pinChangeRequestedAt ?? savedAt);
      const version = Number(sequence.last_version);
      await tx.run(
        'INSERT INTO remote_settings (version, target_key, target, settings_values, pin_change_requested_at, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [version, key, JSON.stringify(target), JSON.stringify(values), pinChangeRequestedAt, savedAt, savedBy],
      );
      const settings: StoredRemoteSettings = { target, values, version, pinChangeRequestedAt, savedAt: new Date(savedAt).toISOString(), savedBy };
      await inTransaction(tx, settings);
      return { kind: 'saved', settings };
    });
  }

  /** The newest document of a target (by stored key), or null if none was ever saved. */
  async newest(key: string, tx: SqlExecutor = this.driver): Promise<StoredRemoteSettings | null> {
    const [row] = await tx.all<SettingsRow>(`SELECT ${COLUMNS} FROM remote_settings WHERE target_key = ? ORDER BY version DESC LIMIT 1`, [key]);
    return row === undefined ? null : storedOf(row);
  }

  /** The newest document of every target ever saved (cleared ones too, with no values): sites first, then devices. */
  async overview(): Promise<RemoteSettingsOverview> {
    const rows = await this.driver.all<SettingsRow & { target_key: string }>(
      `SELECT target_key, ${COLUMNS} FROM remote_settings WHERE version IN (SELECT MAX(version) FROM remote_settings GROUP BY target_key) ORDER BY target_key`,
    );
    const targets = rows.map(storedOf);
    const order = { site: 0, device: 1 } as const;
    targets.sort((a, b) => order[a.target.kind] - order[b.target.kind]);
    return { targets };
  }

  /** What `device` gets: its site's document (site labels compared without regard to case) with its own on top. */
  async forDevice(device: Pick<Device, 'deviceId' | 'siteLabel'>): Promise<RemoteSettings | null> {
    const [site, own] = await Promise.all([
      this.newest(storedSettingsKey({ kind: 'site', site: device.siteLabel })),
      this.newest(storedSettingsKey({ kind: 'device', deviceId: device.deviceId })),
    ]);
    return mergeRemoteSettings(site, own);
  }
}
