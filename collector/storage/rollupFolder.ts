// Folds stored events into the dashboard's rollups after the ingest, so an upload costs only the INSERT of its
// events. Each ingest request leaves one `rollup_backlog` row naming its events; a fold takes the oldest rows, adds
// the events that request stored to the rollups (rollupWriter.ts) and deletes the rows, all in one transaction, so
// every event is counted exactly once whatever crashes in between. An event delivered twice is stored by the first
// request only (events.ingest_batch), so the second request's row counts nothing.
// When: 250 ms after uploads pause, at the latest 5 s after an upload while they go on, and always before a dashboard
// reads the rollups (catchUp), so staff never see a count that misses a stored event.

import type { EngagementEvent } from '../../common/events';
import type { AcceptedEvent } from './rollups';
import { updateRollups } from './rollupWriter';
import type { SqlDriver, SqlExecutor } from './sqlDriver';

/** Uploads paused this long: fold what they stored. */
export const FOLD_IDLE_MS = 250;
/** Uploads going on: fold anyway once the oldest unfolded one is this old. */
export const FOLD_MAX_LAG_MS = 5_000;
/** Ingest requests per fold transaction (up to 500 events each). */
const BATCHES_PER_FOLD = 40;
/** Ids per `IN (...)` list. */
const IDS_PER_QUERY = 500;

interface BacklogRow {
  seq: number | string;
  ingest_batch: string;
  device_id: string;
  event_ids: string;
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** The events `row`'s request stored (its ids that another request stored first are left out). */
async function storedEvents(tx: SqlExecutor, row: BacklogRow): Promise<AcceptedEvent[]> {
  const ids = JSON.parse(row.event_ids) as string[];
  const events: AcceptedEvent[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const part = ids.slice(start, start + IDS_PER_QUERY);
    const found = await tx.all<{ derived_at: number | string; body: string }>(
      `SELECT derived_at, body FROM events WHERE ingest_batch = ? AND event_id IN (${placeholders(part.length)})`,
      [row.ingest_batch, ...part],
    );
    for (const stored of found) events.push({ event: JSON.parse(stored.body) as EngagementEvent, derivedAt: Number(stored.derived_at) });
  }
  return events;
}

/**
 * One fold transaction: the oldest backlog rows up to `upToSeq`, their events into the rollups, the rows deleted.
 * Returns how many rows it folded (0: none left up to `upToSeq`, or another collector instance folded them).
 */
export async function foldOnce(driver: SqlDriver, upToSeq: number): Promise<number> {
  return driver.transaction(async (tx) => {
    const rows = await tx.all<BacklogRow>(
      `SELECT seq, ingest_batch, device_id, event_ids FROM rollup_backlog WHERE seq <= ? ORDER BY seq LIMIT ${BATCHES_PER_FOLD}${driver.lockRowsSuffix}`,
      [upToSeq],
    );
    if (rows.length === 0) return 0;
    const byDevice = new Map<string, AcceptedEvent[]>();
    for (const row of rows) {
      const events = await storedEvents(tx, row);
      const list = byDevice.get(row.device_id);
      if (list === undefined) byDevice.set(row.device_id, events);
      else list.push(...events);
    }
    for (const deviceId of [...byDevice.keys()].sort()) await updateRollups(tx, deviceId, byDevice.get(deviceId)!);
    await tx.run(`DELETE FROM rollup_backlog WHERE seq IN (${placeholders(rows.length)})`, rows.map((row) => row.seq));
    return rows.length;
  });
}

/** The newest backlog row's number, or null when the backlog is empty. */
async function newestSeq(driver: SqlDriver): Promise<number | null> {
  const [row] = await driver.all<{ seq: number | string | null }>('SELECT MAX(seq) AS seq FROM rollup_backlog');
  return row?.seq === null || row?.seq === undefined ? null : Number(row.seq);
}

export class RollupFolder {
  private readonly driver: SqlDriver;
  private readonly onError: (error: unknown) => void;
  /** The fold running or queued last; folds of one process never overlap. */
  private tail: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private lagTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(driver: SqlDriver, onError: (error: unknown) => void) {
    this.driver = driver;
    this.onError = onError;
  }

  /** Folds everything stored before this call (also what other collector instances stored). */
  catchUp(): Promise<void> {
    const run = async () => {
      const upTo = await newestSeq(this.driver);
      if (upTo === null) return;
      // On PostgreSQL a fold waiting for another instance's fold can find its locked rows gone and return 0 while
      // newer rows remain, so the loop ends only when nothing up to `upTo` is left.
      while ((await foldOnce(this.driver, upTo)) > 0 || (await this.remainsUpTo(upTo)));
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** An ingest request stored events: fold once uploads pause, or once the oldest unfolded one is too old. */
  noteIngest(): void {
    if (this.stopped) return;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.foldInBackground(), FOLD_IDLE_MS);
    this.idleTimer.unref();
    if (this.lagTimer === null) {
      this.lagTimer = setTimeout(() => this.foldInBackground(), FOLD_MAX_LAG_MS);
      this.lagTimer.unref();
    }
  }

  /** No more background folds; resolves when the running one has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    await this.tail;
  }

  private foldInBackground(): void {
    this.clearTimers();
    if (this.stopped) return;
    // A failed fold loses nothing (its transaction rolled back, the rows stay); the next one retries them.
    this.catchUp().catch((error: unknown) => this.onError(error));
  }

  private clearTimers(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    if (this.lagTimer !== null) clearTimeout(this.lagTimer);
    this.idleTimer = null;
    this.lagTimer = null;
  }

  private async remainsUpTo(upTo: number): Promise<boolean> {
    const rows = await this.driver.all<{ seq: number | string }>('SELECT seq FROM rollup_backlog WHERE seq <= ? LIMIT 1', [upTo]);
    return rows.length > 0;
  }
}
