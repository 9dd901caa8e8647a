// The collector benchmarks' two databases: a part runs once on SQLite in a temporary folder, then on PostgreSQL in a
// schema of its own (dropped afterwards) when BIOTECH_TEST_DATABASE_URL or DATABASE_URL names a server; without one,
// a note says PostgreSQL was skipped.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StorageSettings } from '../../collector/settings';

export type Backend = 'sqlite' | 'postgres';

export async function onBothBackends<T>(name: string, run: (backend: Backend, storage: StorageSettings) => Promise<T>): Promise<{ figures: T[]; notes: string[] }> {
  const figures: T[] = [];
  const notes: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), `collector-${name}-`));
  try {
    figures.push(await run('sqlite', { databaseUrl: null, databaseSchema: 'public', dataDir: path.join(dataDir, 'sqlite') }));
    const postgresUrl = process.env.BIOTECH_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (postgresUrl === undefined) {
      notes.push(`${name} on PostgreSQL skipped: set BIOTECH_TEST_DATABASE_URL`);
      return { figures, notes };
    }
    const schema = `collector_${name}_${process.pid}`;
    try {
      figures.push(await run('postgres', { databaseUrl: postgresUrl, databaseSchema: schema, dataDir }));
    } finally {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    return { figures, notes };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
