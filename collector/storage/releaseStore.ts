// Kiosk releases: each version on a channel with its rollout and installer files, and what every device reported at
// its last update check (the version it runs, a version it went back from). The installers themselves live in the
// collector's releases folder (releaseFiles.ts); this store keeps their names, SHA-512 and sizes.

import type { FeedFile } from '../releases/feed';
import type { ReleasePlatform } from '../releases/feed';
import type { ReleaseChannel, RolloutCandidate, RolloutRule } from '../releases/rollout';
import type { SqlDriver } from './sqlDriver';

export interface ReleaseFile extends FeedFile {
  readonly platform: ReleasePlatform;
  /** The copy's name in the releases folder. */
  readonly storedName: string;
}

export interface Release extends RolloutCandidate {
  readonly channel: ReleaseChannel;
  readonly withdrawnAt: number | null;
  readonly files: readonly ReleaseFile[];
}

export interface DeviceVersionReport {
  readonly deviceId: string;
  readonly appVersion: string;
  readonly channel: ReleaseChannel;
  readonly failedVersion: string | null;
  readonly reportedAt: number;
}

interface ReleaseRow {
  channel: string;
  version: string;
  released_at: number | string;
  rollout_percent: number | string;
  rollout_sites: string;
  withdrawn_at: number | string | null;
}

interface FileRow {
  channel: string;
  version: string;
  file_name: string;
  platform: string;
  sha512: string;
  size: number | string;
  stored_name: string;
}

export type AddFileOutcome = 'created' | 'added' | 'same-file' | 'name-taken';

export class ReleaseStore {
  private readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /**
   * Adds an installer to the release `version` of `channel`, creating the release (with `rollout`) when it is new.
   * A file name already used on the channel by another file is refused: a feed url must always mean the same bytes.
   */
  addFile(channel: ReleaseChannel, version: string, file: ReleaseFile, rollout: RolloutRule, now: number): Promise<AddFileOutcome> {
    return this.driver.transaction(async (tx): Promise<AddFileOutcome> => {
      const [known] = await tx.all<FileRow>(`SELECT version, sha512 FROM release_files WHERE channel = ? AND file_name = ?${this.driver.lockRowsSuffix}`, [
        channel,
        file.fileName,
      ]);
      if (known !== undefined) return known.version === version && known.sha512 === file.sha512 ? 'same-file' : 'name-taken';
      const [release] = await tx.all<{ version: string }>(`SELECT version FROM releases WHERE channel = ? AND version = ?${this.driver.lockRowsSuffix}`, [channel, version]);
      if (release === undefined) {
        await tx.run('INSERT INTO releases (channel, version, released_at, rollout_percent, rollout_sites) VALUES (?, ?, ?, ?, ?)', [
          channel,
          version,
          now,
          rollout.percent,
          JSON.stringify(rollout.sites),
        ]);
      }
      await tx.run('INSERT INTO release_files (channel, version, file_name, platform, sha512, size, stored_name) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        channel,
        version,
        file.fileName,
        file.platform,
        file.sha512,
        file.size,
        file.storedName,
      ]);
      return release === undefined ? 'created' : 'added';
    });
  }

  /** Every release of a channel (or of all), oldest first, with its files. */
  async releases(channel?: ReleaseChannel): Promise<Release[]> {
    const where = channel === undefined ? '' : ' WHERE channel = ?';
    const params = channel === undefined ? [] : [channel];
    const [rows, files] = await Promise.all([
      this.driver.all<ReleaseRow>(`SELECT channel, version, released_at, rollout_percent, rollout_sites, withdrawn_at FROM releases${where} ORDER BY released_at, version`, params),
      this.driver.all<FileRow>(`SELECT channel, version, file_name, platform, sha512, size, stored_name FROM release_files${where} ORDER BY file_name`, params),
    ]);
    return rows.map((row) => {
      const withdrawnAt = row.withdrawn_at === null ? null : Number(row.withdrawn_at);
      return {
        channel: row.channel as ReleaseChannel,
        version: row.version,
        releasedAt: Number(row.released_at),
        withdrawn: withdrawnAt !== null,
        withdrawnAt,
        rollout: { percent: Number(row.rollout_percent), sites: JSON.parse(row.rollout_sites) as string[] },
        files: files
          .filter((file) => file.channel === row.channel && file.version === row.version)
          .map((file) => ({
            fileName: file.file_name,
            platform: file.platform as ReleasePlatform,
            sha512: file.sha512,
            size: Number(file.size),
            storedName: file.stored_name,
          })),
      };
    });
  }

  /** A file of a release still offered on the channel (not withdrawn), or null. */
  async offeredFile(channel: ReleaseChannel, fileName: string): Promise<ReleaseFile | null> {
    const [row] = await this.driver.all<FileRow>(
      `SELECT f.channel, f.version, f.file_name, f.platform, f.sha512, f.size, f.stored_name FROM release_files f
        JOIN releases r ON r.channel = f.channel AND r.version = f.version
        WHERE f.channel = ? AND f.file_name = ? AND r.withdrawn_at IS NULL`,
      [channel, fileName],
    );
    return row === undefined
      ? null
      : { fileName: row.file_name, platform: row.platform as ReleasePlatform, sha512: row.sha512, size: Number(row.size), storedName: row.stored_name };
  }

  /** Changes a release's rollout (and brings a withdrawn one back); false when there is no such release. */
  async setRollout(channel: ReleaseChannel, version: string, rollout: RolloutRule): Promise<boolean> {
    const changed = await this.driver.run('UPDATE releases SET rollout_percent = ?, rollout_sites = ?, withdrawn_at = NULL WHERE channel = ? AND version = ?', [
      rollout.percent,
      JSON.stringify(rollout.sites),
      channel,
      version,
    ]);
    return changed > 0;
  }

  /** Withdraws a release (rollback): its devices are offered the release before it. False when there is none. */
  async withdraw(channel: ReleaseChannel, version: string, now: number): Promise<boolean> {
    await this.driver.run('UPDATE releases SET withdrawn_at = ? WHERE channel = ? AND version = ? AND withdrawn_at IS NULL', [now, channel, version]);
    const [row] = await this.driver.all<{ version: string }>('SELECT version FROM releases WHERE channel = ? AND version = ?', [channel, version]);
    return row !== undefined;
  }

  /** Records what a device said when it checked for an update (one row per device, the latest report). */
  async recordReport(report: DeviceVersionReport): Promise<void> {
    await this.driver.run(
      `INSERT INTO device_versions (device_id, app_version, channel, failed_version, reported_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (device_id) DO UPDATE SET app_version = excluded.app_version, channel = excluded.channel,
        failed_version = excluded.failed_version, reported_at = excluded.reported_at`,
      [report.deviceId, report.appVersion, report.channel, report.failedVersion, report.reportedAt],
    );
  }

  /** Every device's latest report, or only `deviceId`'s. */
  async reports(deviceId?: string): Promise<DeviceVersionReport[]> {
    const rows = await this.driver.all<{ device_id: string; app_version: string; channel: string; failed_version: string | null; reported_at: number | string }>(
      `SELECT device_id, app_version, channel, failed_version, reported_at FROM device_versions${deviceId === undefined ? '' : ' WHERE device_id = ?'} ORDER BY device_id`,
      deviceId === undefined ? [] : [deviceId],
    );
    return rows.map((row) => ({
      deviceId: row.device_id,
      appVersion: row.app_version,
      channel: row.channel as ReleaseChannel,
      failedVersion: row.failed_version,
      reportedAt: Number(row.reported_at),
    }));
  }
}
