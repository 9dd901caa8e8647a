// The collector-wide cap on uploads at once (server/uploadGate.ts), on a listening collector on both backends: beyond
// the cap an upload is answered 429 collector-busy with a Retry-After in a bounded range, before its body is read and
// storing nothing, and a place is given back however the upload ended: stored, failed in the store, left by its
// device while being stored, or cut off before its body arrived.

import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectorStore } from '../storage/collectorStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvent } from './sampleEvents';

const UPLOADS_AT_ONCE = 2;

/** Holds every write until `open()`; `writing` and `written` count them. */
function holdWrites(store: CollectorStore) {
  const insertEvents = store.insertEvents.bind(store);
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const counts = { writing: 0, written: 0 };
  store.insertEvents = async (...args) => {
    counts.writing += 1;
    await gate;
    const outcome = await insertEvents(...args);
    counts.written += 1;
    return outcome;
  };
  return {
    counts,
    open: () => open(),
    restore: () => {
      open();
      store.insertEvents = insertEvents;
    },
  };
}

describe.each(BACKENDS)('uploads at once, collector-wide, on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let port: number;
  const tokens: string[] = [];
  let nextEvent = 1;
  beforeAll(async () => {
    collector = await openTestCollector(backend, { uploadsAtOnce: UPLOADS_AT_ONCE });
    await collector.app.listen({ host: '127.0.0.1', port: 0 });
    port = (collector.app.server.address() as { port: number }).port;
    for (let device = 0; device < 4; device += 1) tokens.push((await collector.enrol()).deviceToken);
  });
  afterAll(() => collector.close());

  const upload = (device: number, signal?: AbortSignal) => {
    const events = [sampleEvent(nextEvent++)];
    const sent = fetch(`http://127.0.0.1:${port}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[device]}`, 'content-type': 'application/json' },
      body: JSON.stringify(batchBody(events)),
      signal,
    });
    return { events, sent };
  };
  const storedCount = async (ids: readonly string[]) =>
    (await collector.store.driver.all(`SELECT event_id FROM events WHERE event_id IN (${ids.map(() => '?').join(', ')})`, ids)).length;

  it('answers 429 collector-busy with a Retry-After of 1 or 2 s beyond the cap, stores nothing, and takes the batch later', async () => {
    const held = holdWrites(collector.store);
    try {
      const first = upload(0);
      const second = upload(1);
      await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(UPLOADS_AT_ONCE);
      const refused = upload(2);
      const answer = await refused.sent;
      expect(answer.status).toBe(429);
      // No upload finished yet: a place is assumed held 1 s, so 2 places let one upload in every half second; the
      // first device told to wait gets that half second rounded up, plus up to a second of jitter.
      const retryAfter = Number(answer.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(2);
      expect(await answer.json()).toMatchObject({ error: 'collector-busy', retryAfterSeconds: retryAfter });
      held.open();
      expect((await first.sent).status).toBe(200);
      expect((await second.sent).status).toBe(200);
      expect(await storedCount(refused.events.map((event) => event.eventId))).toBe(0);
      expect(held.counts.writing).toBe(UPLOADS_AT_ONCE);
      const again = await fetch(`http://127.0.0.1:${port}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[2]}`, 'content-type': 'application/json' },
        body: JSON.stringify(batchBody(refused.events)),
      });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ accepted: 1, duplicates: 0 });
    } finally {
      held.restore();
    }
  });

  it('gives the place back when the store fails', async () => {
    const store = collector.store;
    const insertEvents = store.insertEvents.bind(store);
    store.insertEvents = () => Promise.reject(new Error('the database went away'));
    try {
      for (let attempt = 0; attempt < UPLOADS_AT_ONCE + 1; attempt += 1) expect((await upload(attempt % 2).sent).status).toBe(503);
    } finally {
      store.insertEvents = insertEvents;
    }
    const held = holdWrites(store);
    try {
      const admitted = [upload(0), upload(1)];
      await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(UPLOADS_AT_ONCE);
      expect((await upload(2).sent).status).toBe(429);
      held.open();
      for (const { sent } of admitted) expect((await sent).status).toBe(200);
    } finally {
      held.restore();
    }
  });

  it('gives the place back when the devices gave up on uploads it was still storing', async () => {
    const held = holdWrites(collector.store);
    try {
      for (let device = 0; device < UPLOADS_AT_ONCE; device += 1) {
        const leave = new AbortController();
        const { sent } = upload(device, leave.signal);
        const left = sent.catch(() => 'left');
        await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(device + 1);
        leave.abort();
        expect(await left).toBe('left');
      }
      // Both are still being stored: they still hold their places.
      expect((await upload(2).sent).status).toBe(429);
      held.open();
      await expect.poll(() => held.counts.written, { timeout: 10_000 }).toBe(UPLOADS_AT_ONCE);
      await expect.poll(async () => (await upload(3).sent).status, { timeout: 10_000 }).toBe(200);
    } finally {
      held.restore();
    }
  });

  it('gives the place back when a connection closes before its body arrived', async () => {
    const admissions = () => collector.logs.filter((line) => line.includes('"msg":"upload admitted"')).length;
    const stalled: Socket[] = [];
    const admittedBefore = admissions();
    for (let device = 0; device < UPLOADS_AT_ONCE; device += 1) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(`POST /v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${tokens[device]}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"sentAt":`);
      stalled.push(socket);
    }
    // They are admitted before their body is read (the collector says so at debug level), so they fill the gate.
    await expect.poll(admissions, { timeout: 10_000 }).toBe(admittedBefore + UPLOADS_AT_ONCE);
    const refused = await upload(2).sent;
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'collector-busy' });
    const closed = stalled.map((socket) => new Promise((resolve) => socket.once('close', resolve)));
    for (const socket of stalled) socket.destroy();
    await Promise.all(closed);
    await expect.poll(async () => (await upload(3).sent).status, { timeout: 10_000 }).toBe(200);
  });
});
