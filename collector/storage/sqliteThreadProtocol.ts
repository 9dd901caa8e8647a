// The messages between SqliteDriver (main thread) and the SQLite database thread: each request carries an id and
// gets exactly one reply with that id, in order. Errors cross the thread boundary as plain fields (a structured clone
// of an Error keeps only its message), so SQLite's error code still reaches the logs. Id 0 is the thread's "opened".

import type { SqliteStep, SqliteValue } from './sqliteConnection';

export type ThreadRequest =
  | { readonly id: number; readonly op: 'all' | 'run'; readonly sql: string; readonly params: readonly SqliteValue[] }
  | { readonly id: number; readonly op: 'exec'; readonly sql: string }
  | { readonly id: number; readonly op: 'steps'; readonly steps: readonly SqliteStep[] }
  | { readonly id: number; readonly op: 'rollback' | 'close' };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  /** node:sqlite's ERR_SQLITE_ERROR, or a Node error code. */
  readonly code?: string;
  /** SQLite's extended result code, e.g. 13 (SQLITE_FULL). */
  readonly errcode?: number;
  readonly errstr?: string;
}

export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, errcode, errstr } = error as Error & { code?: unknown; errcode?: unknown; errstr?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errcode === 'number' ? { errcode } : {}),
    ...(typeof errstr === 'string' ? { errstr } : {}),
  };
}

/** The error again, on the receiving thread, with the same message and codes. */
export function deserializeError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  return Object.assign(error, {
    ...(serialized.code === undefined ? {} : { code: serialized.code }),
    ...(serialized.errcode === undefined ? {} : { errcode: serialized.errcode }),
    ...(serialized.errstr === undefined ? {} : { errstr: serialized.errstr }),
  });
}
