// The front that stands in for the engagement log while it opens (telemetryFront.ts): calls made before the open
// are replayed in order with the time they were made, track() still resolves only once the event is on disk, the
// log's own validation and memory fallback still apply, and a close before the open still writes what came before.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import { TelemetryError } from './errors';
import * as telemetryModule from './telemetry';
import type { Telemetry, TelemetryOptions } from './telemetry';
import { startTelemetry, type TelemetryFront } from './telemetryFront';
import { eventsOnDisk } from '../../tests/support/eventLogOnDisk';

const context = { appVersion: '0.1.0', mode: 'kiosk', siteLabel: 'Hall A', hostKind: 'electron' } as const;
let databaseCounter = 0;
const opened: Telemetry[] = [];

afterEach(async () => {
  for (const telemetry of opened.splice(0)) await telemetry.close().catch(() => undefined);
});

function manualClock(start = new Date(2026, 10, 26, 17, 3, 4).getTime()) {
  let now = start;
  return { now: () => now, monotonic: () => now - start + 1_000, advance: (ms: number) => (now += ms) };
}

/** A front whose log's code arrives only when the test says so (as the dynamic import would, later). */
function frontWithHeldLoad(overrides: Partial<TelemetryOptions> = {}) {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const loaded = new Promise<typeof telemetryModule>((resolve, reject) => {
    arrive = () => resolve(telemetryModule);
    fail = reject;
  });
  const databaseName = `front-${++databaseCounter}`;
  const front = startTelemetry({ context, databaseName, ...overrides }, () => loaded);
  front.opened.then((log) => opened.push(log), () => undefined);
  return { front, databaseName, arrive, fail };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

function outcome<T>(promise: Promise<T>) {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'resolved', value }),
    (error: unknown) => Object.assign(seen, { state: 'rejected', error }),
  );
  return seen;
}

describe('before the log is open', () => {
  it('keeps the calls in order and replays them into the log once it opens', async () => {
    const { front, databaseName, arrive } = frontWithHeldLoad();
    const started = front.startSession('fr');
    front.record({ type: 'screen-viewed', screen: 'home' });
    const career = front.track({ type: 'career-viewed', roleId: 'qa-officer' });
    front.record({ type: 'screen-viewed', screen: 'careers' });
    const ended = front.endSession('idle');
    front.record({ type: 'screen-viewed', screen: 'home' }); // outside a session: refused, as the log refuses it
    arrive();
    const [session, viewed, end] = await Promise.all([started, career, ended]);
    await front.flush();

    const stored = await eventsOnDisk(databaseName);
    expect(stored.map((event) => event.type)).toEqual(['session-started', 'screen-viewed', 'career-viewed', 'screen-viewed', 'session-ended']);
    expect(new Set(stored.map((event) => event.sessionId))).toEqual(new Set([session.sessionId]));
    expect(stored.map((event) => event.eventId)).toEqual([session.eventId, stored[1]!.eventId, viewed.eventId, stored[3]!.eventId, end!.eventId]);
    const log = await front.opened;
    expect(log.problems().invalidEvents).toBe(1);
    expect(log.sessionId).toBeNull();
  });

  it('resolves track() only once the real log has committed the event', async () => {
    const { front, databaseName, arrive } = frontWithHeldLoad();
    void front.startSession('nl');
    const tracked = outcome(front.track({ type: 'career-viewed', roleId: 'qc-analyst' }));
    const flushed = outcome(front.flush());
    await settle();
    expect(tracked.state).toBe('pending');
    expect(flushed.state).toBe('pending');
    expect(await eventsOnDisk(databaseName).catch(() => [])).toEqual([]);

    arrive();
    await front.opened;
    await expect.poll(() => tracked.state).toBe('resolved');
    const onDisk = await eventsOnDisk(databaseName);
    expect(onDisk.map((event) => event.eventId)).toContain((tracked.value as EngagementEvent).eventId);
    expect(flushed.state).toBe('resolved');
  });

  it('stamps each event with the time of its call, not the time of the replay', async () => {
    const clock = manualClock();
    const { front, arrive } = frontWithHeldLoad({ clock });
    const startedAt = clock.now();
    const started = front.startSession('de');
    clock.advance(4_000);
    const viewedAt = clock.now();
    const viewed = front.track({ type: 'career-viewed', roleId: 'qa-officer' });
    clock.advance(11_000);
    const endedAt = clock.now();
    const ended = front.endSession('explicit');
    clock.advance(60_000); // the log opens a minute later
    arrive();

    expect((await started).occurredAt).toBe(formatLocalTimestamp(new Date(startedAt)));
    expect((await viewed).occurredAt).toBe(formatLocalTimestamp(new Date(viewedAt)));
    const end = await ended;
    expect(end?.occurredAt).toBe(formatLocalTimestamp(new Date(endedAt)));
    expect(end).toMatchObject({ type: 'session-ended', durationMs: 15_000 });

    // Calls after the open read the clock as it is.
    clock.advance(1_000);
    const later = await front.track({ type: 'screen-viewed', screen: 'home' }).catch((error: unknown) => error);
    expect(later).toBeInstanceOf(TelemetryError); // the session has ended
    const again = await front.startSession('de');
    expect(again.occurredAt).toBe(formatLocalTimestamp(new Date(clock.now())));
  });

  it('rejects what the log rejects, with the same reasons and counters', async () => {
    const { front, arrive } = frontWithHeldLoad();
    const outside = front.track({ type: 'career-viewed', roleId: 'qa-officer' }).catch((error: unknown) => error);
    void front.startSession('fr');
    const invalid = front.track({ type: 'career-viewed', roleId: 'Jane Doe' } as never).catch((error: unknown) => error);
    arrive();
    expect(await outside).toMatchObject({ reason: 'no-session' });
    expect(await invalid).toMatchObject({ reason: 'invalid-event' });
    expect((await front.opened).problems().invalidEvents).toBe(2);
  });

  it('waits for the open to answer the readers', async () => {
    const { front, arrive } = frontWithHeldLoad();
    void front.startSession('en');
    front.record({ type: 'career-viewed', roleId: 'qa-officer' });
    const stats = outcome(front.stats());
    const health = outcome(front.logHealth());
    await settle();
    expect(stats.state).toBe('pending');
    expect(health.state).toBe('pending');
    arrive();
    await front.opened;
    await front.flush();
    const after = await front.stats();
    expect(after.careersViewed['qa-officer']).toBe(1);
    await expect.poll(() => health.state).toBe('resolved');
  });

  it('writes what came before a close made before the open, and refuses what comes after', async () => {
    const { front, databaseName, arrive } = frontWithHeldLoad();
    const started = front.startSession('fr');
    const viewed = front.track({ type: 'career-viewed', roleId: 'qa-officer' });
    const closed = front.close();
    const late = front.track({ type: 'screen-viewed', screen: 'home' }).catch((error: unknown) => error);
    arrive();
    await closed;
    await expect(started).resolves.toMatchObject({ type: 'session-started' });
    await expect(viewed).resolves.toMatchObject({ type: 'career-viewed' });
    expect(await late).toMatchObject({ reason: 'closed' });
    expect((await eventsOnDisk(databaseName)).map((event) => event.type)).toEqual(['session-started', 'career-viewed']);
  });
});

describe('when opening does not go as planned', () => {
  it('keeps events in memory, as the log does, when IndexedDB cannot be opened', async () => {
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const { front, arrive } = frontWithHeldLoad({ indexedDB: { indexedDB: broken as unknown as IDBFactory, IDBKeyRange } });
    void front.startSession('fr');
    const viewed = front.track({ type: 'career-viewed', roleId: 'qc-analyst' });
    arrive();
    await expect(viewed).resolves.toMatchObject({ type: 'career-viewed' });
    const stats = await front.stats();
    expect(stats.problems.storage).toBe('memory');
    expect(stats.warnings).toContain('storage-unavailable');
    expect(stats.careersViewed['qc-analyst']).toBe(1);
  });

  it('rejects every call, and never throws from record(), when the log cannot be loaded at all', async () => {
    const { front, fail } = frontWithHeldLoad();
    const started = front.startSession('fr').catch((error: unknown) => error);
    front.record({ type: 'screen-viewed', screen: 'home' });
    const stats = front.stats().catch((error: unknown) => error);
    fail(new Error('chunk failed to load'));
    expect(await started).toBeInstanceOf(TelemetryError);
    expect(await started).toMatchObject({ reason: 'write-failed' });
    expect(await stats).toMatchObject({ reason: 'write-failed' });
    await expect(front.opened).rejects.toMatchObject({ reason: 'write-failed' });
    expect(() => front.record({ type: 'screen-viewed', screen: 'home' })).not.toThrow();
    await expect(front.track({ type: 'screen-viewed', screen: 'home' })).rejects.toMatchObject({ reason: 'write-failed' });
  });
});

describe('once the log is open', () => {
  it('goes straight to the log: a session started through the front is the log\'s session', async () => {
    const { front, arrive } = frontWithHeldLoad();
    arrive();
    const log: Telemetry = await front.opened;
    const started = await front.startSession('fr');
    expect(log.sessionId).toBe(started.sessionId);
    const viewed: TelemetryFront['track'] = front.track;
    await expect(viewed({ type: 'screen-viewed', screen: 'home' })).resolves.toMatchObject({ sessionId: started.sessionId });
  });
});
