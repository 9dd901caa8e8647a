// The collector-wide cap on uploads at once (server/uploadGate.ts), on a listening collector on both backends: beyond
// the cap an upload is answered 429 collector-busy with a Retry-After in a bounded range, storing nothing, once its
// body has arrived and been dropped (so a client sending slowly gets the answer and keeps its connection), and a place
// is given back however the upload ended: stored, failed in the store, left by its device while being stored, cut
// off before its body arrived, or refused for its device's own limits (at once, not once its body has arrived).

import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectorStore } from '../storage/collectorStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvent, sampleEvents } from './sampleEvents';

const UPLOADS_AT_ONCE = 2;

/** A full batch as the sync client sends it (500 events, about 180 KB), in 16 KB chunks. */
function bigBodyChunks(): Buffer[] {
  const body = Buffer.from(JSON.stringify(batchBody(sampleEvents(500))));
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < body.length; offset += 16_384) chunks.push(body.subarray(offset, offset + 16_384));
  return chunks;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first answer read from a raw socket: its status, headers and body, and how many body bytes had been sent by its first byte. */
interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
  bodyBytesSentBeforeIt: number;
}

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

  it('answers a refused upload whose body arrives slowly once it has all arrived, and keeps the connection', async () => {
    const held = holdWrites(collector.store);
    const socket = connect(port, '127.0.0.1');
    const connected = new Promise<void>((resolve) => socket.once('connect', resolve));
    try {
      const admitted = [upload(0), upload(1)];
      await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(UPLOADS_AT_ONCE);
      await connected;
      const chunks = bigBodyChunks();
      const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      let sent = 0;
      let received = '';
      let firstAnswerAt: number | null = null;
      const errors: string[] = [];
      socket.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
      socket.on('data', (data: Buffer) => {
        firstAnswerAt ??= sent;
        received += data.toString('latin1');
      });
      const answerIn = async (): Promise<RawAnswer> => {
        await expect.poll(() => /\r\n\r\n/.test(received) && received.length >= received.indexOf('\r\n\r\n') + 4 + Number(/content-length: (\d+)/i.exec(received)?.[1] ?? 1e9), { timeout: 10_000 }).toBe(true);
        const [head, body] = received.split('\r\n\r\n') as [string, string];
        const [statusLine, ...lines] = head.split('\r\n');
        received = '';
        return {
          status: Number(statusLine!.split(' ')[1]),
          headers: new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])),
          body,
          bodyBytesSentBeforeIt: firstAnswerAt ?? -1,
        };
      };
      // A device on a slow link: the headers, then 16 KB every 10 ms.
      socket.write(`POST /v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${tokens[2]}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
      for (const chunk of chunks) {
        await pause(10);
        expect(socket.destroyed).toBe(false);
        sent += chunk.length;
        socket.write(chunk);
      }
      const refusal = await answerIn();
      expect(refusal.status).toBe(429);
      expect(Number(refusal.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(refusal.body)).toMatchObject({ error: 'collector-busy' });
      // The answer came once the whole body had been sent, not while the device was still sending it.
      expect(refusal.bodyBytesSentBeforeIt).toBe(length);
      expect(refusal.headers.get('connection')).toBe('keep-alive');
      // The same connection carries the device's next request.
      socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n');
      expect((await answerIn()).status).toBe(200);
      expect(errors).toEqual([]);
      expect(socket.destroyed).toBe(false);
      held.open();
      for (const { sent: answer } of admitted) expect((await answer).status).toBe(200);
    } finally {
      socket.destroy();
      held.restore();
    }
  });

  it('answers at once, and closes the connection, a refused upload declaring a body over the size limit', async () => {
    const held = holdWrites(collector.store);
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    const connected = new Promise<void>((resolve) => socket.once('connect', resolve));
    try {
      const admitted = [upload(0), upload(1)];
      await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(UPLOADS_AT_ONCE);
      await connected;
      let received = '';
      socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      // 10 MB declared, only the start sent: the collector does not read 10 MB to refuse it.
      socket.write(`POST /v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${tokens[2]}\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n{"sentAt":`);
      await closed;
      expect(received).toMatch(/^HTTP\/1\.1 429 /);
      expect(received).toMatch(/\r\nconnection: close\r\n/i);
      expect(received).toMatch(/"collector-busy"/);
      held.open();
      for (const { sent } of admitted) expect((await sent).status).toBe(200);
    } finally {
      socket.destroy();
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

describe('a device refused for its own limits while sending its body slowly', { timeout: 60_000 }, () => {
  it("does not keep a place of the collector's gate while its refused body arrives", async () => {
    // Room for two uploads at once, one per device: device 0's first upload is held by the store and its second,
    // refused for the device's limit, trickles in; device 1 must still get the other place.
    const collector = await openTestCollector('sqlite', { uploadsAtOnce: 2, uploadsInFlightPerDevice: 1 });
    const held = holdWrites(collector.store);
    try {
      await collector.app.listen({ host: '127.0.0.1', port: 0 });
      const port = (collector.app.server.address() as { port: number }).port;
      const [first, second] = [(await collector.enrol()).deviceToken, (await collector.enrol()).deviceToken];
      const post = (token: string) =>
        fetch(`http://127.0.0.1:${port}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(batchBody([sampleEvent(1)])),
        });
      const stored = post(first);
      await expect.poll(() => held.counts.writing, { timeout: 10_000 }).toBe(1);
      const chunks = bigBodyChunks();
      const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      const slow = connect(port, '127.0.0.1');
      slow.on('error', () => undefined);
      let answer = '';
      slow.on('data', (data: Buffer) => (answer += data.toString('latin1')));
      await new Promise<void>((resolve) => slow.once('connect', resolve));
      slow.write(`POST /v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${first}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
      slow.write(chunks[0]!);
      // Its refusal waits for the rest of its body; meanwhile the other device gets the other place (held by the
      // store). It asks until it does: while the slow upload's token is being looked up, that upload holds the place.
      const others: Promise<Response>[] = [];
      await expect
        .poll(
          async () => {
            if (held.counts.writing < 2) {
              const attempt = post(second);
              others.push(attempt);
              await Promise.race([attempt, pause(300)]);
            }
            return held.counts.writing;
          },
          { timeout: 10_000, interval: 100 },
        )
        .toBe(2);
      expect(answer).toBe('');
      for (const chunk of chunks.slice(1)) slow.write(chunk);
      await expect.poll(() => answer, { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 429 [^]*uploads from this device at once/);
      slow.destroy();
      held.open();
      expect((await stored).status).toBe(200);
      const statuses = (await Promise.all(others)).map((response) => response.status);
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.slice(0, -1).every((status) => status === 429)).toBe(true);
    } finally {
      held.restore();
      await collector.close();
    }
  });
});
