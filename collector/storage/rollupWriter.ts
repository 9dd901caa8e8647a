// Adds one device's newly stored events to the rollups, inside the fold's transaction (rollupFolder.ts): records the
// starting language of new visitor sessions, looks up the language of the sessions the other events belong to, and
// adds the counts to `daily_counts` and `monthly_counts` with upserts both SQLite and PostgreSQL understand. Rows are
// written in primary-key order and each table after the one before it, so two transactions writing shared keys on
// PostgreSQL wait for each other instead of deadlocking.

import { monthlyIncrements, rollupIncrements, type AcceptedEvent } from './rollups';
import { multiRowInsert, type SqlExecutor } from './sqlDriver';

/** Rows per statement: 10 parameters a row stays far below SQLite's 32,766 and PostgreSQL's 65,535. */
const CHUNK = 500;

const ROLLUP_COLUMNS = ['day', 'week', 'month', 'site_label', 'device_id', 'mode', 'language', 'metric', 'dim', 'n'] as const;
const ROLLUP_UPSERT_SUFFIX =
  ' ON CONFLICT (metric, day, site_label, device_id, mode, language, dim) DO UPDATE SET n = daily_counts.n + excluded.n';
const MONTHLY_COLUMNS = ['month', 'site_label', 'device_id', 'mode', 'language', 'metric', 'dim', 'n'] as const;
const MONTHLY_UPSERT_SUFFIX =
  ' ON CONFLICT (metric, month, site_label, device_id, mode, language, dim) DO UPDATE SET n = monthly_counts.n + excluded.n';

/** Compares two keys column by column (plain code-unit order: the same in every transaction). */
function byKey<T>(key: (item: T) => readonly string[]): (a: T, b: T) => number {
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    for (let index = 0; index < left.length; index += 1) {
      if (left[index]! < right[index]!) return -1;
      if (left[index]! > right[index]!) return 1;
    }
    return 0;
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

export async function updateRollups(tx: SqlExecutor, deviceId: string, accepted: readonly AcceptedEvent[]): Promise<void> {
  if (accepted.length === 0) return;
  const languages = new Map<string, string>();
  const started = accepted
    .flatMap(({ event }) => (event.type === 'session-started' ? [event] : []))
    .sort(byKey((event) => [event.sessionId]));
  for (const event of started) languages.set(event.sessionId, event.language);
  for (const part of chunks(started, CHUNK)) {
    await tx.run(
      `${multiRowInsert('session_languages', ['session_id', 'language'], part.length)} ON CONFLICT (session_id) DO NOTHING`,
      part.flatMap((event) => [event.sessionId, event.language]),
    );
  }
  const unknown = [...new Set(accepted.map(({ event }) => event.sessionId).filter((id) => !languages.has(id)))];
  for (const part of chunks(unknown, CHUNK)) {
    const found = await tx.all<{ session_id: string; language: string }>(
      `SELECT session_id, language FROM session_languages WHERE session_id IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of found) languages.set(row.session_id, row.language);
  }
  const increments = rollupIncrements(deviceId, accepted, (sessionId) => languages.get(sessionId)).sort(
    byKey((inc) => [inc.metric, inc.day, inc.siteLabel, inc.deviceId, inc.mode, inc.language, inc.dim]),
  );
  for (const part of chunks(increments, CHUNK)) {
    await tx.run(
      multiRowInsert('daily_counts', ROLLUP_COLUMNS, part.length, ROLLUP_UPSERT_SUFFIX),
      part.flatMap((inc) => [inc.day, inc.week, inc.month, inc.siteLabel, inc.deviceId, inc.mode, inc.language, inc.metric, inc.dim, inc.n]),
    );
  }
  const monthly = monthlyIncrements(increments).sort(byKey((inc) => [inc.metric, inc.month, inc.siteLabel, inc.deviceId, inc.mode, inc.language, inc.dim]));
  for (const part of chunks(monthly, CHUNK)) {
    await tx.run(
      multiRowInsert('monthly_counts', MONTHLY_COLUMNS, part.length, MONTHLY_UPSERT_SUFFIX),
      part.flatMap((inc) => [inc.month, inc.siteLabel, inc.deviceId, inc.mode, inc.language, inc.metric, inc.dim, inc.n]),
    );
  }
}
