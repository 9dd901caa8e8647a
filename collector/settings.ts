// The collector's configuration, from command-line flags first and environment variables second, with the
// defaults documented in docs/collector.md. Parsing is pure so it is tested without starting anything.

import path from 'node:path';
import { DEFAULT_UPLOADS_AT_ONCE } from './server/uploadGate';

export interface RateLimitSettings {
  /** Requests a device may make per minute, sustained. */
  readonly perMinute: number;
  /** Requests a device may make in a burst before the per-minute rate applies. */
  readonly burst: number;
}

export interface StorageSettings {
  /** PostgreSQL connection URL (DATABASE_URL); null means the SQLite file in dataDir. */
  readonly databaseUrl: string | null;
  /** PostgreSQL schema to use (DATABASE_SCHEMA, default public); tests use a schema of their own. */
  readonly databaseSchema: string;
  readonly dataDir: string;
}

export interface ServerSettings {
  readonly host: string;
  readonly port: number;
  readonly storage: StorageSettings;
  readonly rateLimit: RateLimitSettings;
  /**
   * Uploads of all devices being received or stored at once; more are answered 429 collector-busy with a Retry-After
   * that spreads them over time (server/uploadGate.ts). Bounds the memory the bodies take after an outage.
   */
  readonly uploadsAtOnce: number;
  /** Log level for pino: fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: string;
  /**
   * Mark the staff session cookie Secure (the default). False only when asked for explicitly
   * (--insecure-cookie-on-loopback true) and the collector listens on a loopback address: a plain-HTTP trial.
   */
  readonly secureCookie: boolean;
  /** A TLS-terminating proxy's address(es) (comma-separated IPs or CIDRs), whose X-Forwarded-* headers are believed. */
  readonly trustedProxy: string | null;
  /** Raw events older than this many months are deleted (the dashboard's rollups are kept): retention.ts. */
  readonly keepRawMonths: number;
  /** The kiosk installers served as updates (releases/releaseFiles.ts). */
  readonly releasesDir: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
/** Raw events are kept 13 months: a school year and the same month a year later, for comparisons. */
export const DEFAULT_KEEP_RAW_MONTHS = 13;
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { perMinute: 120, burst: 30 };
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class UsageError extends Error {}

export interface ParsedArguments {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string>;
}

/** Splits `--name value`, `--name=value` and positional arguments. Every flag takes a value. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    if (equals > 0) {
      flags.set(argument.slice(2, equals), argument.slice(equals + 1));
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${argument} needs a value`);
    flags.set(argument.slice(2), value);
    index += 1;
  }
  return { positional, flags };
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

type Environment = Readonly<Record<string, string | undefined>>;

export function storageSettings(flags: ReadonlyMap<string, string>, env: Environment): StorageSettings {
  const databaseUrl = flags.get('database-url') ?? env.DATABASE_URL ?? null;
  const databaseSchema = flags.get('database-schema') ?? env.DATABASE_SCHEMA ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new UsageError(`the database schema must be lower-case letters, digits and _, got "${databaseSchema}"`);
  }
  const dataDir = path.resolve(flags.get('data-dir') ?? env.COLLECTOR_DATA_DIR ?? 'collector-data');
  return { databaseUrl: databaseUrl === '' ? null : databaseUrl, databaseSchema, dataDir };
}

export function serverSettings(flags: ReadonlyMap<string, string>, env: Environment): ServerSettings {
  const logLevel = flags.get('log-level') ?? env.COLLECTOR_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const host = flags.get('host') ?? env.COLLECTOR_HOST ?? DEFAULT_HOST;
  return {
    host,
    port: integer('--port', flags.get('port') ?? env.COLLECTOR_PORT, DEFAULT_PORT, 0, 65535),
    storage: storageSettings(flags, env),
    rateLimit: {
      perMinute: integer('--rate-limit', flags.get('rate-limit') ?? env.COLLECTOR_RATE_LIMIT, DEFAULT_RATE_LIMIT.perMinute, 1, 1_000_000),
      burst: integer('--rate-burst', flags.get('rate-burst') ?? env.COLLECTOR_RATE_BURST, DEFAULT_RATE_LIMIT.burst, 1, 1_000_000),
    },
    uploadsAtOnce: integer('--uploads-at-once', flags.get('uploads-at-once') ?? env.COLLECTOR_UPLOADS_AT_ONCE, DEFAULT_UPLOADS_AT_ONCE, 1, 10_000),
    logLevel,
    secureCookie: secureCookie(flags, env, host),
    trustedProxy: trustedProxy(flags.get('trusted-proxy') ?? env.COLLECTOR_TRUSTED_PROXY),
    keepRawMonths: integer('--keep-raw-months', flags.get('keep-raw-months') ?? env.COLLECTOR_KEEP_RAW_MONTHS, DEFAULT_KEEP_RAW_MONTHS, 1, 120),
    releasesDir: releasesDir(flags, env),
  };
}

/**
 * The kiosk installers' folder: --releases-dir or COLLECTOR_RELEASES_DIR, else `releases` in the data directory.
 * Several collector instances on one PostgreSQL database must share it (a network folder), like the database.
 */
export function releasesDir(flags: ReadonlyMap<string, string>, env: Environment): string {
  const named = flags.get('releases-dir') ?? env.COLLECTOR_RELEASES_DIR;
  return path.resolve(named !== undefined && named !== '' ? named : path.join(storageSettings(flags, env).dataDir, 'releases'));
}

/** Loopback addresses: only a browser on the collector's own machine can reach them. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function secureCookie(flags: ReadonlyMap<string, string>, env: Environment, host: string): boolean {
  const insecure = (flags.get('insecure-cookie-on-loopback') ?? env.COLLECTOR_INSECURE_COOKIE_ON_LOOPBACK ?? 'false') === 'true';
  if (!insecure) return true;
  if (!isLoopback(host)) {
    throw new UsageError(`--insecure-cookie-on-loopback is only for a trial on this machine (--host 127.0.0.1), not on ${host}: serve staff over HTTPS`);
  }
  return false;
}

function trustedProxy(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  const parts = text.split(',').map((part) => part.trim());
  if (!parts.every((part) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(part))) {
    throw new UsageError(`--trusted-proxy takes the proxy's IP addresses or CIDR ranges, comma-separated, got "${text}"`);
  }
  return parts.join(',');
}

/** Where the data lives, for the start-up line, without the password of a database URL. */
export function describeStorage(storage: StorageSettings): string {
  if (storage.databaseUrl === null) return `SQLite file ${path.join(storage.dataDir, 'collector.sqlite')}`;
  try {
    const url = new URL(storage.databaseUrl);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname} (schema ${storage.databaseSchema})`;
  } catch {
    return 'PostgreSQL (DATABASE_URL is not a valid URL)';
  }
}
