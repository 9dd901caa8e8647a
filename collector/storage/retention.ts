// How long the hub keeps what it collects. Raw events (with their installation and session ids, age band and
// profile) are deleted once older than the retention period; the dashboard's rollups (counts per day and month, no
// ids) are kept, so past figures stay. Audit log lines, ended staff sessions and enrolment codes past their use go
// with the same period. Run by the collector itself at start and then daily (RetentionSchedule).

import type { CollectorStore } from './collectorStore';

/** Raw events received this recently are never deleted, whatever their time: their rollup fold may be pending. */
const FOLD_GRACE_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface PurgeOutcome {
  readonly cutoff: number;
  readonly events: number;
}

/** The moment `months` calendar months before `now` (UTC). */
export function retentionCutoff(now: number, months: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/**
 * Deletes raw events whose (skew-corrected) time is older than `months` before `now`, after folding every stored
 * event into the rollups, so the dashboard's figures do not change; then what only those events used.
 */
export async function purgeExpired(store: CollectorStore, now: number, months: number): Promise<PurgeOutcome> {
  const cutoff = retentionCutoff(now, months);
  await store.foldRollups();
  const events = await store.driver.run('DELETE FROM events WHERE derived_at < ? AND received_at < ?', [cutoff, now - FOLD_GRACE_MS]);
  // A visitor session's starting language is kept only while one of its events is.
  if (events > 0) {
    await store.driver.run('DELETE FROM session_languages WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.session_id = session_languages.session_id)');
  }
  await store.driver.run('DELETE FROM audit_log WHERE at < ?', [cutoff]);
  await store.driver.run('DELETE FROM staff_sessions WHERE expires_at < ?', [now]);
  await store.driver.run('DELETE FROM enrolment_codes WHERE expires_at < ? AND used_at IS NULL', [now - DAY_MS]);
  return { cutoff, events };
}

/** Runs the purge now and every day after, until stopped; a failed run is reported and retried the next day. */
export class RetentionSchedule {
  private readonly store: CollectorStore;
  private readonly months: number;
  private readonly now: () => number;
  private readonly report: (outcome: PurgeOutcome | { error: unknown }) => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(store: CollectorStore, months: number, now: () => number, report: (outcome: PurgeOutcome | { error: unknown }) => void) {
    this.store = store;
    this.months = months;
    this.now = now;
    this.report = report;
  }

  start(): void {
    this.runOnce();
    this.timer = setInterval(() => this.runOnce(), DAY_MS);
    this.timer.unref();
  }

  /** Stops the daily run and waits for one in progress. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private runOnce(): void {
    this.running = purgeExpired(this.store, this.now(), this.months).then(this.report, (error: unknown) => this.report({ error }));
  }
}
