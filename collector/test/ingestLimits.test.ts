// Collector limits on both backends: enrolment guesses limited per client, the site taken from the enrolment record,
// times that cannot be true refused event by event and counted per device, a cap on one device's uploads at once,
// and header, body and idle timeouts on a real listening server, where a kept-alive connection outlives the 5 s it
// announces.

import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../security/passwords';
import { MAX_UPLOADS_IN_FLIGHT_PER_DEVICE } from '../server/ingestRoutes';
import { StaffStore } from '../storage/staffStore';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvent } from './sampleEvents';

describe.each(BACKENDS)('collector limits on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let token: string;
  let deviceId: string;
  beforeAll(async () => {
    collector = await openTestCollector(backend);
    ({ deviceToken: token, deviceId } = await collector.enrol('Hall A'));
  });
  afterAll(() => collector.close());

  const post = (payload: unknown) =>
    collector.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${token}` }, payload: payload as object });

  it('limits enrolment guesses per client: a guesser is refused, a genuine code from elsewhere still works', async () => {
    const guess = (remoteAddress: string, code: string) => collector.app.inject({ method: 'POST', url: '/v1/enrol', remoteAddress, payload: { code } });
    const answers = [];
    for (let attempt = 0; attempt < 15; attempt += 1) answers.push((await guess('192.0.2.66', `AAAA-AAAA-${String(attempt).padStart(2, 'A').slice(-2).replace(/\d/g, 'B')}`)).statusCode);
    expect(answers).toContain(429);
    const genuine = await guess('192.0.2.10', await collector.createCode('Hall B'));
    expect(genuine.statusCode).toBe(201);
  });

  it('stores the site of the enrolment record, whatever site the device sends', async () => {
    const forged = [{ ...sampleEvent(1), siteLabel: 'Hall Z' }, { ...sampleEvent(2), siteLabel: 'Jean Dupont 14 ans' }];
    const response = await post(batchBody(forged));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0 });
    const rows = await collector.store.driver.all<{ site_label: string; body: string }>(
      `SELECT site_label, body FROM events WHERE event_id IN (?, ?)`,
      forged.map((event) => event.eventId),
    );
    expect(rows.map((row) => row.site_label)).toEqual(['Hall A', 'Hall A']);
    expect(rows.map((row) => JSON.parse(row.body).siteLabel)).toEqual(['Hall A', 'Hall A']);
    await collector.store.foldRollups();
    const sites = await collector.store.driver.all<{ site_label: string }>('SELECT DISTINCT site_label FROM daily_counts');
    expect(sites.map((row) => row.site_label)).toEqual(['Hall A']);
  });

  it('refuses, event by event, times that cannot be true, and counts them for staff', async () => {
    const now = new Date(collector.clock.now);
    const good = sampleEvent(3, now);
    const at = (occurredAt: string) => ({ ...sampleEvent(4), occurredAt });
    const impossible = [at('0000-01-01T10:00:00.000+01:00'), at('1900-06-01T10:00:00.000+01:00'), at('9999-12-31T10:00:00.000+01:00'), { ...good, eventId: sampleEvent(5).eventId, occurredAt: good.occurredAt.replace(/[+-]\d\d:\d\d$/, '+14:59') }];
    const response = await post(batchBody([impossible[0], good, ...impossible.slice(1)], now));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      accepted: 1,
      duplicates: 0,
      rejected: 4,
      rejections: [
        { index: 0, field: 'occurredAt', reason: 'before-app-existed' },
        { index: 2, field: 'occurredAt', reason: 'before-app-existed' },
        { index: 3, field: 'occurredAt', reason: 'ahead-of-server-clock' },
        { index: 4, field: 'occurredAt', reason: 'impossible-offset' },
      ],
    });
    const stored = await collector.store.driver.all('SELECT event_id FROM events WHERE event_id IN (?, ?, ?, ?)', impossible.map((event) => event.eventId));
    expect(stored).toEqual([]);
    await collector.store.foldRollups();
    const [days] = await collector.store.driver.all<{ first: string }>('SELECT MIN(day) AS first FROM daily_counts');
    expect(days!.first >= '2026-01-01').toBe(true);
    // A batch of impossible times only still counts them.
    expect((await post(batchBody([at('1900-06-01T10:00:00.000+01:00')], now))).json()).toMatchObject({ accepted: 0, rejected: 1 });
    const device = (await collector.store.devices()).find((candidate) => candidate.deviceId === deviceId);
    expect(device?.rejectedEvents).toBe(5);
    // Staff see the count in the dashboard's devices view.
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword('correct horse battery'), collector.clock.now);
    const login = await collector.app.inject({ method: 'POST', url: '/api/login', headers: { host: 'hub.local', 'x-biotech-dashboard': '1' }, payload: { name: 'marie', password: 'correct horse battery' } });
    const devices = await collector.app.inject({ method: 'GET', url: '/api/devices', headers: { cookie: String(login.headers['set-cookie']).split(';')[0]! } });
    expect(devices.json<{ deviceId: string; rejectedEvents: number }[]>().find((candidate) => candidate.deviceId === deviceId)?.rejectedEvents).toBe(5);
  });

  it('refuses a whole batch whose sentAt has an offset no time zone has', async () => {
    const body = batchBody([sampleEvent(6)]);
    const response = await post({ ...body, sentAt: body.sentAt.replace(/[+-]\d\d:\d\d$/, '+14:59') });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-batch', field: 'sentAt' });
  });
});

/** Opens a connection and sends an upload's headers and part of its body, then stops. */
async function stalledUpload(port: number, token: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.write(`POST /v1/events HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"sentAt":`);
  return { socket, closed };
}

describe('HTTP timeouts and uploads at once, on a listening collector', { timeout: 60_000 }, () => {
  let collector: TestCollector;
  let port: number;
  let token: string;
  beforeAll(async () => {
    // The request timeout leaves the stalled uploads in place long enough for the cap to be seen on a busy machine
    // (with 2 s, a slow poll could find them already cut off and never meet the 429).
    collector = await openTestCollector('sqlite', { timeouts: { headersMs: 1_000, requestMs: 8_000, idleMs: 2_000 } });
    await collector.app.listen({ host: '127.0.0.1', port: 0 });
    port = (collector.app.server.address() as { port: number }).port;
    token = (await collector.enrol()).deviceToken;
  });
  afterAll(() => collector.close());

  const upload = () =>
    fetch(`http://127.0.0.1:${port}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(batchBody([sampleEvent(1)])),
    });

  it('refuses a device more uploads at once than the cap, and cuts off a half-sent body, freeing its place', async () => {
    const stalled = [];
    for (let index = 0; index < MAX_UPLOADS_IN_FLIGHT_PER_DEVICE; index += 1) stalled.push(await stalledUpload(port, token));
    // Wait until the collector has counted both (they are authenticated before their body is read).
    await expect.poll(async () => (await upload()).status, { timeout: 10_000 }).toBe(429);
    const answers = await Promise.all(stalled.map((upload) => upload.closed));
    for (const answer of answers) expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
    expect((await upload()).status).toBe(200);
  });

  it('gives a device its place back when it gave up on uploads the collector was still storing', async () => {
    // The store holds every write until the gate opens: each upload is stored while its device has already left.
    const store = collector.store;
    const insertEvents = store.insertEvents.bind(store);
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let writing = 0;
    let written = 0;
    store.insertEvents = async (...args) => {
      writing += 1;
      await gate;
      const outcome = await insertEvents(...args);
      written += 1;
      return outcome;
    };
    try {
      for (let index = 0; index < MAX_UPLOADS_IN_FLIGHT_PER_DEVICE; index += 1) {
        const leave = new AbortController();
        const sent = fetch(`http://127.0.0.1:${port}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(batchBody([sampleEvent(100 + index)])),
          signal: leave.signal,
        }).catch(() => 'left');
        await expect.poll(() => writing, { timeout: 10_000 }).toBe(index + 1);
        leave.abort();
        expect(await sent).toBe('left');
      }
      // Both are still being stored: they still count against the cap.
      expect((await upload()).status).toBe(429);
      openGate();
      await expect.poll(() => written, { timeout: 10_000 }).toBe(MAX_UPLOADS_IN_FLIGHT_PER_DEVICE);
      await expect.poll(async () => (await upload()).status, { timeout: 10_000 }).toBe(200);
    } finally {
      store.insertEvents = insertEvents;
      openGate();
    }
  });

  it('closes a connection that sends no headers, half of them, or stays idle after a request', async () => {
    const closed = (socket: Socket) => new Promise((resolve) => socket.resume().once('close', resolve));
    const silent = connect(port, '127.0.0.1');
    const halfHeaders = connect(port, '127.0.0.1');
    halfHeaders.write('POST /v1/events HTTP/1.1\r\nHost: hub\r\n');
    const idle = connect(port, '127.0.0.1');
    idle.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n');
    await Promise.all([closed(silent), closed(halfHeaders), closed(idle)]);
  });
});

describe('kept-alive connections, on a listening collector with the shipped timeouts', { timeout: 60_000 }, () => {
  let collector: TestCollector;
  let port: number;
  beforeAll(async () => {
    collector = await openTestCollector('sqlite');
    await collector.app.listen({ host: '127.0.0.1', port: 0 });
    port = (collector.app.server.address() as { port: number }).port;
  });
  afterAll(() => collector.close());

  it('keeps an idle connection open well past the 5 s it announces, so a client late to reuse it is answered', async () => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let ended = false;
    socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
    socket.on('end', () => (ended = true));
    socket.on('error', () => undefined);
    try {
      socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n');
      await expect.poll(() => received.includes('"status":"ok"'), { timeout: 10_000 }).toBe(true);
      expect(received).toMatch(/\r\nkeep-alive: timeout=5\r\n/i);
      received = '';
      // Node's fetch stops reusing it after 3 s; a client whose timers ran late comes back after 7 s: Node's own
      // margin (1 s past the 5 s) has gone, and the connection is still open.
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      expect(ended).toBe(false);
      socket.write('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n');
      await expect.poll(() => received.includes('"status":"ok"'), { timeout: 10_000 }).toBe(true);
      expect(received).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      socket.destroy();
    }
  });
});
