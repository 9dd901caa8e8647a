// Builds a collector for tests on either backend: SQLite in a fresh temporary directory, or PostgreSQL
// (BIOTECH_TEST_DATABASE_URL) in a fresh schema dropped afterwards. Captures every log line for privacy checks.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { enrolmentCodeHash, newEnrolmentCode } from '../security/secrets';
import { buildApp, type HttpTimeouts } from '../server/app';
import { createLogger } from '../server/logging';
import type { RateLimitSettings, StorageSettings } from '../settings';
import type { CollectorStore } from '../storage/collectorStore';
import { openStore } from '../storage/openStore';

export type Backend = 'sqlite' | 'postgres';

export const POSTGRES_URL = process.env.BIOTECH_TEST_DATABASE_URL ?? null;

if (POSTGRES_URL === null && process.env.CI) {
  // CI must test both databases: .ci/run starts PostgreSQL and exports the URL; its absence is a broken CI set-up.
  throw new Error('BIOTECH_TEST_DATABASE_URL is not set in CI: the PostgreSQL half of the collector suite cannot run');
}

/** The backends to run the contract suite on; PostgreSQL when its URL is in the environment (always in CI). */
export const BACKENDS: readonly Backend[] = POSTGRES_URL === null ? ['sqlite'] : ['sqlite', 'postgres'];

export interface TestCollector {
  readonly app: FastifyInstance;
  readonly store: CollectorStore;
  /** Where its database is: another store opened on it is another collector instance (or the same one restarted). */
  readonly settings: StorageSettings;
  readonly logs: string[];
  readonly clock: { now: number };
  /** Its own releases folder (kiosk installers served as updates). */
  readonly releasesDir: string;
  /** Creates an enrolment code (as `npm run collector -- enrol` does) valid for `validMs`. */
  createCode(site?: string, validMs?: number): Promise<string>;
  /** Enrols a device through the API; returns its id and token. */
  enrol(site?: string): Promise<{ deviceId: string; deviceToken: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function testStorage(backend: Backend): Promise<{ settings: StorageSettings; cleanUp: () => Promise<void> }> {
  if (backend === 'sqlite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'collector-test-'));
    return { settings: { databaseUrl: null, databaseSchema: 'public', dataDir }, cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (POSTGRES_URL === null) throw new Error('BIOTECH_TEST_DATABASE_URL is not set');
  const schema = `collector_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  return {
    settings: { databaseUrl: POSTGRES_URL, databaseSchema: schema, dataDir: tmpdir() },
    cleanUp: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function openTestCollector(
  backend: Backend,
  options: {
    rateLimit?: RateLimitSettings;
    startAt?: number;
    uploadsInFlightPerDevice?: number;
    uploadsAtOnce?: number;
    random?: () => number;
    trustedProxy?: string;
    timeouts?: HttpTimeouts;
  } = {},
): Promise<TestCollector> {
  const { settings, cleanUp } = await testStorage(backend);
  const clock = { now: options.startAt ?? Date.now() };
  const store = await openStore(settings, clock.now);
  const releasesDir = mkdtempSync(path.join(tmpdir(), 'collector-releases-'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const app = buildApp({
    store,
    logger: createLogger('trace', sink),
    rateLimit: options.rateLimit ?? { perMinute: 1_000_000, burst: 1_000_000 },
    now: () => clock.now,
    uploadsInFlightPerDevice: options.uploadsInFlightPerDevice,
    uploadsAtOnce: options.uploadsAtOnce,
    random: options.random,
    trustedProxy: options.trustedProxy,
    timeouts: options.timeouts,
    releasesDir,
  });
  await app.ready();
  const createCode = async (site = 'Hall A', validMs = 15 * 60_000) => {
    const code = newEnrolmentCode();
    await store.createEnrolmentCode(enrolmentCodeHash(code)!, site, clock.now, clock.now + validMs);
    return code;
  };
  return {
    app,
    store,
    settings,
    logs,
    clock,
    releasesDir,
    createCode,
    async enrol(site = 'Hall A') {
      const code = await createCode(site);
      const response = await app.inject({ method: 'POST', url: '/v1/enrol', payload: { code } });
      if (response.statusCode !== 201) throw new Error(`enrolment failed: ${response.statusCode} ${response.body}`);
      return response.json<{ deviceId: string; deviceToken: string }>();
    },
    async close() {
      await app.close();
      await store.close();
      await cleanUp();
      rmSync(releasesDir, { recursive: true, force: true });
    },
  };
}
