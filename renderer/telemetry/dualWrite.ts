// Writes each batch of events twice at the same time, to IndexedDB and to the journal, and keeps the two copies in
// step: events IndexedDB refused are dropped from the journal (so a recovery never brings them back), and journal
// segments whose events are all acknowledged are deleted in the background.

import type { AppendOutcome, EventStore } from './eventStore';
import type { Journal } from './journal';
import type { ProblemCounters } from './problemCounters';
import type { NewEventRecord } from './records';

export interface DualWriter {
  /** One batch, written to both copies; settles once both are durable (or the journal's failure is counted). */
  append(records: readonly NewEventRecord[]): Promise<AppendOutcome>;
  /** Starts a background clean-up of acknowledged journal segments. */
  compactJournal(): void;
  /** Resolves when the background clean-ups started so far are done. */
  settled(): Promise<void>;
}

export function createDualWriter(store: EventStore, journal: Journal | null, pendingCap: number, counters: ProblemCounters): DualWriter {
  async function dropFromJournal(records: readonly NewEventRecord[]): Promise<void> {
    if (journal === null || records.length === 0) return;
    await journal.drop(records.map((record) => record.eventId)).catch((cause: unknown) => counters.journalFailed(cause));
  }

  let maintenance: Promise<void> = Promise.resolve();

  return {
    async append(records) {
      const journaled =
        journal === null
          ? Promise.resolve(false)
          : journal.append(records).then(
              () => true,
              (cause: unknown) => {
                counters.journalFailed(cause);
                return false;
              },
            );
      let outcome: AppendOutcome;
      try {
        outcome = await store.append(records, pendingCap);
      } catch (error) {
        if (await journaled) await dropFromJournal(records);
        throw error;
      }
      if (await journaled) await dropFromJournal(records.slice(outcome.recorded));
      else if (journal !== null) counters.eventsNotJournaled += outcome.recorded;
      return outcome;
    },
    compactJournal() {
      if (journal === null) return;
      maintenance = maintenance
        .then(() => journal.compact((eventIds) => store.statesOf(eventIds)))
        .then(
          (outcome) => {
            counters.journalCorruptLines = Math.max(counters.journalCorruptLines, outcome.corruptLines);
          },
          (cause: unknown) => counters.journalCleanUpFailed(cause),
        );
    },
    settled: () => maintenance,
  };
}
