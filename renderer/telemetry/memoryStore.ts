// The engagement log kept in memory, used only when IndexedDB cannot be opened (a private browser window, a
// broken profile). The app keeps working and the admin is told; the events are lost when the app closes.

import type { AppendOutcome, EventStore, ScanFilter, StateCounts } from './eventStore';
import type { RecoveryTotals } from './journalRecovery';
import { EventState, type NewEventRecord, type StoredEventRecord } from './records';

type MutableRecord = { -readonly [K in keyof StoredEventRecord]: StoredEventRecord[K] };

export class MemoryEventStore implements EventStore {
  readonly kind = 'memory';
  private readonly records = new Map<number, MutableRecord>();
  private nextSeq = 1;
  private installation: string | null = null;
  private notRecordedCount = 0;
  /** Pending plus sent, kept as a number so appending stays cheap however many events wait. */
  private unacknowledged = 0;
  private totals: RecoveryTotals = { storeRecoveries: 0, recoveredEvents: 0 };

  async installationId(create: () => string): Promise<string> {
    this.installation ??= create();
    return this.installation;
  }

  async storedInstallationId(): Promise<string | null> {
    return this.installation;
  }

  async restore(records: readonly NewEventRecord[]): Promise<number> {
    const present = new Set<string>();
    for (const record of this.records.values()) present.add(record.eventId);
    let added = 0;
    for (const record of records) {
      if (present.has(record.eventId)) continue;
      present.add(record.eventId);
      const seq = this.nextSeq++;
      this.records.set(seq, { ...record, seq });
      added += 1;
    }
    this.unacknowledged += added;
    return added;
  }

  async markRecovered(installationId: string, totals: RecoveryTotals): Promise<void> {
    this.installation = installationId;
    this.totals = totals;
  }

  async recoveryTotals(): Promise<RecoveryTotals> {
    return this.totals;
  }

  async statesOf(eventIds: readonly string[]): Promise<Map<string, EventState>> {
    const wanted = new Set(eventIds);
    const states = new Map<string, EventState>();
    for (const record of this.records.values()) if (wanted.has(record.eventId)) states.set(record.eventId, record.state);
    return states;
  }

  async append(records: readonly NewEventRecord[], cap: number): Promise<AppendOutcome> {
    const room = Math.max(0, Math.min(records.length, cap - this.unacknowledged));
    this.unacknowledged += room;
    for (const record of records.slice(0, room)) {
      const seq = this.nextSeq++;
      this.records.set(seq, { ...record, seq });
    }
    this.notRecordedCount += records.length - room;
    return { recorded: room, notRecorded: records.length - room };
  }

  async takePending(limit: number, isSound: (value: unknown) => StoredEventRecord | null): Promise<StoredEventRecord[]> {
    const taken: StoredEventRecord[] = [];
    for (const record of this.records.values()) {
      if (taken.length >= limit) break;
      if (record.state !== EventState.pending) continue;
      if (isSound(record) === null) {
        record.state = EventState.quarantined;
        this.unacknowledged -= 1;
        continue;
      }
      record.state = EventState.sent;
      taken.push({ ...record });
    }
    return taken;
  }

  async acknowledge(eventIds: readonly string[], at: number): Promise<number> {
    const wanted = new Set(eventIds);
    let changed = 0;
    for (const record of this.records.values()) {
      if (!wanted.has(record.eventId)) continue;
      if (record.state !== EventState.pending && record.state !== EventState.sent) continue;
      record.state = EventState.acknowledged;
      record.ackedAt = at;
      changed += 1;
    }
    this.unacknowledged -= changed;
    return changed;
  }

  async release(eventIds: readonly string[]): Promise<number> {
    const wanted = new Set(eventIds);
    let changed = 0;
    for (const record of this.records.values()) {
      if (wanted.has(record.eventId) && record.state === EventState.sent) {
        record.state = EventState.pending;
        changed += 1;
      }
    }
    return changed;
  }

  async releaseAllSent(): Promise<number> {
    let changed = 0;
    for (const record of this.records.values()) {
      if (record.state === EventState.sent) {
        record.state = EventState.pending;
        changed += 1;
      }
    }
    return changed;
  }

  async purgeAcknowledgedBefore(before: number): Promise<number> {
    let deleted = 0;
    for (const [seq, record] of this.records) {
      if (record.state === EventState.acknowledged && record.ackedAt !== undefined && record.ackedAt < before) {
        this.records.delete(seq);
        deleted += 1;
      }
    }
    return deleted;
  }

  async counts(): Promise<StateCounts> {
    const counts = { pending: 0, sent: 0, acknowledged: 0, quarantined: 0 };
    for (const record of this.records.values()) {
      if (record.state === EventState.pending) counts.pending += 1;
      else if (record.state === EventState.sent) counts.sent += 1;
      else if (record.state === EventState.acknowledged) counts.acknowledged += 1;
      else counts.quarantined += 1;
    }
    return counts;
  }

  async notRecorded(): Promise<number> {
    return this.notRecordedCount;
  }

  async scan(filter: ScanFilter, visit: (value: unknown) => void): Promise<void> {
    const types = filter.types === undefined ? null : new Set<string>(filter.types);
    for (const record of [...this.records.values()]) {
      if (types === null || types.has(record.type)) visit({ ...record });
    }
  }

  async quarantine(seqs: readonly number[]): Promise<void> {
    for (const seq of seqs) {
      const record = this.records.get(seq);
      if (record === undefined || record.state === EventState.quarantined) continue;
      if (record.state === EventState.pending || record.state === EventState.sent) this.unacknowledged -= 1;
      record.state = EventState.quarantined;
    }
  }

  close(): void {
    this.records.clear();
  }
}
