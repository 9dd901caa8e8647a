// What the sync client (a later issue) drives: take the oldest pending events as a batch (they become "sent"),
// then mark them acknowledged once the collector confirms, or release them back to pending when delivery failed.
// The collector deduplicates by eventId, so a batch resent after a crash is delivered exactly once.

import type { EngagementEvent } from '../../common/events';
import type { EventStore } from './eventStore';
import { parseStoredRecord } from './records';

export class SyncOutbox {
  constructor(
    private readonly store: EventStore,
    private readonly clock: { now(): number },
  ) {}

  /** The oldest pending events, at most `limit`, now marked sent. Corrupt records are set aside, never returned. */
  async takeBatch(limit: number): Promise<EngagementEvent[]> {
    if (!Number.isInteger(limit) || limit <= 0) throw new RangeError('takeBatch: limit must be a positive integer');
    const records = await this.store.takePending(limit, parseStoredRecord);
    return records.map((record) => record.event);
  }

  /** Marks events acknowledged by the collector (from sent or pending); returns how many changed state. */
  acknowledge(eventIds: readonly string[]): Promise<number> {
    return eventIds.length === 0 ? Promise.resolve(0) : this.store.acknowledge(eventIds, this.clock.now());
  }

  /** Puts sent events back to pending after a failed delivery; returns how many changed state. */
  release(eventIds: readonly string[]): Promise<number> {
    return eventIds.length === 0 ? Promise.resolve(0) : this.store.release(eventIds);
  }

  /** Events pending or sent, from the store's state counts (cheap: no event is read). For the sync status. */
  async countWaiting(): Promise<number> {
    const counts = await this.store.counts();
    return counts.pending + counts.sent;
  }

  /** Puts every sent event back to pending (openTelemetry does this at start-up); returns how many. */
  releaseAllSent(): Promise<number> {
    return this.store.releaseAllSent();
  }
}
