// The collector's schema, as numbered migrations applied in order at start. The SQL is the common subset of
// SQLite and PostgreSQL (TEXT, BIGINT, no dialect functions), so both databases hold the same tables; a statement
// written for one dialect only changes how that database stores a table, never its columns.
// Times are epoch milliseconds (BIGINT) except the device's own local timestamps, kept as sent.

import type { SqlDriver } from './sqlDriver';

/** A statement run on one database only (storage details such as SQLite's WITHOUT ROWID tables). */
export interface DialectStatement {
  readonly dialect: SqlDriver['dialect'];
  readonly sql: string;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly (string | DialectStatement)[];
}

const ROLLUP_COLUMNS_SQL = `site_label TEXT NOT NULL,
        device_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        language TEXT NOT NULL,
        metric TEXT NOT NULL,
        dim TEXT NOT NULL,
        n BIGINT NOT NULL`;

const MONTHLY_COUNTS_SQL = `CREATE TABLE monthly_counts (
        month TEXT NOT NULL,
        ${ROLLUP_COLUMNS_SQL},
        PRIMARY KEY (metric, month, site_label, device_id, mode, language, dim)
      )`;

const BACKLOG_COLUMNS_SQL = `ingest_batch TEXT NOT NULL,
        device_id TEXT NOT NULL,
        event_ids TEXT NOT NULL`;

const AUDIT_COLUMNS_SQL = `at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT`;

/** SQLite: rebuilds `table` (same columns and primary key) as a WITHOUT ROWID table. */
function sqliteWithoutRowid(table: string, createSql: string): DialectStatement[] {
  return [
    { dialect: 'sqlite', sql: `${createSql.replace(`CREATE TABLE ${table} `, `CREATE TABLE ${table}_compact `)} WITHOUT ROWID` },
    { dialect: 'sqlite', sql: `INSERT INTO ${table}_compact SELECT * FROM ${table}` },
    { dialect: 'sqlite', sql: `DROP TABLE ${table}` },
    { dialect: 'sqlite', sql: `ALTER TABLE ${table}_compact RENAME TO ${table}` },
  ];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'devices, enrolment codes and events',
    statements: [
      `CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        site_label TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        enrolled_at BIGINT NOT NULL,
        revoked_at BIGINT
      )`,
      `CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY,
        site_label TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        used_at BIGINT,
        device_id TEXT
      )`,
      `CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        site_label TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        received_at BIGINT NOT NULL,
        derived_at BIGINT NOT NULL,
        body TEXT NOT NULL
      )`,
      'CREATE INDEX events_by_type_and_time ON events (event_type, derived_at)',
      'CREATE INDEX events_by_device ON events (device_id)',
    ],
  },
  {
    version: 2,
    name: 'staff accounts and sessions, dashboard rollups, device last sync',
    statements: [
      `CREATE TABLE staff (
        name TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until BIGINT
      )`,
      `CREATE TABLE staff_sessions (
        session_hash TEXT PRIMARY KEY,
        staff_name TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      'CREATE INDEX staff_sessions_by_name ON staff_sessions (staff_name)',
      // The starting language of each visitor session, so events after session-started can be filtered by language.
      `CREATE TABLE session_languages (
        session_id TEXT PRIMARY KEY,
        language TEXT NOT NULL
      )`,
      // Counts per local day and dimension (see rollups.ts; written by the rollup fold since version 4): every
      // dashboard query reads this table, never the events, so it stays fast at millions of events.
      `CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        week TEXT NOT NULL,
        month TEXT NOT NULL,
        site_label TEXT NOT NULL,
        device_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        language TEXT NOT NULL,
        metric TEXT NOT NULL,
        dim TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (metric, day, site_label, device_id, mode, language, dim)
      )`,
      'ALTER TABLE devices ADD COLUMN last_sync_at BIGINT',
    ],
  },
  {
    version: 3,
    name: 'monthly rollup for long date ranges; SQLite rollups WITHOUT ROWID',
    statements: [
      // The same counts per local month, written with daily_counts in one transaction: a dashboard range
      // reads whole months here and only the days around them from daily_counts (reports/countsSource.ts).
      // On SQLite the rollups live in their primary-key B-tree (WITHOUT ROWID): an upsert touches one tree instead
      // of the table and its key index, and a range read gets each count without a second lookup.
      { dialect: 'postgres', sql: MONTHLY_COUNTS_SQL },
      { dialect: 'sqlite', sql: `${MONTHLY_COUNTS_SQL} WITHOUT ROWID` },
      ...sqliteWithoutRowid(
        'daily_counts',
        `CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        week TEXT NOT NULL,
        month TEXT NOT NULL,
        ${ROLLUP_COLUMNS_SQL},
        PRIMARY KEY (metric, day, site_label, device_id, mode, language, dim)
      )`,
      ),
      ...sqliteWithoutRowid('session_languages', 'CREATE TABLE session_languages (session_id TEXT PRIMARY KEY, language TEXT NOT NULL)'),
      // A collector upgraded from version 2 already holds daily counts: its months start from their sums.
      `INSERT INTO monthly_counts (month, site_label, device_id, mode, language, metric, dim, n)
        SELECT month, site_label, device_id, mode, language, metric, dim, SUM(n)
        FROM daily_counts GROUP BY month, site_label, device_id, mode, language, metric, dim`,
    ],
  },
  {
    version: 4,
    name: 'rollup backlog: the ingest stores events, the rollups are folded in after it',
    statements: [
      // Which ingest request stored each event: the fold counts an event only for the request that stored it, so a
      // second delivery of it (same id, other request) is never counted again. Empty for events stored before this.
      'ALTER TABLE events ADD COLUMN ingest_batch TEXT',
      // One row per ingest request whose events are not in the rollups yet (rollupFolder.ts); the fold adds them to
      // the rollups and deletes the row in one transaction. Events stored before this migration are already counted.
      {
        dialect: 'postgres',
        sql: `CREATE TABLE rollup_backlog (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${BACKLOG_COLUMNS_SQL})`,
      },
      { dialect: 'sqlite', sql: `CREATE TABLE rollup_backlog (seq INTEGER PRIMARY KEY, ${BACKLOG_COLUMNS_SQL})` },
    ],
  },
  {
    version: 5,
    name: 'hardening: growing account locks, staff audit log, rejected events per device',
    statements: [
      // How many times in a row the account was locked: each lock lasts twice as long as the one before (staffAuth.ts).
      'ALTER TABLE staff ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0',
      // Staff logins, failures, lockouts and actions: who (an account name, or the command line) did what and when.
      // Never an address (auditLog.ts).
      { dialect: 'postgres', sql: `CREATE TABLE audit_log (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${AUDIT_COLUMNS_SQL})` },
      { dialect: 'sqlite', sql: `CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, ${AUDIT_COLUMNS_SQL})` },
      'CREATE INDEX audit_log_by_time ON audit_log (at)',
      // Events a device sent whose time cannot be true (batch.ts): counted for staff, never stored.
      'ALTER TABLE devices ADD COLUMN rejected_events BIGINT NOT NULL DEFAULT 0',
    ],
  },
  {
    version: 6,
    name: 'kiosk releases per channel, their installer files, the version each device runs',
    statements: [
      // A version on a channel (stable, pilot), with its staged rollout: a percentage of devices and/or named sites
      // (a JSON array). Withdrawn (rollback) sends its devices back to the release before it (releases/rollout.ts).
      `CREATE TABLE releases (
        channel TEXT NOT NULL,
        version TEXT NOT NULL,
        released_at BIGINT NOT NULL,
        rollout_percent INTEGER NOT NULL,
        rollout_sites TEXT NOT NULL,
        withdrawn_at BIGINT,
        PRIMARY KEY (channel, version)
      )`,
      // The installers of a release (an NSIS .exe, an AppImage, a .deb), as electron-updater's feed lists them: the
      // SHA-512 in base64 and the size. stored_name is the copy in the collector's releases folder.
      `CREATE TABLE release_files (
        channel TEXT NOT NULL,
        version TEXT NOT NULL,
        file_name TEXT NOT NULL,
        platform TEXT NOT NULL,
        sha512 TEXT NOT NULL,
        size BIGINT NOT NULL,
        stored_name TEXT NOT NULL,
        PRIMARY KEY (channel, file_name)
      )`,
      // What each device said at its last update check: the version it runs, its channel, and a version it went back
      // from because it failed to start twice (never offered to it again).
      `CREATE TABLE device_versions (
        device_id TEXT PRIMARY KEY,
        app_version TEXT NOT NULL,
        channel TEXT NOT NULL,
        failed_version TEXT,
        reported_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 7,
    name: 'device health: the latest report of each device',
    statements: [
      // One row per device, replaced by each report (common/health/deviceHealth.ts): the schema-checked report as
      // JSON (enums, counts, times and versions only) and the server time it arrived.
      `CREATE TABLE device_health (
        device_id TEXT PRIMARY KEY,
        reported_at BIGINT NOT NULL,
        report TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 8,
    name: 'class codes: a school class joins for one day, each pupil browser with its own short-lived token',
    statements: [
      // The code is kept as is (classCodes.ts says why); school and class are staff-chosen labels such as "Athénée
      // Royal de Gosselies" and "2B", never a person's name. Valid from valid_from to expires_at (one local day).
      `CREATE TABLE class_codes (
        class_id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        school TEXT NOT NULL,
        class_label TEXT NOT NULL,
        day TEXT NOT NULL,
        valid_from BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        max_devices INTEGER NOT NULL,
        used_devices INTEGER NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL,
        revoked_at BIGINT
      )`,
      'CREATE INDEX class_codes_by_day ON class_codes (day)',
      // A device enrolled with a class code belongs to that class (set by the server from the code, never sent by
      // the device) and its token stops working at expires_at; both stay null for devices enrolled by staff.
      'ALTER TABLE devices ADD COLUMN class_id TEXT',
      'ALTER TABLE devices ADD COLUMN expires_at BIGINT',
      'CREATE INDEX devices_by_class ON devices (class_id)',
    ],
  },
  {
    version: 9,
    name: 'content packs: drafts per target, published versions (signed), the collector signing key',
    statements: [
      // One draft per target (contentStore.ts). target_key is the target as one string with a site label lower-cased,
      // so "Hall B" and "hall b" are one target (devices compare site labels without regard to case); target is the
      // target as staff typed it (JSON). languages and content are the draft's JSON; based_on_version is the
      // published version it started from.
      `CREATE TABLE content_drafts (
        target_key TEXT PRIMARY KEY,
        target TEXT NOT NULL,
        languages TEXT NOT NULL,
        content TEXT NOT NULL,
        based_on_version BIGINT,
        saved_at BIGINT NOT NULL,
        saved_by TEXT NOT NULL
      )`,
      // Every published pack, never changed or deleted: the exact JSON string that was signed, its Ed25519 signature
      // and the id of the key that signed it. One version sequence for the whole collector (content_sequence).
      `CREATE TABLE content_versions (
        version BIGINT PRIMARY KEY,
        target_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        key_id TEXT NOT NULL,
        signature TEXT NOT NULL,
        published_at BIGINT NOT NULL,
        published_by TEXT NOT NULL,
        restored_from BIGINT
      )`,
      'CREATE INDEX content_versions_by_target ON content_versions (target_key, version)',
      // The last version handed out: a publication takes the next one by updating this single row, which holds other
      // collector instances back until it commits (a row lock on PostgreSQL, the write lock on SQLite).
      'CREATE TABLE content_sequence (id INTEGER PRIMARY KEY, last_version BIGINT NOT NULL)',
      'INSERT INTO content_sequence (id, last_version) VALUES (1, 0)',
      // The collector's Ed25519 key pair that signs the packs (contentKeyStore.ts): one row, created on first need by
      // whichever instance comes first (insert-if-absent), so every instance and every restart signs with it.
      // private_key is the JWK "d" (base64url): whoever reads this table can sign packs devices will show.
      `CREATE TABLE content_signing_key (
        id INTEGER PRIMARY KEY,
        key_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 10,
    name: 'remote settings: every save of a site or device document, one revision sequence',
    statements: [
      // One row per save, never changed or deleted (remoteSettingsStore.ts): the newest row of a target is its
      // document, and saving an empty document clears it. target_key is "site:" and the trimmed site label in lower
      // case (devices compare site labels without regard to case) or "device:<id>"; target is the target as staff
      // typed it (JSON); settings_values the schema-checked values (JSON). version comes from settings_sequence, so
      // the revision a device sees only grows. pin_change_requested_at is the time of the save that turned the PIN
      // request on, kept while it stays on, null when off.
      `CREATE TABLE remote_settings (
        version BIGINT PRIMARY KEY,
        target_key TEXT NOT NULL,
        target TEXT NOT NULL,
        settings_values TEXT NOT NULL,
        pin_change_requested_at BIGINT,
        saved_at BIGINT NOT NULL,
        saved_by TEXT NOT NULL
      )`,
      'CREATE INDEX remote_settings_by_target ON remote_settings (target_key, version)',
      // The last revision handed out; a save takes the next one by updating this single row (as content_sequence).
      'CREATE TABLE settings_sequence (id INTEGER PRIMARY KEY, last_version BIGINT NOT NULL)',
      'INSERT INTO settings_sequence (id, last_version) VALUES (1, 0)',
    ],
  },
];

/** Applies the migrations this database has not seen yet, each in its own transaction; returns their versions. */
export async function migrate(driver: SqlDriver, now: number): Promise<number[]> {
  // Under the migration lock too: two instances starting at once on a fresh PostgreSQL database would otherwise both
  // create the table, and one fails (CREATE TABLE IF NOT EXISTS is not safe against a concurrent create).
  await driver.transaction(async (tx) => {
    if (driver.migrationLockSql !== null) await tx.all(driver.migrationLockSql);
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  });
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    const ran = await driver.transaction(async (tx) => {
      if (driver.migrationLockSql !== null) await tx.all(driver.migrationLockSql);
      const done = await tx.all<{ version: number }>('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) {
        if (typeof statement === 'string') await tx.run(statement);
        else if (statement.dialect === driver.dialect) await tx.run(statement.sql);
      }
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
