// Keeps the log within its retention while the app runs: every interval, deletes acknowledged events older than the
// retention period and cleans up the journal. A failed purge is counted as a write error and tried again next time.

export interface PurgeSchedule {
  stop(): void;
}

export function startPurgeSchedule(options: {
  readonly intervalMs: number;
  purge(): Promise<number>;
  compactJournal(): void;
  onPurgeFailed(): void;
}): PurgeSchedule {
  const timer = setInterval(() => {
    options.purge().catch(() => options.onPurgeFailed());
    options.compactJournal();
  }, options.intervalMs);
  return { stop: () => clearInterval(timer) };
}
