// Opens the configured database (PostgreSQL when a URL is given, else the SQLite file in the data directory) and
// brings its schema up to date before anything else touches it.

import path from 'node:path';
import type { StorageSettings } from '../settings';
import { CollectorStore } from './collectorStore';
import { migrate } from './migrations';
import { PostgresDriver } from './postgresDriver';
import { SqliteDriver } from './sqliteDriver';
import type { SqlDriver } from './sqlDriver';

export const SQLITE_FILE_NAME = 'collector.sqlite';

export async function openDriver(settings: StorageSettings): Promise<SqlDriver> {
  return settings.databaseUrl === null
    ? SqliteDriver.open(path.join(settings.dataDir, SQLITE_FILE_NAME))
    : PostgresDriver.open(settings.databaseUrl, settings.databaseSchema);
}

export async function openStore(settings: StorageSettings, now: number = Date.now()): Promise<CollectorStore> {
  const driver = await openDriver(settings);
  try {
    await migrate(driver, now);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new CollectorStore(driver);
}
