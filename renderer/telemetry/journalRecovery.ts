// Deciding at start-up whether IndexedDB lost the engagement log, and what to put back. Pure: the journal, the
// localStorage mirror and the store each report what they hold, and these functions compare them.
//
// The installation id is kept in three places that fail independently: IndexedDB (meta), the journal's segment
// headers (OPFS) and localStorage. IndexedDB coming up without it, or with another one, while the journal or
// localStorage still has it, means its store was discarded and recreated (Chromium's recovery of a damaged
// LevelDB store): the old id is restored and every journaled event missing from IndexedDB is put back as pending.

import type { JournalContents } from './journal';
import type { JournalEvent } from './journalFormat';
import { newEventRecord, type NewEventRecord } from './records';

export type InstallationDecision =
  /** First start: no copy anywhere; a new id is created. */
  | { readonly kind: 'fresh' }
  /** IndexedDB has the id the other copies know (or they know none). */
  | { readonly kind: 'intact'; readonly installationId: string }
  /** IndexedDB lost the id (or holds another): restore `installationId` and the journaled events. */
  | { readonly kind: 'wiped'; readonly installationId: string; readonly storedId: string | null };

export function decideInstallation(stored: string | null, journal: string | null, mirror: string | null): InstallationDecision {
  // The journal is the copy written with every segment; localStorage backs it up when the journal is unavailable.
  const known = journal ?? mirror;
  if (known === null) return stored === null ? { kind: 'fresh' } : { kind: 'intact', installationId: stored };
  if (stored === known) return { kind: 'intact', installationId: stored };
  return { kind: 'wiped', installationId: known, storedId: stored };
}

/** Events to offer back to the store, oldest first, each once, without those a drop line says were refused. */
export function journaledEvents(contents: JournalContents): JournalEvent[] {
  const dropped = new Set<string>();
  for (const { contents: segment } of contents.segments) for (const id of segment.dropped) dropped.add(id);
  const seen = new Set<string>();
  const events: JournalEvent[] = [];
  for (const { contents: segment } of contents.segments) {
    for (const entry of segment.events) {
      const { eventId } = entry.event;
      if (dropped.has(eventId) || seen.has(eventId)) continue;
      seen.add(eventId);
      events.push(entry);
    }
  }
  return events;
}

/** Splits the events into store records of at most `size` (one write transaction each). */
export function restoreBatches(events: readonly JournalEvent[], size: number): NewEventRecord[][] {
  const batches: NewEventRecord[][] = [];
  for (let start = 0; start < events.length; start += size) {
    batches.push(events.slice(start, start + size).map((entry) => newEventRecord(entry.event, entry.recordedAt)));
  }
  return batches;
}

export interface RecoveryTotals {
  /** Times IndexedDB was found discarded and restored from the journal (since installation). */
  readonly storeRecoveries: number;
  /** Events put back from the journal over those recoveries. */
  readonly recoveredEvents: number;
}

export function largerTotals(a: RecoveryTotals, b: RecoveryTotals): RecoveryTotals {
  return { storeRecoveries: Math.max(a.storeRecoveries, b.storeRecoveries), recoveredEvents: Math.max(a.recoveredEvents, b.recoveredEvents) };
}
