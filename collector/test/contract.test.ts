// The collector's ingest contract, run against SQLite and against the real PostgreSQL server: batches are stored
// all or nothing, idempotently by event id, with derived times; limits and bad input give clear 4xx answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocalTimestamp } from '../../common/events';
import { MIGRATIONS, migrate } from '../storage/migrations';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { eventsOfDevice, random as seededRandom, seedSessions } from './dashboardSeed';
import { batchBody, sampleEvent, sampleEvents } from './sampleEvents';

describe.each(BACKENDS)('collector contract on %s', (backend) => {
  let collector: TestCollector;
  let auth: { authorization: string };

  beforeAll(async () => {
    // Storage under concurrency: these tests send up to 16 uploads of one device at once, more than the per-device
    // cap a collector allows by default (ingestLimits.test.ts tests that cap).
    collector = await openTestCollector(backend, { uploadsInFlightPerDevice: 32 });
    const { deviceToken } = await collector.enrol();
    auth = { authorization: `Bearer ${deviceToken}` };
  });
  afterAll(() => collector.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    collector.app.inject({ method: 'POST', url: '/v1/events', headers: { ...auth, ...headers }, payload: payload as string });

  it('reports health and its storage kind', async () => {
    const response = await collector.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', storage: backend });
  });

  it('accepts a batch and reports a second delivery as duplicates, storing each event once', async () => {
    const events = sampleEvents(50);
    const before = await collector.store.eventCount();
    const first = await post(batchBody(events));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ accepted: 50, duplicates: 0 });
    const again = await post(batchBody([...events.slice(0, 20), ...sampleEvents(5)]));
    expect(again.json()).toMatchObject({ accepted: 5, duplicates: 20 });
    expect(await collector.store.eventCount()).toBe(before + 55);
  });

  it('counts an id repeated inside one batch as a duplicate', async () => {
    const event = sampleEvent(1);
    const response = await post(batchBody([event, event, sampleEvent(2)]));
    expect(response.json()).toMatchObject({ accepted: 2, duplicates: 1 });
  });

  it('stores the same batch once when it arrives several times at the same moment', async () => {
    const events = sampleEvents(200);
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(batchBody(events))));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const accepted = answers.reduce((sum, answer) => sum + answer.json<{ accepted: number }>().accepted, 0);
    expect(accepted).toBe(200);
    const ids = new Set(await collector.store.eventIds());
    expect(events.every((event) => ids.has(event.eventId))).toBe(true);
  });

  it('rejects a batch with one invalid event, naming its index and field, and stores none of it', async () => {
    const events = sampleEvents(10);
    const bad = { ...events[7]!, score: -5 };
    const before = await collector.store.eventCount();
    const response = await post(batchBody([...events.slice(0, 7), bad, ...events.slice(8)]));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-event', index: 7, field: 'score' });
    expect(response.json<{ message: string }>().message).toMatch(/^event 7: score .*nothing of this batch was stored/);
    expect(await collector.store.eventCount()).toBe(before);
  });

  it('names the field of an unknown event kind and of free text smuggled into an event', async () => {
    const unknownKind = await post(batchBody([{ ...sampleEvent(0), type: 'page-view' }]));
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json()).toMatchObject({ index: 0, field: 'type' });
    const freeText = await post(batchBody([sampleEvent(0), { ...sampleEvent(1), name: 'Alice' }]));
    expect(freeText.statusCode).toBe(400);
    expect(freeText.json()).toMatchObject({ index: 1 });
  });

  it('states the limits: at most 500 events and 512 KB per request', async () => {
    const tooMany = await post(batchBody(sampleEvents(501)));
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json<{ message: string }>().message).toContain('at most 500 events');
    const huge = await post(JSON.stringify({ sentAt: formatLocalTimestamp(new Date()), events: ['x'.repeat(600 * 1024)] }), {
      'content-type': 'application/json',
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ message: string }>().message).toContain('512 KB');
  });

  it('answers bad bodies with 4xx: wrong content type, malformed JSON, empty, deep nesting, wrong shapes', async () => {
    const cases: { payload: string; type: string; status: number }[] = [
      { payload: JSON.stringify(batchBody(sampleEvents(1))), type: 'text/plain', status: 415 },
      { payload: '{"sentAt": ', type: 'application/json', status: 400 },
      { payload: '', type: 'application/json', status: 400 },
      { payload: '['.repeat(200_000) + ']'.repeat(200_000), type: 'application/json', status: 400 },
      { payload: '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000), type: 'application/json', status: 400 },
      { payload: '{"__proto__": {"x": 1}, "events": []}', type: 'application/json', status: 400 },
      { payload: '"just a string"', type: 'application/json', status: 400 },
      { payload: JSON.stringify({ sentAt: 'yesterday', events: sampleEvents(1) }), type: 'application/json', status: 400 },
      { payload: JSON.stringify({ sentAt: formatLocalTimestamp(new Date()), events: {} }), type: 'application/json', status: 400 },
      { payload: JSON.stringify({ sentAt: formatLocalTimestamp(new Date()), events: [] }), type: 'application/json', status: 400 },
    ];
    for (const { payload, type, status } of cases) {
      const response = await post(payload, { 'content-type': type });
      expect(response.statusCode, `${type} ${payload.slice(0, 30)}`).toBe(status);
      expect(response.json<{ message: string }>().message.length).toBeGreaterThan(10);
    }
  });

  it('stores device time, receive time and the skew-corrected derived time', async () => {
    // The device clock is 1 hour slow; the event happened 10 s before the batch was sent.
    collector.clock.now = Date.UTC(2026, 10, 26, 16, 0, 0);
    const deviceNow = new Date(collector.clock.now - 3_600_000);
    const event = sampleEvent(3, new Date(deviceNow.getTime() - 10_000));
    const response = await post(batchBody([event], deviceNow));
    expect(response.json()).toMatchObject({ accepted: 1, receivedAt: '2026-11-26T16:00:00.000Z' });
    const [row] = await collector.store.driver.all<{ occurred_at: string; received_at: string | number; derived_at: string | number; body: string }>(
      'SELECT occurred_at, received_at, derived_at, body FROM events WHERE event_id = ?',
      [event.eventId],
    );
    expect(row?.occurred_at).toBe(event.occurredAt);
    expect(Number(row?.received_at)).toBe(collector.clock.now);
    expect(Number(row?.derived_at)).toBe(collector.clock.now - 10_000);
    expect(JSON.parse(row!.body)).toEqual(event);
    collector.clock.now = Date.now();
  });

  it('stores overlapping batches of one device arriving at once (a retry while the first is still in flight)', async () => {
    // Eight batches of the same visitors' days and games, each in a different order, sent together, twice: on
    // PostgreSQL the second copies insert the same event ids as the first, which must never deadlock (every batch
    // answers 200); the fold then counts each event once in the rollups.
    const sessions = seedSessions(240, ['2026-05-04', '2026-05-05'], ['Hall A'], 11);
    const events = eventsOfDevice(sessions, 0);
    const random = seededRandom(5);
    const batches = Array.from({ length: 8 }, (_, index) => {
      const part = events.filter((_event, position) => position % 8 === index);
      for (let position = part.length - 1; position > 0; position -= 1) {
        const other = Math.floor(random() * (position + 1));
        [part[position], part[other]] = [part[other]!, part[position]!];
      }
      return part;
    });
    const before = await collector.store.eventCount();
    const responses = await Promise.all([...batches, ...batches.reverse()].map((batch) => post(batchBody(batch))));
    expect(responses.map((response) => response.statusCode)).toEqual(responses.map(() => 200));
    const accepted = responses.reduce((sum, response) => sum + (response.json() as { accepted: number }).accepted, 0);
    expect(accepted).toBe(events.length);
    expect(await collector.store.eventCount()).toBe(before + events.length);
    await collector.store.foldRollups();
    const [started] = await collector.store.driver.all<{ n: number | string }>(
      "SELECT SUM(n) AS n FROM daily_counts WHERE metric = 'game-started' AND day >= '2026-05-04' AND day <= '2026-05-05'",
    );
    expect(Number(started?.n)).toBe(events.filter((event) => event.type === 'game-started').length);
  });

  it('applies its migrations once, whatever the number of starts', async () => {
    expect(await migrate(collector.store.driver, Date.now())).toEqual([]);
    const rows = await collector.store.driver.all<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it('answers CORS preflights so both hosts may call it, and exposes Retry-After', async () => {
    const response = await collector.app.inject({
      method: 'OPTIONS',
      url: '/v1/events',
      headers: { origin: 'app://biotech', 'access-control-request-method': 'POST' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-allow-headers'])).toContain('authorization');
    expect(String(response.headers['access-control-expose-headers'])).toContain('retry-after');
  });

  it('answers unknown endpoints with 404 in plain words', async () => {
    const response = await collector.app.inject({ method: 'GET', url: '/v2/whatever' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ message: string }>().message).toContain('POST /v1/events');
  });
});

describe.each(BACKENDS)('per-device rate limit on %s', (backend) => {
  it('answers 429 with Retry-After once a device exceeds its burst, and other devices are unaffected', async () => {
    const collector = await openTestCollector(backend, { rateLimit: { perMinute: 6, burst: 2 } });
    try {
      const first = await collector.enrol();
      const second = await collector.enrol();
      const send = (token: string) =>
        collector.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${token}` }, payload: batchBody(sampleEvents(1)) });
      expect((await send(first.deviceToken)).statusCode).toBe(200);
      expect((await send(first.deviceToken)).statusCode).toBe(200);
      const limited = await send(first.deviceToken);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('10');
      expect((await send(second.deviceToken)).statusCode).toBe(200);
      collector.clock.now += 10_000;
      expect((await send(first.deviceToken)).statusCode).toBe(200);
    } finally {
      await collector.close();
    }
  });
});
