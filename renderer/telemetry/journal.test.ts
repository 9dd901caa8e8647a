// Protects the journal, the second durable copy of the engagement log: its line format detects torn and damaged
// lines, segments rotate and are deleted only once every event in them is acknowledged, and a start-up that finds the
// IndexedDB store discarded restores the installation id and every journaled event, once, as pending.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EngagementEvent } from '../../common/events';
import { MemoryJournalDisk, utf8Length } from './journalBackend';
import { crc32Utf8, decodeHeader, decodeSegment, encodeDropLine, encodeEventLines, encodeHeaderLine, parseLine } from './journalFormat';
import { Journal } from './journal';
import { decideInstallation, journaledEvents } from './journalRecovery';
import { needsRotation, segmentDeletable, segmentName, sortSegments } from './journalSegments';

/** The creation time a segment's name carries (seg-<time in base 36>-<random>.jsonl). */
const segmentCreatedAt = (name: string): number => Number.parseInt(/^seg-([0-9a-z]{9})-/.exec(name)![1]!, 36);
import { journalFolder } from './journalSetup';
import { mirrorKey, type MirrorStorage } from './installationMirror';
import { EventState } from './records';
import { openTelemetry, type Telemetry, type TelemetryOptions } from './telemetry';

const context = { appVersion: '0.1.0', mode: 'kiosk', siteLabel: 'Hall é', hostKind: 'electron' } as const;
let databaseCounter = 0;
const opened: Telemetry[] = [];

afterEach(async () => {
  for (const telemetry of opened.splice(0)) await telemetry.close();
});

function fakeEvent(index: number): EngagementEvent {
  return {
    eventId: `0190a000-0000-7000-8000-${index.toString(16).padStart(12, '0')}`,
    installationId: '11111111-1111-4111-8111-111111111111',
    sessionId: '22222222-2222-4222-8222-222222222222',
    appVersion: '0.1.0',
    mode: 'kiosk',
    siteLabel: 'Hall é',
    occurredAt: '2026-11-26T17:03:04.000+01:00',
    type: 'screen-viewed',
    screen: 'home',
  } as EngagementEvent;
}

class MapStorage implements MirrorStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
}

describe('journal line format', () => {
  it('computes the standard CRC-32 of the UTF-8 bytes', () => {
    expect(crc32Utf8('123456789')).toBe(0xcbf43926);
    expect(crc32Utf8('')).toBe(0);
    const text = 'Hall é 🧪 ∑';
    const bytes = new TextEncoder().encode(text);
    expect(utf8Length(text)).toBe(bytes.length);
    let crc = 0xffffffff;
    for (const byte of bytes) {
      crc ^= byte;
      for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    }
    expect(crc32Utf8(text)).toBe((crc ^ 0xffffffff) >>> 0);
  });

  it('reads back what it wrote: header, events in order, drops', () => {
    const events = [0, 1, 2].map((index) => ({ recordedAt: 1000 + index, event: fakeEvent(index) }));
    const text = encodeHeaderLine({ installationId: 'abc', createdAt: 5 }) + encodeEventLines(events) + encodeDropLine([fakeEvent(1).eventId]);
    const decoded = decodeSegment(text);
    expect(decoded.header).toEqual({ installationId: 'abc', createdAt: 5 });
    expect(decoded.events).toEqual(events);
    expect([...decoded.dropped]).toEqual([fakeEvent(1).eventId]);
    expect(decoded).toMatchObject({ corruptLines: 0, tornLines: 0 });
    expect(decodeHeader(text.slice(0, 200))).toEqual({ installationId: 'abc', createdAt: 5 });
  });

  it('ignores a line cut short at any byte (a kill during the append), and keeps every line before it', () => {
    const whole = encodeHeaderLine({ installationId: 'abc', createdAt: 5 }) + encodeEventLines([{ recordedAt: 1, event: fakeEvent(0) }]);
    const last = encodeEventLines([{ recordedAt: 2, event: fakeEvent(1) }]);
    for (let cut = 0; cut < last.length; cut += 1) {
      const decoded = decodeSegment(whole + last.slice(0, cut));
      expect(decoded.events.map((entry) => entry.event.eventId)).toEqual([fakeEvent(0).eventId]);
      expect(decoded.corruptLines).toBe(0);
      expect(decoded.tornLines).toBe(cut === 0 ? 0 : 1);
    }
  });

  it('never accepts a line with any single character changed', () => {
    const line = encodeEventLines([{ recordedAt: 7, event: fakeEvent(3) }]).slice(0, -1);
    fc.assert(
      fc.property(fc.nat(line.length - 1), fc.integer({ min: 32, max: 0x2fff }), (at, code) => {
        const replacement = String.fromCharCode(code);
        fc.pre(replacement !== line[at]);
        expect(parseLine(line.slice(0, at) + replacement + line.slice(at + 1))).toBeNull();
      }),
    );
  });

  it('counts damaged lines followed by sound ones as corruption, not as a torn end', () => {
    const [a, b] = [encodeEventLines([{ recordedAt: 1, event: fakeEvent(0) }]), encodeEventLines([{ recordedAt: 2, event: fakeEvent(1) }])];
    const decoded = decodeSegment(`${a}garbage\n${b}`);
    expect(decoded.events).toHaveLength(2);
    expect(decoded).toMatchObject({ corruptLines: 1, tornLines: 0, header: null });
  });
});

describe('journal segments', () => {
  it('names sort by creation time and carry it', () => {
    const names = [segmentName(2_000_000_000_000), segmentName(5), segmentName(1_800_000_000_000)];
    expect(sortSegments([...names, 'notes.txt']).map(segmentCreatedAt)).toEqual([5, 1_800_000_000_000, 2_000_000_000_000]);
  });

  it('rotates past the size limit, never an empty segment', () => {
    expect(needsRotation(100, 10_000, 1000)).toBe(false);
    expect(needsRotation(900, 200, 1000)).toBe(true);
    expect(needsRotation(900, 50, 1000)).toBe(false);
  });

  it('lets a segment go only when nothing in it waits for the collector', () => {
    const states = new Map<string, EventState>([
      ['a', EventState.acknowledged],
      ['b', EventState.pending],
      ['c', EventState.sent],
      ['q', EventState.quarantined],
    ]);
    expect(segmentDeletable(['a', 'gone'], new Set(), states)).toBe(true);
    expect(segmentDeletable(['a', 'b'], new Set(), states)).toBe(false);
    expect(segmentDeletable(['a', 'b'], new Set(['b']), states)).toBe(true);
    expect(segmentDeletable(['c'], new Set(), states)).toBe(false);
    expect(segmentDeletable(['q'], new Set(), states)).toBe(false);
  });
});

describe('wipe detection', () => {
  it('compares the id in IndexedDB with the journal and localStorage copies', () => {
    expect(decideInstallation(null, null, null)).toEqual({ kind: 'fresh' });
    expect(decideInstallation('a', null, null)).toEqual({ kind: 'intact', installationId: 'a' });
    expect(decideInstallation('a', 'a', 'a')).toEqual({ kind: 'intact', installationId: 'a' });
    expect(decideInstallation(null, 'a', null)).toEqual({ kind: 'wiped', installationId: 'a', storedId: null });
    expect(decideInstallation(null, null, 'a')).toEqual({ kind: 'wiped', installationId: 'a', storedId: null });
    expect(decideInstallation('b', 'a', 'a')).toEqual({ kind: 'wiped', installationId: 'a', storedId: 'b' });
  });

  it('offers each journaled event once, oldest first, never a dropped one', () => {
    const segment = (ids: number[], dropped: number[] = []) => ({
      name: 'x',
      contents: decodeSegment(encodeEventLines(ids.map((index) => ({ recordedAt: index, event: fakeEvent(index) }))) + encodeDropLine(dropped.map((index) => fakeEvent(index).eventId))),
    });
    const events = journaledEvents({ segments: [segment([1, 2, 3]), segment([3, 4], [2])], locked: 0 });
    expect(events.map((entry) => entry.recordedAt)).toEqual([1, 3, 4]);
  });
});

describe('Journal over a backend', () => {
  it('rotates segments, and deletes a closed one only when all its events are acknowledged', async () => {
    const disk = new MemoryJournalDisk();
    let now = 1_000;
    const journal = new Journal(await disk.factory('j'), { now: () => (now += 1), segmentBytes: 2_000 });
    await journal.start('install-1');
    for (let index = 0; index < 16; index += 1) await journal.append([{ recordedAt: index, event: fakeEvent(index) }]);
    const names = sortSegments([...disk.folder('j').keys()]);
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(decodeSegment(disk.folder('j').get(name) ?? '').header?.installationId).toBe('install-1');
    const acknowledged = new Set([0, 1, 2, 3, 4, 5].map((index) => fakeEvent(index).eventId));
    const outcome = await journal.compact(async (ids) => new Map(ids.map((id) => [id, acknowledged.has(id) ? EventState.acknowledged : EventState.pending])));
    expect(outcome.deleted).toBeGreaterThan(0);
    const left = journaledEvents(await journal.readAll()).map((entry) => entry.recordedAt);
    // Every event not acknowledged is still in a closed segment or the current one.
    const current = decodeSegment(disk.folder('j').get(names.at(-1) ?? '') ?? '').events.map((entry) => entry.recordedAt);
    for (let index = 6; index < 16; index += 1) expect([...left, ...current]).toContain(index);
    await journal.close();
  });

  it('leaves alone segments another window is writing', async () => {
    const disk = new MemoryJournalDisk();
    const other = new Journal(await disk.factory('j'), { now: () => 1 });
    await other.start('install-1');
    await other.append([{ recordedAt: 1, event: fakeEvent(1) }]);
    const mine = new Journal(await disk.factory('j'), { now: () => 2 });
    await mine.start('install-1');
    expect(await mine.compact(async () => new Map())).toMatchObject({ deleted: 0, kept: 1 });
    expect(await mine.readAll()).toMatchObject({ segments: [], locked: 1 });
  });
});

describe('openTelemetry with a journal', () => {
  async function open(disk: MemoryJournalDisk, mirror: MapStorage, overrides: Partial<TelemetryOptions> = {}): Promise<Telemetry> {
    const telemetry = await openTelemetry({ context, journal: disk.factory, installationMirror: mirror, ...overrides, databaseName: overrides.databaseName ?? `journal-${++databaseCounter}` });
    opened.push(telemetry);
    return telemetry;
  }

  async function deleteDatabase(name: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  }

  it('writes every tracked event to the journal before track() resolves', async () => {
    const disk = new MemoryJournalDisk();
    const telemetry = await open(disk, new MapStorage());
    await telemetry.startSession('fr');
    const event = await telemetry.track({ type: 'screen-viewed', screen: 'home' });
    const folder = disk.folder(journalFolder(telemetry.options.databaseName ?? ''));
    const lines = [...folder.values()].flatMap((text) => decodeSegment(text).events.map((entry) => entry.event.eventId));
    expect(lines).toContain(event.eventId);
    expect(telemetry.problems()).toMatchObject({ journal: 'opfs', journalError: null, storeRecoveries: 0 });
  });

  it('restores the installation id and every journaled event after IndexedDB is discarded, once, as pending', async () => {
    const disk = new MemoryJournalDisk();
    const mirror = new MapStorage();
    const first = await open(disk, mirror);
    const name = first.options.databaseName ?? '';
    await first.startSession('nl');
    const tracked = await Promise.all(Array.from({ length: 120 }, (_, index) => first.track({ type: 'game-started', gameId: 'purify', level: index % 2 ? 'easy' : 'hard' })));
    const batch = await first.sync.takeBatch(10);
    await first.sync.acknowledge(batch.map((event) => event.eventId));
    await first.close();
    disk.releaseAll();
    await deleteDatabase(name); // what Chromium's recovery of a damaged store does

    const second = await open(disk, mirror, { databaseName: name });
    expect(second.installationId).toBe(first.installationId);
    const stats = await second.stats();
    expect(stats.events).toMatchObject({ pending: 121, acknowledged: 0, quarantined: 0 });
    expect(stats.problems).toMatchObject({ storeRecoveries: 1, recoveredEvents: 121 });
    expect(stats.warnings).toContain('store-recovered');
    const exported = (await (await second.exportEvents('jsonl')).blob.text()).trim().split('\n').map((line) => (JSON.parse(line) as { eventId: string }).eventId);
    expect(exported.slice(1)).toEqual(tracked.map((event) => event.eventId));
    await second.close();

    // Idempotent: another start finds IndexedDB intact and adds nothing; the totals stay visible.
    disk.releaseAll();
    const third = await open(disk, mirror, { databaseName: name });
    expect(third.installationId).toBe(first.installationId);
    expect((await third.stats()).events.pending).toBe(121);
    expect(third.problems()).toMatchObject({ storeRecoveries: 1, recoveredEvents: 121 });
  });

  it('notices a discarded store from localStorage alone when the journal is unavailable', async () => {
    const mirror = new MapStorage();
    const first = await open(new MemoryJournalDisk(), mirror, { journal: null });
    const name = first.options.databaseName ?? '';
    expect(first.problems().journal).toBe('none');
    await first.close();
    await deleteDatabase(name);
    const second = await open(new MemoryJournalDisk(), mirror, { databaseName: name, journal: null });
    expect(second.installationId).toBe(first.installationId);
    expect((await second.stats()).warnings).toContain('store-recovered');
    expect(JSON.parse(mirror.getItem(mirrorKey(name)) ?? '{}')).toMatchObject({ installationId: first.installationId, storeRecoveries: 1 });
  });

  it('never brings back events the pending cap refused', async () => {
    const disk = new MemoryJournalDisk();
    const mirror = new MapStorage();
    const first = await open(disk, mirror, { pendingCap: 5 });
    const name = first.options.databaseName ?? '';
    await first.startSession('fr');
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => first.track({ type: 'screen-viewed', screen: 'home' })));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(4);
    await first.close();
    disk.releaseAll();
    await deleteDatabase(name);
    const second = await open(disk, mirror, { databaseName: name, pendingCap: 5 });
    expect((await second.stats()).events.pending).toBe(5);
  });

  it('counts a full disk for the journal as a quota error and keeps the event in IndexedDB', async () => {
    const disk = new MemoryJournalDisk();
    const telemetry = await open(disk, new MapStorage());
    await telemetry.startSession('fr');
    disk.failAppends = Object.assign(new Error('no space'), { name: 'QuotaExceededError' });
    const event = await telemetry.track({ type: 'screen-viewed', screen: 'settings' });
    const stats = await telemetry.stats();
    expect(stats.problems).toMatchObject({ quotaErrors: 1, eventsNotJournaled: 1, journal: 'opfs' });
    expect(stats.warnings).toEqual(expect.arrayContaining(['quota-exceeded', 'journal-failed']));
    const exported = await (await telemetry.exportEvents('jsonl')).blob.text();
    expect(exported).toContain(event.eventId);
  });

  it('deletes journal segments once the collector has acknowledged everything in them', async () => {
    const disk = new MemoryJournalDisk();
    const mirror = new MapStorage();
    const first = await open(disk, mirror, { journalSegmentBytes: 4096 });
    const name = first.options.databaseName ?? '';
    await first.startSession('fr');
    // One at a time: each is its own write, so the journal rotates several times.
    for (let index = 0; index < 30; index += 1) await first.track({ type: 'screen-viewed', screen: 'home' });
    const folder = disk.folder(journalFolder(name));
    const before = folder.size;
    const batch = await first.sync.takeBatch(1000);
    await first.sync.acknowledge(batch.map((event) => event.eventId));
    await first.close();
    disk.releaseAll();
    const second = await open(disk, mirror, { databaseName: name, journalSegmentBytes: 4096 });
    await second.close(); // waits for the start-up clean-up
    expect(before).toBeGreaterThan(1);
    // Only this start's own (empty) segment is left.
    expect(folder.size).toBe(1);
  });

  it('in memory (no IndexedDB) keeps no journal and leaves the mirror of the real store alone', async () => {
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const mirror = new MapStorage();
    const name = `journal-${++databaseCounter}`;
    mirror.setItem(mirrorKey(name), JSON.stringify({ installationId: 'kept-id', storeRecoveries: 0, recoveredEvents: 0 }));
    const disk = new MemoryJournalDisk();
    const telemetry = await open(disk, mirror, { databaseName: name, indexedDB: { indexedDB: broken as unknown as IDBFactory, IDBKeyRange } });
    expect(telemetry.problems()).toMatchObject({ storage: 'memory', journal: 'none', storeRecoveries: 0 });
    expect(JSON.parse(mirror.getItem(mirrorKey(name)) ?? '{}')).toEqual({ installationId: 'kept-id', storeRecoveries: 0, recoveredEvents: 0 });
    expect(disk.folders.size).toBe(0);
  });
});
