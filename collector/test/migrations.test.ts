// Schema upgrades: a collector still on schema version 1 (devices, codes, events only) is brought to the current
// version with its data kept, on SQLite and PostgreSQL; and two collector instances starting at once on one
// PostgreSQL database apply each migration exactly once (the advisory lock in migrate()).

import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../storage/migrations';
import { openDriver } from '../storage/openStore';
import type { SqlDriver } from '../storage/sqlDriver';
import { BACKENDS, POSTGRES_URL, testStorage, type Backend } from './harness';

const cleanUps: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

async function freshDriver(backend: Backend): Promise<{ driver: SqlDriver; settings: Awaited<ReturnType<typeof testStorage>>['settings'] }> {
  const storage = await testStorage(backend);
  cleanUps.push(storage.cleanUp);
  const driver = await openDriver(storage.settings);
  cleanUps.push(() => driver.close());
  return { driver, settings: storage.settings };
}

/** Puts the database where a version-1 collector left it: the first migration only, recorded as applied. */
async function schemaVersion1(driver: SqlDriver): Promise<void> {
  await driver.run('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  const first = MIGRATIONS[0]!;
  for (const statement of first.statements) {
    if (typeof statement === 'string') await driver.run(statement);
    else if (statement.dialect === driver.dialect) await driver.run(statement.sql);
  }
  await driver.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [first.version, first.name, 1]);
}

const LATER_VERSIONS = MIGRATIONS.map((migration) => migration.version).filter((version) => version > 1);

// Each test opens real databases (PostgreSQL over the network): a busy machine needs more than Vitest's 5 s.
const SLOW = { timeout: 60_000 };

describe.each(BACKENDS)('a %s collector on schema version 1', SLOW, (backend) => {
  it('is upgraded to the current schema with its devices, codes and events kept', async () => {
    const { driver } = await freshDriver(backend);
    await schemaVersion1(driver);
    await driver.run('INSERT INTO devices (device_id, site_label, token_hash, enrolled_at, revoked_at) VALUES (?, ?, ?, ?, NULL)', ['device-1', 'Hall A', 'hash-1', 1000]);
    await driver.run('INSERT INTO enrolment_codes (code_hash, site_label, created_at, expires_at, used_at, device_id) VALUES (?, ?, ?, ?, ?, ?)', ['code-1', 'Hall A', 900, 2000, 1000, 'device-1']);
    for (let index = 0; index < 3; index++) {
      await driver.run(
        'INSERT INTO events (event_id, device_id, event_type, installation_id, session_id, site_label, occurred_at, sent_at, received_at, derived_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [`event-${index}`, 'device-1', 'screen-viewed', 'installation-1', 'session-1', 'Hall A', '2026-02-03T10:00:00+01:00', '2026-02-03T10:01:00+01:00', 2000 + index, 2000 + index, '{}'],
      );
    }

    expect(await migrate(driver, Date.now())).toEqual(LATER_VERSIONS);

    const versions = await driver.all<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((migration) => migration.version));
    // Version 2 added the last sync time to devices: the existing device has none yet.
    const devices = await driver.all<{ device_id: string; site_label: string; last_sync_at: number | null }>('SELECT device_id, site_label, last_sync_at FROM devices');
    expect(devices).toEqual([{ device_id: 'device-1', site_label: 'Hall A', last_sync_at: null }]);
    const codes = await driver.all<{ code_hash: string; device_id: string }>('SELECT code_hash, device_id FROM enrolment_codes');
    expect(codes).toEqual([{ code_hash: 'code-1', device_id: 'device-1' }]);
    const events = await driver.all<{ event_id: string }>('SELECT event_id FROM events ORDER BY event_id');
    expect(events.map((row) => row.event_id)).toEqual(['event-0', 'event-1', 'event-2']);
    // The tables of version 2 exist and are usable.
    await driver.run('INSERT INTO staff (name, password_hash, created_at) VALUES (?, ?, ?)', ['marie', 'hash', 3000]);
    expect((await driver.all<{ failed_attempts: number | string }>('SELECT failed_attempts FROM staff')).map((row) => Number(row.failed_attempts))).toEqual([0]);
    await driver.run('INSERT INTO session_languages (session_id, language) VALUES (?, ?)', ['session-1', 'fr']);
    // A second start changes nothing.
    expect(await migrate(driver, Date.now())).toEqual([]);
  });
});

describe.runIf(POSTGRES_URL !== null)('two collector instances starting at once on one PostgreSQL database', SLOW, () => {
  it('apply each migration exactly once, and both start', async () => {
    const { driver: first, settings } = await freshDriver('postgres');
    const second = await openDriver(settings);
    cleanUps.push(() => second.close());
    const [a, b] = await Promise.all([migrate(first, Date.now()), migrate(second, Date.now())]);
    expect([...a, ...b].sort((x, y) => x - y)).toEqual(MIGRATIONS.map((migration) => migration.version));
    const versions = await first.all<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it('also when both upgrade the same version-1 database', async () => {
    const { driver: first, settings } = await freshDriver('postgres');
    await schemaVersion1(first);
    const second = await openDriver(settings);
    cleanUps.push(() => second.close());
    const [a, b] = await Promise.all([migrate(first, Date.now()), migrate(second, Date.now())]);
    expect([...a, ...b].sort((x, y) => x - y)).toEqual(LATER_VERSIONS);
    expect(await first.all('SELECT device_id FROM devices')).toEqual([]);
  });
});
