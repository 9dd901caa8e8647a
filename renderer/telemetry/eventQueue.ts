// The queue between recording an event and its write: batches events into transactions (WriteQueue) and turns a
// full log or a failed write into the TelemetryError each waiting event is rejected with, counting the failure.

import { TelemetryError, describeError, isQuotaError } from './errors';
import type { AppendOutcome } from './eventStore';
import type { ProblemCounters } from './problemCounters';
import type { NewEventRecord } from './records';
import { WriteQueue, type QueuedWrite } from './writeQueue';

export function createEventQueue(options: {
  readonly maxBatch: number;
  readonly pendingCap: number;
  readonly counters: ProblemCounters;
  write(records: readonly NewEventRecord[]): Promise<AppendOutcome>;
}): WriteQueue {
  const { pendingCap, counters } = options;
  return new WriteQueue({
    maxBatch: options.maxBatch,
    write: options.write,
    onOverflow: (writes: readonly QueuedWrite[]) => {
      const error = new TelemetryError(
        'cap-reached',
        `not recorded: ${pendingCap} events are already waiting to be synced (the pending cap); the event was counted instead`,
      );
      for (const write of writes) write.reject(error);
    },
    onFailure: (writes: readonly QueuedWrite[], cause: unknown) => {
      counters.writeFailed(cause, writes.length);
      const error = isQuotaError(cause)
        ? new TelemetryError('quota-exceeded', 'not recorded: the device storage quota is exhausted', { cause })
        : new TelemetryError('write-failed', `not recorded: IndexedDB write failed (${describeError(cause)})`, { cause });
      for (const write of writes) write.reject(error);
    },
  });
}
