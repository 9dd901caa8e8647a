// A small local log of app errors for staff (the admin panel shows the count): time, screen and the error's name
// and first line only, never a stack trace on screen and nothing about the visitor. Keeps the last 50.

import type { ScreenId } from '../../common/ids';

export const ERROR_LOG_KEY = 'biotech.errorLog.v1';
const MAX_ENTRIES = 50;

export interface ErrorLogEntry {
  readonly at: string;
  readonly screen: ScreenId;
  readonly message: string;
}

export function readErrorLog(storage: Storage): ErrorLogEntry[] {
  try {
    const parsed = JSON.parse(storage.getItem(ERROR_LOG_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as ErrorLogEntry[]) : [];
  } catch {
    return [];
  }
}

export function logError(storage: Storage, screen: ScreenId, error: unknown): void {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const entry: ErrorLogEntry = { at: new Date().toISOString(), screen, message: raw.split('\n')[0]?.slice(0, 200) ?? '' };
  try {
    storage.setItem(ERROR_LOG_KEY, JSON.stringify([...readErrorLog(storage), entry].slice(-MAX_ENTRIES)));
  } catch {
    // Storage full: the error is still reported to the console.
  }
}
