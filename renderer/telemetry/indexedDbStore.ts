// The engagement log in IndexedDB (through Dexie), shared by the Electron and web hosts. Every write transaction
// uses strict durability, so a resolved write has reached the disk and survives the process being killed.

import Dexie, { type Table } from 'dexie';
import type { AppendOutcome, EventStore, ScanFilter, StateCounts } from './eventStore';
import type { RecoveryTotals } from './journalRecovery';
import { EventState, type NewEventRecord, type StoredEventRecord } from './records';

interface MetaRecord {
  readonly key: MetaKey;
  readonly value: string | number;
}

type MetaKey = 'installationId' | 'notRecorded' | 'unacknowledged' | 'storeRecoveries' | 'recoveredEvents';

export const DEFAULT_DATABASE_NAME = 'biotech-engagement-log';

/** Records read per transaction when scanning: small enough that a scan never holds up appends for long. */
const SCAN_PAGE = 500;
/** Events looked up per read transaction when the journal asks for delivery states. */
const STATES_PAGE = 2000;

class EngagementDatabase extends Dexie {
  events!: Table<StoredEventRecord, number, Omit<StoredEventRecord, 'seq'> & { readonly seq?: number }>;
  meta!: Table<MetaRecord, MetaKey>;

  constructor(name: string, indexedDB: IndexedDbApi | undefined) {
    super(name, { chromeTransactionDurability: 'strict', ...(indexedDB ?? {}) });
    this.version(1).stores({
      // [state+seq]: the oldest pending/sent records; ackedAt: retention; [type+seq]: statistics per type.
      events: '++seq, &eventId, [state+seq], ackedAt, [type+seq]',
      meta: '&key',
    });
  }
}

/** Lets tests and unusual hosts supply their own IndexedDB implementation. */
export interface IndexedDbApi {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

function stateRange(state: EventState): [[number, number], [number, number]] {
  return [
    [state, -Infinity],
    [state, Infinity],
  ];
}

export class IndexedDbEventStore implements EventStore {
  readonly kind = 'indexeddb';

  private constructor(private readonly db: EngagementDatabase) {}

  /**
   * Opens (creating if needed) the database and brings the unacknowledged counter in line with the records, so a
   * counter damaged by hand or by an old build cannot make the cap wrong forever. Rejects when IndexedDB is unusable.
   */
  static async open(name: string = DEFAULT_DATABASE_NAME, indexedDB?: IndexedDbApi): Promise<IndexedDbEventStore> {
    const db = new EngagementDatabase(name, indexedDB);
    await db.open();
    const store = new IndexedDbEventStore(db);
    await db.transaction('rw', db.events, db.meta, async () => {
      const pending = await db.events.where('[state+seq]').between(...stateRange(EventState.pending)).count();
      const sent = await db.events.where('[state+seq]').between(...stateRange(EventState.sent)).count();
      await db.meta.put({ key: 'unacknowledged', value: pending + sent });
    });
    return store;
  }

  async installationId(create: () => string): Promise<string> {
    const { db } = this;
    return db.transaction('rw', db.meta, async () => {
      const existing = await db.meta.get('installationId');
      if (typeof existing?.value === 'string') return existing.value;
      const id = create();
      await db.meta.put({ key: 'installationId', value: id });
      return id;
    });
  }

  async storedInstallationId(): Promise<string | null> {
    const { db } = this;
    const existing = await db.transaction('r', db.meta, () => db.meta.get('installationId'));
    return typeof existing?.value === 'string' ? existing.value : null;
  }

  async restore(records: readonly NewEventRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const { db } = this;
    return db.transaction('rw', db.events, db.meta, async () => {
      const ids = records.map((record) => record.eventId);
      const present = new Set((await db.events.where('eventId').anyOf(ids).keys()) as string[]);
      const missing: NewEventRecord[] = [];
      for (const record of records) {
        if (present.has(record.eventId)) continue;
        present.add(record.eventId);
        missing.push(record);
      }
      if (missing.length > 0) {
        await db.events.bulkAdd(missing);
        await this.addToNumber('unacknowledged', missing.length);
      }
      return missing.length;
    });
  }

  async markRecovered(installationId: string, totals: RecoveryTotals): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.meta, () =>
      db.meta.bulkPut([
        { key: 'storeRecoveries', value: totals.storeRecoveries },
        { key: 'recoveredEvents', value: totals.recoveredEvents },
        // Last: while the id is missing, a start-up interrupted half-way through a recovery starts it again.
        { key: 'installationId', value: installationId },
      ]),
    );
  }

  async recoveryTotals(): Promise<RecoveryTotals> {
    const { db } = this;
    return db.transaction('r', db.meta, async () => ({
      storeRecoveries: await this.readNumber('storeRecoveries'),
      recoveredEvents: await this.readNumber('recoveredEvents'),
    }));
  }

  async statesOf(eventIds: readonly string[]): Promise<Map<string, EventState>> {
    const { db } = this;
    const states = new Map<string, EventState>();
    for (let start = 0; start < eventIds.length; start += STATES_PAGE) {
      const page = eventIds.slice(start, start + STATES_PAGE);
      const found = await db.transaction('r', db.events, () => db.events.where('eventId').anyOf(page).toArray());
      for (const record of found) states.set(record.eventId, record.state);
    }
    return states;
  }

  async append(records: readonly NewEventRecord[], cap: number): Promise<AppendOutcome> {
    const { db } = this;
    return db.transaction('rw', db.events, db.meta, async () => {
      const unacknowledged = await this.readNumber('unacknowledged');
      const room = Math.max(0, Math.min(records.length, cap - unacknowledged));
      const overflow = records.length - room;
      if (room > 0) {
        await db.events.bulkAdd(room === records.length ? (records as NewEventRecord[]) : records.slice(0, room));
        await db.meta.put({ key: 'unacknowledged', value: unacknowledged + room });
      }
      if (overflow > 0) {
        await db.meta.put({ key: 'notRecorded', value: (await this.readNumber('notRecorded')) + overflow });
      }
      return { recorded: room, notRecorded: overflow };
    });
  }

  async takePending(limit: number, isSound: (value: unknown) => StoredEventRecord | null): Promise<StoredEventRecord[]> {
    const { db } = this;
    return db.transaction('rw', db.events, db.meta, async () => {
      const taken: StoredEventRecord[] = [];
      let quarantined = 0;
      while (taken.length < limit) {
        const page = await db.events
          .where('[state+seq]')
          .between(...stateRange(EventState.pending))
          .limit(limit - taken.length)
          .toArray();
        if (page.length === 0) break;
        const sent: StoredEventRecord[] = [];
        for (const value of page) {
          const record = isSound(value);
          if (record === null) {
            await db.events.update((value as { seq: number }).seq, { state: EventState.quarantined });
            quarantined += 1;
          } else {
            sent.push({ ...record, state: EventState.sent });
          }
        }
        // Written before the next page is read, so the next query starts after them.
        if (sent.length > 0) await db.events.bulkPut(sent);
        taken.push(...sent);
      }
      if (quarantined > 0) await this.addToNumber('unacknowledged', -quarantined);
      return taken;
    });
  }

  async acknowledge(eventIds: readonly string[], at: number): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.events, db.meta, async () => {
      const changed = await db.events
        .where('eventId')
        .anyOf(eventIds as string[])
        .filter((record) => record.state === EventState.pending || record.state === EventState.sent)
        .modify({ state: EventState.acknowledged, ackedAt: at });
      if (changed > 0) await this.addToNumber('unacknowledged', -changed);
      return changed;
    });
  }

  async release(eventIds: readonly string[]): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.events, () =>
      db.events
        .where('eventId')
        .anyOf(eventIds as string[])
        .filter((record) => record.state === EventState.sent)
        .modify({ state: EventState.pending }),
    );
  }

  async releaseAllSent(): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.events, () =>
      db.events.where('[state+seq]').between(...stateRange(EventState.sent)).modify({ state: EventState.pending }),
    );
  }

  async purgeAcknowledgedBefore(before: number): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.events, () =>
      db.events
        .where('ackedAt')
        .below(before)
        .filter((record) => record.state === EventState.acknowledged)
        .delete(),
    );
  }

  async counts(): Promise<StateCounts> {
    const { db } = this;
    return db.transaction('r', db.events, async () => {
      const count = (state: EventState) => db.events.where('[state+seq]').between(...stateRange(state)).count();
      return {
        pending: await count(EventState.pending),
        sent: await count(EventState.sent),
        acknowledged: await count(EventState.acknowledged),
        quarantined: await count(EventState.quarantined),
      };
    });
  }

  async notRecorded(): Promise<number> {
    return this.db.transaction('r', this.db.meta, () => this.readNumber('notRecorded'));
  }

  async scan(filter: ScanFilter, visit: (value: unknown) => void): Promise<void> {
    const { db } = this;
    if (filter.types === undefined) {
      let after = -Infinity;
      for (;;) {
        const page = await db.events.where('seq').above(after).limit(SCAN_PAGE).toArray();
        for (const value of page) visit(value);
        const last = page.at(-1);
        if (last === undefined || page.length < SCAN_PAGE) return;
        after = (last as { seq: number }).seq;
      }
    }
    for (const type of filter.types) {
      let after = -Infinity;
      for (;;) {
        const page = await db.events
          .where('[type+seq]')
          .between([type, after], [type, Infinity], false, true)
          .limit(SCAN_PAGE)
          .toArray();
        for (const value of page) visit(value);
        const last = page.at(-1);
        if (last === undefined || page.length < SCAN_PAGE) break;
        after = (last as { seq: number }).seq;
      }
    }
  }

  async quarantine(seqs: readonly number[]): Promise<void> {
    if (seqs.length === 0) return;
    const { db } = this;
    await db.transaction('rw', db.events, db.meta, async () => {
      let wasUnacknowledged = 0;
      for (const seq of seqs) {
        const value: unknown = await db.events.get(seq);
        if (value === undefined) continue;
        const state = typeof value === 'object' && value !== null ? (value as { state?: unknown }).state : undefined;
        if (state === EventState.quarantined) continue;
        if (state === EventState.pending || state === EventState.sent) wasUnacknowledged += 1;
        // Keep whatever was there (it may still be useful to someone repairing it), but out of every index query.
        const kept = typeof value === 'object' && value !== null ? value : { original: value };
        await db.events.put({ ...(kept as object), seq, state: EventState.quarantined } as StoredEventRecord);
      }
      if (wasUnacknowledged > 0) await this.addToNumber('unacknowledged', -wasUnacknowledged);
    });
  }

  close(): void {
    this.db.close();
  }

  private async readNumber(key: MetaKey): Promise<number> {
    const record = await this.db.meta.get(key);
    return typeof record?.value === 'number' ? record.value : 0;
  }

  private async addToNumber(key: MetaKey, delta: number): Promise<void> {
    const value = Math.max(0, (await this.readNumber(key)) + delta);
    await this.db.meta.put({ key, value });
  }
}
