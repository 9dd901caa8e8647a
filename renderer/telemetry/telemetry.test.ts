// Protects the engagement log's promises: only valid events are stored, a resolved track() is on disk, delivery
// states move as the sync client needs, retention never touches pending events, the cap counts instead of
// dropping, and storage failures are counted while the app keeps working.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { engagementEventSchema, type EngagementEvent } from '../../common/events';
import { validPayload } from '../../tests/support/eventArbitraries';
import { eventRecordsOnDisk, openLogDatabase } from '../../tests/support/eventLogOnDisk';
import { IndexedDbEventStore } from './indexedDbStore';
import { openTelemetry, type Telemetry, type TelemetryOptions, type TrackedPayload } from './telemetry';
import { TelemetryError } from './errors';

const context = { appVersion: '0.1.0', mode: 'kiosk', siteLabel: 'Hall A', hostKind: 'electron' } as const;
const DAY = 24 * 3600 * 1000;
let databaseCounter = 0;
const opened: Telemetry[] = [];

function manualClock(start = new Date(2026, 10, 26, 17, 3, 4).getTime()) {
  let now = start;
  return { now: () => now, monotonic: () => now, advance: (ms: number) => (now += ms) };
}

async function open(overrides: Partial<TelemetryOptions> = {}): Promise<Telemetry> {
  const telemetry = await openTelemetry({ context, databaseName: `test-${++databaseCounter}`, ...overrides });
  opened.push(telemetry);
  return telemetry;
}

async function reopen(previous: Telemetry, overrides: Partial<TelemetryOptions> = {}): Promise<Telemetry> {
  await previous.close();
  const telemetry = await openTelemetry({ ...previous.options, ...overrides });
  opened.push(telemetry);
  return telemetry;
}

async function putRaw(name: string, value: unknown): Promise<void> {
  const db = await openLogDatabase(name);
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('events', 'readwrite');
    transaction.objectStore('events').put(value);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

const screen = (id: 'home' | 'settings' = 'home'): TrackedPayload => ({ type: 'screen-viewed', screen: id });

afterEach(async () => {
  for (const telemetry of opened.splice(0)) await telemetry.close();
});

describe('track()', () => {
  it('adds the envelope and resolves only once the event can be read back by another connection', async () => {
    const telemetry = await open();
    await telemetry.startSession('fr');
    const event = await telemetry.track(screen());
    expect(engagementEventSchema.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({ type: 'screen-viewed', screen: 'home', sessionId: telemetry.sessionId, ...{ appVersion: '0.1.0', mode: 'kiosk', siteLabel: 'Hall A' } });
    const onDisk = await eventRecordsOnDisk(telemetry.options.databaseName!);
    expect(onDisk.map((record) => (record as { eventId: string }).eventId)).toContain(event.eventId);
  });

  it('refuses invalid payloads, session events and events outside a session, with reasons', async () => {
    const telemetry = await open();
    await expect(telemetry.track(screen())).rejects.toMatchObject({ reason: 'no-session' });
    await telemetry.startSession('nl');
    await expect(telemetry.track({ type: 'screen-viewed', screen: 'lobby' } as never)).rejects.toThrow(/screen/);
    await expect(telemetry.track({ type: 'screen-viewed', screen: 'home', name: 'Alice' } as never)).rejects.toMatchObject({ reason: 'invalid-event' });
    await expect(telemetry.track({ type: 'session-ended', reason: 'idle', durationMs: 1 } as never)).rejects.toBeInstanceOf(TelemetryError);
    expect(() => telemetry.record({ type: 'nope' } as never)).not.toThrow();
    await telemetry.flush();
    expect(telemetry.problems().invalidEvents).toBe(5);
    const stats = await telemetry.stats();
    expect(stats.events.pending).toBe(1);
  });

  it('joins calls made in the same task into one transaction and keeps their order', async () => {
    const telemetry = await open();
    const append = vi.spyOn(IndexedDbEventStore.prototype, 'append');
    await telemetry.startSession('fr');
    append.mockClear();
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => telemetry.track({ type: 'game-started', gameId: 'bioreactor', level: i % 2 ? 'easy' : 'hard' })));
    expect(append).toHaveBeenCalledTimes(1);
    const batch = await telemetry.sync.takeBatch(1000);
    expect(batch.slice(1).map((event) => event.eventId)).toEqual(results.map((event) => event.eventId));
  });

  it('splits a burst into transactions of maxBatch events', async () => {
    const telemetry = await open({ maxBatch: 100 });
    await telemetry.startSession('fr');
    const append = vi.spyOn(IndexedDbEventStore.prototype, 'append');
    await Promise.all(Array.from({ length: 250 }, () => telemetry.track(screen())));
    expect(append.mock.calls.map(([records]) => records.length)).toEqual([100, 100, 50]);
  });

  it('never stores an event that does not match the catalogue, whatever it is given', async () => {
    const telemetry = await open();
    await telemetry.startSession('de');
    await fc.assert(
      fc.asyncProperty(fc.oneof(validPayload, fc.anything(), fc.record({ type: fc.constantFrom('screen-viewed', 'qr-shown'), screen: fc.string(), roleId: fc.string() })), async (payload) => {
        await telemetry.track(payload as TrackedPayload).catch(() => undefined);
      }),
      { numRuns: 300 },
    );
    const onDisk = await eventRecordsOnDisk(telemetry.options.databaseName!);
    expect(onDisk.length).toBeGreaterThan(1);
    for (const record of onDisk) expect(engagementEventSchema.safeParse((record as { event: unknown }).event).success).toBe(true);
  });
});

describe('sessions and identifiers', () => {
  it('keeps one installation id, and gives each session a new unrelated id and its duration', async () => {
    const clock = manualClock();
    let telemetry = await open({ clock });
    const started = await telemetry.startSession('fr');
    expect(started).toMatchObject({ type: 'session-started', language: 'fr', mode: 'kiosk', hostKind: 'electron' });
    clock.advance(95_000);
    const ended = await telemetry.endSession('idle');
    expect(ended).toMatchObject({ type: 'session-ended', reason: 'idle', durationMs: 95_000, sessionId: started.sessionId });
    expect(telemetry.sessionId).toBeNull();
    expect(await telemetry.endSession('idle')).toBeNull();
    const second = await telemetry.startSession('en');
    expect(second.sessionId).not.toBe(started.sessionId);
    const installationId = telemetry.installationId;
    telemetry = await reopen(telemetry);
    expect(telemetry.installationId).toBe(installationId);
    expect(telemetry.sessionId).toBeNull();
  });

  it('ends an open session before starting the next', async () => {
    const telemetry = await open();
    const first = await telemetry.startSession('fr');
    await telemetry.startSession('nl');
    const batch = await telemetry.sync.takeBatch(10);
    expect(batch.map((event) => event.type)).toEqual(['session-started', 'session-ended', 'session-started']);
    expect(batch[1]).toMatchObject({ sessionId: first.sessionId, reason: 'explicit' });
  });
});

describe('delivery states', () => {
  it('hands out the oldest pending batch, then acknowledges, releases, and re-queues sent events after a restart', async () => {
    let telemetry = await open();
    await telemetry.startSession('fr');
    const tracked: EngagementEvent[] = [];
    for (let i = 0; i < 9; i += 1) tracked.push(await telemetry.track(screen()));
    const ids = (events: EngagementEvent[]) => events.map((event) => event.eventId);

    const first = await telemetry.sync.takeBatch(4);
    expect(first.map((event) => event.type)).toEqual(['session-started', 'screen-viewed', 'screen-viewed', 'screen-viewed']);
    const second = await telemetry.sync.takeBatch(4);
    expect(ids(second)).toEqual(ids(tracked.slice(3, 7)));
    expect((await telemetry.stats()).events).toMatchObject({ pending: 2, sent: 8, acknowledged: 0 });
    // The sync status's count: pending and sent events, from the store's counts.
    expect(await telemetry.sync.countWaiting()).toBe(10);

    expect(await telemetry.sync.acknowledge(ids(first))).toBe(4);
    expect(await telemetry.sync.acknowledge(ids(first))).toBe(0);
    expect(await telemetry.sync.release(ids(second).slice(0, 2))).toBe(2);
    expect((await telemetry.stats()).events).toMatchObject({ pending: 4, sent: 2, acknowledged: 4 });
    expect(await telemetry.sync.countWaiting()).toBe(6);
    // A released event goes out again first: the batch is the oldest pending, in order.
    expect(ids(await telemetry.sync.takeBatch(1))).toEqual(ids(second.slice(0, 1)));

    telemetry = await reopen(telemetry);
    expect((await telemetry.stats()).events).toMatchObject({ pending: 6, sent: 0, acknowledged: 4 });
    expect(await telemetry.sync.takeBatch(100)).toHaveLength(6);
    await expect(telemetry.sync.takeBatch(0)).rejects.toThrow(RangeError);
  });
});

describe('retention', () => {
  it('purges acknowledged events after the retention period and never purges pending ones', async () => {
    const clock = manualClock();
    let telemetry = await open({ clock, retentionDays: 30 });
    await telemetry.startSession('fr');
    for (let i = 0; i < 4; i += 1) await telemetry.track(screen());
    const batch = await telemetry.sync.takeBatch(3);
    await telemetry.sync.acknowledge(batch.map((event) => event.eventId));
    clock.advance(29 * DAY);
    expect(await telemetry.purgeExpired()).toBe(0);
    clock.advance(2 * DAY);
    expect(await telemetry.purgeExpired()).toBe(3);
    clock.advance(3650 * DAY);
    telemetry = await reopen(telemetry);
    expect((await telemetry.stats()).events).toMatchObject({ pending: 2, sent: 0, acknowledged: 0 });
  });

  it('applies a configured retention at start-up', async () => {
    const clock = manualClock();
    let telemetry = await open({ clock });
    await telemetry.startSession('fr');
    await telemetry.track(screen());
    await telemetry.sync.acknowledge((await telemetry.sync.takeBatch(10)).map((event) => event.eventId));
    clock.advance(2 * DAY);
    telemetry = await reopen(telemetry, { retentionDays: 1 });
    expect((await telemetry.stats()).events.acknowledged).toBe(0);
  });
});

describe('pending cap', () => {
  it('counts events past the cap persistently, keeps the older ones intact, and records again once there is room', async () => {
    let telemetry = await open({ pendingCap: 5 });
    const kept = [await telemetry.startSession('fr')];
    const results = await Promise.allSettled(Array.from({ length: 7 }, () => telemetry.track(screen('settings'))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(4);
    for (const result of results.slice(4)) expect(result).toMatchObject({ status: 'rejected', reason: { reason: 'cap-reached' } });
    for (const result of results.slice(0, 4)) if (result.status === 'fulfilled') kept.push(result.value);

    telemetry = await reopen(telemetry);
    const stats = await telemetry.stats();
    expect(stats.notRecorded).toBe(3);
    expect(stats.warnings).toContain('cap-reached');
    expect(stats.events.pending).toBe(5);
    const batch = await telemetry.sync.takeBatch(10);
    expect(batch).toEqual(kept);

    await telemetry.sync.acknowledge(batch.slice(0, 2).map((event) => event.eventId));
    await telemetry.startSession('fr');
    await telemetry.track(screen());
    await expect(telemetry.track(screen())).rejects.toMatchObject({ reason: 'cap-reached' });
    expect((await telemetry.stats()).notRecorded).toBe(4);
  });

  it('warns when the cap is near', async () => {
    const telemetry = await open({ pendingCap: 10 });
    await telemetry.startSession('fr');
    for (let i = 0; i < 8; i += 1) await telemetry.track(screen());
    expect((await telemetry.stats()).warnings).toEqual(['near-cap']);
  });
});

describe('failures', () => {
  it('sets corrupt records aside: skipped by batches, export and statistics, and counted', async () => {
    const telemetry = await open();
    const name = telemetry.options.databaseName!;
    await telemetry.startSession('fr');
    await telemetry.track(screen());
    await putRaw(name, { seq: 1000, state: 0, eventId: 'x', type: 'screen-viewed', recordedAt: 1, event: { type: 'screen-viewed', screen: 'home', note: 'Alice' } });
    await putRaw(name, { seq: 1001, state: 0, eventId: '019ac3b4-1a2b-7c3d-8e4f-0123456789ab', type: 'session-started', recordedAt: 1, event: 'garbage' });
    await putRaw(name, { seq: 1002, not: 'a record' });
    await telemetry.startSession('en');
    const exported = await telemetry.exportEvents('jsonl');
    expect(exported.count).toBe(4);
    expect(exported.skippedCorrupt).toBe(3);
    const batch = await telemetry.sync.takeBatch(100);
    expect(batch).toHaveLength(4);
    const stats = await telemetry.stats();
    expect(stats.events).toMatchObject({ pending: 0, sent: 4, quarantined: 3 });
    expect(stats.warnings).toContain('corrupt-records');
    expect(stats.sessionsKept).toBe(2);
    // Set aside, not deleted.
    expect(await eventRecordsOnDisk(name)).toHaveLength(7);
  });

  it('keeps working in memory when IndexedDB cannot be opened, and says so', async () => {
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const telemetry = await open({ indexedDB: { indexedDB: broken as unknown as IDBFactory, IDBKeyRange } });
    await telemetry.startSession('fr');
    await telemetry.track({ type: 'career-viewed', roleId: 'qc-analyst' });
    const stats = await telemetry.stats();
    expect(stats.problems.storage).toBe('memory');
    expect(stats.problems.storageError).toMatch(/InvalidStateError|mutation/);
    expect(stats.warnings).toContain('storage-unavailable');
    expect(stats.careersViewed['qc-analyst']).toBe(1);
    expect(await telemetry.sync.takeBatch(10)).toHaveLength(2);
  });

  it('counts quota errors, rejects the events concerned, and records again when space returns', async () => {
    const telemetry = await open();
    await telemetry.startSession('fr');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const results = await Promise.allSettled([telemetry.track(screen()), telemetry.track(screen())]);
    expect(results).toEqual([
      { status: 'rejected', reason: expect.objectContaining({ reason: 'quota-exceeded' }) },
      { status: 'rejected', reason: expect.objectContaining({ reason: 'quota-exceeded' }) },
    ]);
    add.mockRestore();
    await telemetry.track(screen());
    const stats = await telemetry.stats();
    expect(stats.problems).toMatchObject({ quotaErrors: 1, eventsNotStored: 2, writeErrors: 0 });
    expect(stats.warnings).toContain('quota-exceeded');
    expect(stats.events.pending).toBe(2);
  });

  it('refuses a context that would put invalid data in every envelope', async () => {
    await expect(openTelemetry({ context: { ...context, siteLabel: 'Hall <script>' } })).rejects.toThrow(/siteLabel/);
    await expect(openTelemetry({ context: { ...context, appVersion: 'dev' } })).rejects.toThrow(/appVersion/);
    await expect(openTelemetry({ context, pendingCap: 0 })).rejects.toThrow(/pendingCap/);
  });

  it('refuses events after close', async () => {
    const telemetry = await open();
    await telemetry.startSession('fr');
    await telemetry.close();
    await expect(telemetry.track(screen())).rejects.toMatchObject({ reason: 'closed' });
  });
});

describe('statistics', () => {
  it('counts sessions today and this week, games, languages and careers', async () => {
    // Wednesday 2026-11-25 10:00 local time.
    const clock = manualClock(new Date(2026, 10, 25, 10, 0).getTime());
    let telemetry = await open({ clock });
    clock.advance(-3 * DAY); // Sunday: the previous week
    await telemetry.startSession('fr');
    clock.advance(2 * DAY); // Tuesday
    await telemetry.startSession('nl');
    await telemetry.track({ type: 'language-changed', from: 'nl', to: 'en' });
    await telemetry.track({ type: 'game-started', gameId: 'purify', level: 'easy' });
    await telemetry.track({ type: 'game-completed', gameId: 'purify', level: 'easy', score: 5, stars: 2, durationMs: 60_000 });
    clock.advance(DAY); // Wednesday, today
    await telemetry.startSession('fr');
    await telemetry.track({ type: 'settings-changed', setting: 'language', value: 'de' });
    await telemetry.track({ type: 'game-started', gameId: 'purify', level: 'hard' });
    await telemetry.track({ type: 'game-abandoned', gameId: 'purify', level: 'hard', score: 0, durationMs: 5_000, progress: 0.1 });
    await telemetry.track({ type: 'career-viewed', roleId: 'qa-officer' });
    await telemetry.track({ type: 'career-viewed', roleId: 'qa-officer' });
    telemetry = await reopen(telemetry);
    const stats = await telemetry.stats();
    expect(stats).toMatchObject({ sessionsToday: 1, sessionsThisWeek: 2, sessionsKept: 3, notRecorded: 0, pendingCap: 1_000_000, warnings: [] });
    expect(stats.games.purify).toEqual({ started: 2, completed: 1, abandoned: 1 });
    expect(stats.games.bioreactor).toEqual({ started: 0, completed: 0, abandoned: 0 });
    expect(stats.languages).toEqual({ fr: 2, nl: 1, de: 1, en: 1 });
    expect(stats.careersViewed['qa-officer']).toBe(2);
    expect(stats.events.pending).toBe(13);
  });
});

describe('export', () => {
  it('exports every sound event as JSON Lines and CSV', async () => {
    const telemetry = await open({ context: { ...context, siteLabel: "+32 Hall, d'accueil" } });
    await telemetry.startSession('fr');
    await telemetry.track({ type: 'quiz-completed', topTypes: ['I', 'R'] });
    const jsonl = await telemetry.exportEvents('jsonl');
    expect(jsonl.fileName).toMatch(/^engagement-log-32-hall-d-accueil-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = (await jsonl.blob.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(engagementEventSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const csv = await telemetry.exportEvents('csv');
    const rows = (await csv.blob.text()).split('\r\n');
    expect(rows[0]).toMatch(/^eventId,occurredAt,type,/);
    expect(rows[2]).toContain(`"'+32 Hall, d'accueil"`);
    expect(rows[2]).toContain(',I|R,');
    expect(csv.count).toBe(2);
  });
});
