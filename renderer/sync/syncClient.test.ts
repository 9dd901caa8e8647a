// Protects the sync client's promises: oldest events first, acknowledged only after the collector's answer,
// released on any failure, one batch in flight at a time, exponential backoff with jitter, Retry-After obeyed (a
// busy collector's without counting a failure), online/offline followed, and a status the admin panel can show.

import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import { startSync, type SyncHandle } from './syncClient';
import { ManualClock, ManualNetwork, manualFetch, MemoryOutbox, settle } from './testDoubles';

const installationId = uuidV4();
function events(count: number): EngagementEvent[] {
  return Array.from({ length: count }, () => ({
    eventId: uuidV7(),
    installationId,
    sessionId: installationId,
    appVersion: '0.1.0',
    mode: 'kiosk',
    siteLabel: 'Hall A',
    occurredAt: formatLocalTimestamp(new Date()),
    type: 'screen-viewed',
    screen: 'home',
  }));
}

const handles: SyncHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((handle) => handle.stop()));
});

function setUp(count: number, overrides: { random?: () => number; online?: boolean } = {}) {
  const outbox = new MemoryOutbox();
  const all = events(count);
  outbox.add(all);
  const clock = new ManualClock();
  const network = new ManualNetwork();
  network.online = overrides.online ?? true;
  const http = manualFetch();
  const handle = startSync({
    telemetry: { sync: outbox },
    collectorUrl: 'http://127.0.0.1:9/hub',
    deviceToken: 'device-token-for-tests-0123456789',
    fetch: http.fetchFunction,
    clock,
    network,
    random: overrides.random ?? (() => 0),
    idlePollMs: 15_000,
    requestTimeoutMs: 30_000,
  });
  handles.push(handle);
  return { outbox, all, clock, network, http, handle };
}

const ok = (count: number) => ({ accepted: count, duplicates: 0 });

describe('sync client', () => {
  it('sends the oldest events first and acknowledges them only after the collector answers', async () => {
    const { outbox, all, http, handle } = setUp(700);
    await settle();
    expect(http.requests).toHaveLength(1);
    const [first] = http.requests;
    expect(first!.url).toBe('http://127.0.0.1:9/hub/v1/events');
    expect(first!.init.headers).toMatchObject({ authorization: 'Bearer device-token-for-tests-0123456789', 'content-type': 'application/json' });
    expect(first!.body.events.map((event) => event.eventId)).toEqual(all.slice(0, 500).map((event) => event.eventId));
    expect(outbox.count('sent')).toBe(500);
    expect(outbox.count('acknowledged')).toBe(0);
    first!.respond(200, ok(500));
    await settle();
    expect(outbox.count('acknowledged')).toBe(500);
    expect(http.requests[1]!.body.events.map((event) => event.eventId)).toEqual(all.slice(500).map((event) => event.eventId));
    http.requests[1]!.respond(200, { accepted: 150, duplicates: 50 });
    await settle();
    expect(outbox.count('acknowledged')).toBe(700);
    expect(handle.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0, lastError: null, deliveredCount: 700 });
    expect(handle.getStatus().lastSuccessAt).not.toBeNull();
  });

  it('lets go of events the collector refused for an impossible time, and not of a short count', async () => {
    const { outbox, http } = setUp(10);
    await settle();
    http.requests[0]!.respond(200, { accepted: 6, duplicates: 1, rejected: 3, rejections: [] });
    await settle();
    expect(outbox.count('acknowledged')).toBe(10);
    const second = setUp(4);
    await settle();
    second.http.requests[0]!.respond(200, { accepted: 2, duplicates: 0, rejected: 1 });
    await settle();
    expect(second.outbox.count('acknowledged')).toBe(0);
  });

  it('releases the batch and backs off exponentially with jitter after failures', async () => {
    const { outbox, clock, http, handle } = setUp(10);
    await settle();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      http.requests[attempt]!.respond(500, { error: 'boom' });
      await settle();
      expect(outbox.count('pending')).toBe(10);
      expect(handle.getStatus().lastError).toBe('server-error');
      const next = handle.getStatus().nextAttemptAt!;
      delays.push(next - clock.now());
      await clock.advance(next - clock.now());
    }
    // random() = 0: half of 1 s, 2 s, 4 s, 8 s, 16 s.
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000]);
    http.requests[5]!.respond(200, ok(10));
    await settle();
    expect(outbox.count('acknowledged')).toBe(10);
    expect(handle.getStatus().lastError).toBeNull();
  });

  it('spreads retries with jitter between half and all of the backoff ceiling', async () => {
    const { clock, http, handle } = setUp(1, { random: () => 0.5 });
    await settle();
    http.requests[0]!.respond(503, 'unavailable');
    await settle();
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBe(750);
  });

  it('waits as long as Retry-After says on 429 and 503', async () => {
    const { clock, http, handle } = setUp(5);
    await settle();
    http.requests[0]!.respond(429, { error: 'rate-limited' }, { 'retry-after': '120' });
    await settle();
    expect(handle.getStatus()).toMatchObject({ lastError: 'rate-limited', nextAttemptAt: clock.now() + 120_000 });
    await clock.advance(119_000);
    expect(http.requests).toHaveLength(1);
    await clock.advance(1_000);
    expect(http.requests).toHaveLength(2);
    http.requests[1]!.respond(503, 'x', { 'retry-after': new Date(clock.now() + 30_000).toUTCString() });
    await settle();
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBeGreaterThanOrEqual(29_000);
  });

  it('waits as a busy collector says, with jitter of its own, without counting it as a failure or a problem', async () => {
    const { outbox, clock, http, handle } = setUp(5, { random: () => 0.5 });
    await settle();
    http.requests[0]!.respond(500, { error: 'boom' });
    await settle();
    // random() = 0.5: three quarters of the first 1 s step.
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBe(750);
    await clock.advance(750);
    const busy = { error: 'collector-busy', message: 'the collector is receiving many uploads', retryAfterSeconds: 10 };
    for (let answer = 1; answer <= 3; answer += 1) {
      http.requests[answer]!.respond(429, busy, { 'retry-after': '10' });
      await settle();
      expect(outbox.count('pending')).toBe(5);
      // 10 s as asked, plus half of the device's own jitter (a quarter of 10 s = 2.5 s).
      expect(handle.getStatus()).toMatchObject({ state: 'waiting', lastError: 'server-error', nextAttemptAt: clock.now() + 11_250 });
      await clock.advance(11_249);
      expect(http.requests).toHaveLength(answer + 1);
      await clock.advance(1);
      expect(http.requests).toHaveLength(answer + 2);
    }
    // The next real failure is the second, not the fifth: three quarters of 2 s.
    http.requests[4]!.respond(500, { error: 'boom' });
    await settle();
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBe(1_500);
    await clock.advance(1_500);
    http.requests[5]!.respond(200, ok(5));
    await settle();
    expect(outbox.count('acknowledged')).toBe(5);
    expect(handle.getStatus().lastError).toBeNull();
  });

  it('adds at least a second of jitter to a short busy wait and caps a long one at the longest backoff', async () => {
    const { clock, http, handle } = setUp(5, { random: () => 0.999 });
    await settle();
    const busy = { error: 'collector-busy', message: 'busy' };
    http.requests[0]!.respond(429, busy, { 'retry-after': '1' });
    await settle();
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBe(1_999);
    await clock.advance(1_999);
    http.requests[1]!.respond(429, busy, { 'retry-after': '86400' });
    await settle();
    expect(handle.getStatus().nextAttemptAt! - clock.now()).toBe(5 * 60_000);
    expect(handle.getStatus().lastError).toBeNull();
  });

  it('never has two requests in flight, however often it is nudged, and refuses a second loop on the same log', async () => {
    const { outbox, http, handle } = setUp(1200);
    await settle();
    for (let index = 0; index < 10; index += 1) handle.nudge();
    await settle();
    expect(http.requests).toHaveLength(1);
    expect(() => startSync({ telemetry: { sync: outbox }, collectorUrl: 'http://127.0.0.1:9', deviceToken: 'x'.repeat(30) })).toThrow(/already running/);
    for (let index = 0; index < 3; index += 1) {
      http.requests[index]!.respond(200, ok(http.requests[index]!.body.events.length));
      handle.nudge();
      await settle();
    }
    expect(http.maxInFlight()).toBe(1);
    expect(outbox.count('acknowledged')).toBe(1200);
  });

  it('abandons a request without an answer after the timeout and sends the batch again', async () => {
    const { outbox, clock, http, handle } = setUp(3);
    await settle();
    await clock.advance(30_000);
    expect(handle.getStatus().lastError).toBe('timeout');
    expect(outbox.count('pending')).toBe(3);
    await clock.advance(handle.getStatus().nextAttemptAt! - clock.now());
    expect(http.requests).toHaveLength(2);
    expect(http.requests[1]!.body.events).toEqual(http.requests[0]!.body.events);
  });

  it('does not acknowledge on a 200 whose counts do not match the batch, nor on a dropped connection', async () => {
    const { outbox, clock, http, handle } = setUp(4);
    await settle();
    http.requests[0]!.respond(200, { accepted: 1, duplicates: 0 });
    await settle();
    expect(handle.getStatus().lastError).toBe('bad-answer');
    expect(outbox.count('acknowledged')).toBe(0);
    await clock.advance(handle.getStatus().nextAttemptAt! - clock.now());
    http.requests[1]!.fail(new TypeError('Failed to fetch'));
    await settle();
    expect(handle.getStatus().lastError).toBe('network');
    expect(outbox.count('pending')).toBe(4);
  });

  it('waits while offline and sends as soon as the device is back online', async () => {
    const { outbox, http, network, handle } = setUp(2, { online: false });
    await settle();
    expect(http.requests).toHaveLength(0);
    expect(handle.getStatus()).toMatchObject({ state: 'offline', lastError: 'offline', pendingCount: 2 });
    network.set(true);
    await settle();
    http.requests[0]!.respond(200, ok(2));
    await settle();
    expect(outbox.count('acknowledged')).toBe(2);
  });

  it('reports a refused device token as unauthorized and retries only after the longest backoff', async () => {
    const { clock, http, handle } = setUp(2);
    await settle();
    http.requests[0]!.respond(401, { error: 'device-revoked' });
    await settle();
    expect(handle.getStatus()).toMatchObject({ lastError: 'unauthorized', nextAttemptAt: clock.now() + 300_000 });
  });

  it('releases the batch in flight when stopped', async () => {
    const { outbox, handle } = setUp(3);
    await settle();
    expect(outbox.count('sent')).toBe(3);
    await handle.stop();
    expect(outbox.count('pending')).toBe(3);
    expect(handle.getStatus().state).toBe('stopped');
  });

  it('halves the batch when a proxy refuses its size', async () => {
    const { http } = setUp(600);
    await settle();
    http.requests[0]!.respond(413, { error: 'body-too-large' });
    await settle();
    expect(http.requests[1]!.body.events).toHaveLength(250);
  });
});
