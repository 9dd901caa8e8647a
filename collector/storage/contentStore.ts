// Content packs on the collector (migration 9): the staff's draft per target, and every published version with the
// exact JSON string that was signed and its signature. Versions come from one sequence for the whole collector and
// only go up; nothing published is ever changed or deleted (a rollback publishes old content as a new version).
// Targets are kept under a key with the site label lower-cased: devices compare site labels without regard to case.

import type { PackContent, PackTarget } from '../../common/content/contentPack';
import { targetKey } from '../../common/content/contentApi';
import type { Language } from '../../common/i18n/languages';
import type { SqlDriver, SqlExecutor } from './sqlDriver';

/** The key a target is stored under: "all", "mode:kiosk", or "site:" and the trimmed site label in lower case. */
export function storedTargetKey(target: PackTarget): string {
  return target.kind === 'site' ? `site:${target.site.trim().toLocaleLowerCase('fr')}` : targetKey(target);
}

export interface StoredDraft {
  readonly target: PackTarget;
  readonly languages: Language[];
  readonly content: PackContent;
  readonly basedOnVersion: number | null;
  readonly savedAt: number;
  readonly savedBy: string;
}

export interface StoredVersion {
  readonly version: number;
  readonly targetKey: string;
  /** The pack's JSON exactly as signed and served. */
  readonly payload: string;
  readonly keyId: string;
  readonly signature: string;
  readonly publishedAt: number;
  readonly publishedBy: string;
  readonly restoredFrom: number | null;
}

interface DraftRow {
  target: string;
  languages: string;
  content: string;
  based_on_version: number | string | null;
  saved_at: number | string;
  saved_by: string;
}

interface VersionRow {
  version: number | string;
  target_key: string;
  payload: string;
  key_id: string;
  signature: string;
  published_at: number | string;
  published_by: string;
  restored_from: number | string | null;
}

const VERSION_COLUMNS = 'version, target_key, payload, key_id, signature, published_at, published_by, restored_from';

function draftOf(row: DraftRow): StoredDraft {
  return {
    target: JSON.parse(row.target) as PackTarget,
    languages: JSON.parse(row.languages) as Language[],
    content: JSON.parse(row.content) as PackContent,
    basedOnVersion: row.based_on_version === null ? null : Number(row.based_on_version),
    savedAt: Number(row.saved_at),
    savedBy: row.saved_by,
  };
}

function versionOf(row: VersionRow): StoredVersion {
  return {
    version: Number(row.version),
    targetKey: row.target_key,
    payload: row.payload,
    keyId: row.key_id,
    signature: row.signature,
    publishedAt: Number(row.published_at),
    publishedBy: row.published_by,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
  };
}

export class ContentStore {
  readonly driver: SqlDriver;

  constructor(driver: SqlDriver) {
    this.driver = driver;
  }

  /** The draft of a target (by stored key); `lock` holds it against other instances until `tx` ends. */
  async draft(key: string, tx: SqlExecutor = this.driver, lock = false): Promise<StoredDraft | null> {
    const [row] = await tx.all<DraftRow>(
      `SELECT target, languages, content, based_on_version, saved_at, saved_by FROM content_drafts WHERE target_key = ?${lock ? this.driver.lockRowsSuffix : ''}`,
      [key],
    );
    return row === undefined ? null : draftOf(row);
  }

  /**
   * Saves the draft of its target. A new draft starts from the target's newest published version; a draft saved
   * again keeps the version it started from.
   */
  saveDraft(draft: Omit<StoredDraft, 'basedOnVersion'>): Promise<StoredDraft> {
    const key = storedTargetKey(draft.target);
    return this.driver.transaction(async (tx) => {
      const [existing] = await tx.all<{ based_on_version: number | string | null }>(
        `SELECT based_on_version FROM content_drafts WHERE target_key = ?${this.driver.lockRowsSuffix}`,
        [key],
      );
      const basedOnVersion =
        existing !== undefined ? (existing.based_on_version === null ? null : Number(existing.based_on_version)) : ((await this.latest(key, tx))?.version ?? null);
      await tx.run(
        `INSERT INTO content_drafts (target_key, target, languages, content, based_on_version, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (target_key) DO UPDATE SET target = excluded.target, languages = excluded.languages, content = excluded.content,
          saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
        [key, JSON.stringify(draft.target), JSON.stringify(draft.languages), JSON.stringify(draft.content), basedOnVersion, draft.savedAt, draft.savedBy],
      );
      return { ...draft, basedOnVersion };
    });
  }

  async deleteDraft(key: string, tx: SqlExecutor = this.driver): Promise<void> {
    await tx.run('DELETE FROM content_drafts WHERE target_key = ?', [key]);
  }

  /** Takes the next version of the collector-wide sequence; other instances wait until `tx` ends. */
  async nextVersion(tx: SqlExecutor): Promise<number> {
    await tx.run('UPDATE content_sequence SET last_version = last_version + 1 WHERE id = 1');
    const [row] = await tx.all<{ last_version: number | string }>('SELECT last_version FROM content_sequence WHERE id = 1');
    if (row === undefined) throw new Error('the content version sequence is missing (migration 9)');
    return Number(row.last_version);
  }

  async insertVersion(version: StoredVersion, tx: SqlExecutor): Promise<void> {
    await tx.run(`INSERT INTO content_versions (${VERSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      version.version,
      version.targetKey,
      version.payload,
      version.keyId,
      version.signature,
      version.publishedAt,
      version.publishedBy,
      version.restoredFrom,
    ]);
  }

  /** The newest published version for a target (by stored key), or null. */
  async latest(key: string, tx: SqlExecutor = this.driver): Promise<StoredVersion | null> {
    const [row] = await tx.all<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM content_versions WHERE target_key = ? ORDER BY version DESC LIMIT 1`, [key]);
    return row === undefined ? null : versionOf(row);
  }

  /** The newest version among targets listed by priority: the first key that has one wins. */
  async newestOf(keys: readonly string[]): Promise<StoredVersion | null> {
    if (keys.length === 0) return null;
    const rows = await this.driver.all<{ target_key: string; version: number | string }>(
      `SELECT target_key, MAX(version) AS version FROM content_versions WHERE target_key IN (${keys.map(() => '?').join(', ')}) GROUP BY target_key`,
      keys,
    );
    const newest = new Map(rows.map((row) => [row.target_key, Number(row.version)]));
    const chosen = keys.find((key) => newest.has(key));
    return chosen === undefined ? null : this.version(newest.get(chosen)!);
  }

  async version(version: number): Promise<StoredVersion | null> {
    const [row] = await this.driver.all<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM content_versions WHERE version = ?`, [version]);
    return row === undefined ? null : versionOf(row);
  }

  /** Every version published for a target, newest first. */
  async history(key: string): Promise<StoredVersion[]> {
    const rows = await this.driver.all<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM content_versions WHERE target_key = ? ORDER BY version DESC`, [key]);
    return rows.map(versionOf);
  }

  /** The newest version of every target that has one. */
  async latestPerTarget(tx: SqlExecutor = this.driver): Promise<StoredVersion[]> {
    const rows = await tx.all<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM content_versions WHERE version IN (SELECT MAX(version) FROM content_versions GROUP BY target_key) ORDER BY target_key`,
    );
    return rows.map(versionOf);
  }

  /** Every draft. */
  async drafts(): Promise<StoredDraft[]> {
    const rows = await this.driver.all<DraftRow>('SELECT target, languages, content, based_on_version, saved_at, saved_by FROM content_drafts ORDER BY target_key');
    return rows.map(draftOf);
  }
}
