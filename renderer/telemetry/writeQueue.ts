// Coalesces appends: every track() call made in the same task (one frame's worth of work) joins one IndexedDB
// transaction, written in a later task so rendering is never held up, and each caller's promise settles only
// after that transaction has committed. One transaction is in flight at a time, which keeps the log in call order
// and lets a burst that arrives during a commit ride in the next one.

import type { AppendOutcome } from './eventStore';
import type { NewEventRecord } from './records';

export interface QueuedWrite {
  readonly record: NewEventRecord;
  resolve(): void;
  reject(error: unknown): void;
}

export interface WriteQueueOptions {
  /** Writes one batch durably; the first `recorded` records are stored, the rest were over the cap. */
  write(records: readonly NewEventRecord[]): Promise<AppendOutcome>;
  /** Settles the callers whose records were over the cap or whose batch failed. */
  onOverflow(writes: readonly QueuedWrite[]): void;
  onFailure(writes: readonly QueuedWrite[], error: unknown): void;
  /** Records per transaction: bounds the main-thread time one commit takes (measured in bench/eventlog). */
  readonly maxBatch: number;
  /** Runs a callback in a later task. */
  readonly schedule?: (callback: () => void) => () => void;
}

/** A later task without timer clamping or throttling where MessageChannel exists; setTimeout elsewhere. */
export function scheduleTask(callback: () => void): () => void {
  if (typeof MessageChannel === 'function' && typeof document !== 'undefined') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
    return () => channel.port1.close();
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

export class WriteQueue {
  private queue: QueuedWrite[] = [];
  private cancelScheduled: (() => void) | null = null;
  private inFlight: Promise<void> | null = null;
  private readonly schedule: (callback: () => void) => () => void;

  constructor(private readonly options: WriteQueueOptions) {
    this.schedule = options.schedule ?? scheduleTask;
  }

  get size(): number {
    return this.queue.length;
  }

  enqueue(record: NewEventRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.ensureScheduled();
    });
  }

  /** Resolves when everything queued so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight !== null || this.cancelScheduled !== null) {
      if (this.inFlight !== null) await this.inFlight;
      else if (this.cancelScheduled !== null) {
        this.cancelScheduled();
        this.cancelScheduled = null;
        this.flush();
      } else this.flush();
    }
  }

  /** Rejects every write not yet started. */
  abandon(error: unknown): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const abandoned = this.queue;
    this.queue = [];
    for (const write of abandoned) write.reject(error);
  }

  private ensureScheduled(): void {
    if (this.cancelScheduled !== null || this.inFlight !== null) return;
    this.cancelScheduled = this.schedule(() => {
      this.cancelScheduled = null;
      this.flush();
    });
  }

  private flush(): void {
    if (this.inFlight !== null || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.options.maxBatch);
    this.inFlight = this.writeBatch(batch).finally(() => {
      this.inFlight = null;
      if (this.queue.length > 0) this.ensureScheduled();
    });
  }

  private async writeBatch(batch: QueuedWrite[]): Promise<void> {
    try {
      const outcome = await this.options.write(batch.map((write) => write.record));
      for (const write of batch.slice(0, outcome.recorded)) write.resolve();
      if (outcome.recorded < batch.length) this.options.onOverflow(batch.slice(outcome.recorded));
    } catch (error) {
      this.options.onFailure(batch, error);
    }
  }
}
