// The collector under observation in the reconnect benchmark (reconnect.ts): a child process so that its memory is
// the collector's alone, not the simulated devices'. It opens the store named by RECONNECT_STORAGE, serves the real
// app (buildApp) with the real per-device limits over HTTP on loopback, enrols devices through the store's enrolment
// (what POST /v1/enrol does, without its per-address limit, which would let one address enrol 30 devices a minute),
// and records every upload's arrival, answer and status and its own memory while the devices reconnect.
// BENCH_UPLOADS_AT_ONCE overrides the shipped cap on uploads at once (to compare caps while developing).
// Run with: node --expose-gc --import ./collector/resolveHooks.ts bench/collector/reconnectCollector.ts (an IPC child).

import { resourceUsage } from 'node:process';
import pino from 'pino';
import { deviceTokenHash, enrolmentCodeHash, newDeviceId, newDeviceToken, newEnrolmentCode } from '../../collector/security/secrets';
import { buildApp } from '../../collector/server/app';
import { createLogger } from '../../collector/server/logging';
import { DEFAULT_RATE_LIMIT } from '../../collector/settings';
import { openStore } from '../../collector/storage/openStore';
import type { ChildMessage, CollectorReport, MemorySample, ParentMessage, ReconnectStorage, UploadSeen } from './reconnectProtocol';

const SAMPLE_EVERY_MS = 25;

function answer(message: ChildMessage): void {
  process.send?.(message);
}

const storage = JSON.parse(process.env.RECONNECT_STORAGE ?? 'null') as ReconnectStorage | null;
if (storage === null || process.send === undefined) throw new Error('run as an IPC child with RECONNECT_STORAGE set');

const store = await openStore(storage);
// Logged as in production (info: one line per request and per stored batch), to /dev/null: the cost, not the lines.
const app = buildApp({
  store,
  logger: createLogger('info', pino.destination({ dest: '/dev/null', sync: false })),
  rateLimit: DEFAULT_RATE_LIMIT,
  // The shipped cap on uploads at once unless BENCH_UPLOADS_AT_ONCE sets another (to compare while developing).
  uploadsAtOnce: Number(process.env.BENCH_UPLOADS_AT_ONCE) || undefined,
  dashboardDir: null,
});

let origin = performance.now();
let uploads: UploadSeen[] = [];
let healthAnswers: Record<string, number> = {};
let samples: MemorySample[] = [];
let sampler: ReturnType<typeof setInterval> | null = null;
let cpuAtObserve = process.cpuUsage();

function sample(): MemorySample {
  const usage = process.memoryUsage();
  return { t: (performance.now() - origin) / 1000, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, externalBytes: usage.external };
}

// Seen at the HTTP server, before Fastify: from the request's arrival (headers read) until its answer is sent or the
// connection closes, whatever Fastify does with it (refused by a limit, stored, failed).
app.server.on('request', (request, response) => {
  if (request.method !== 'POST') return;
  const start = performance.now() - origin;
  if (request.url === '/v1/events') {
    response.once('close', () => uploads.push({ start, end: performance.now() - origin, status: response.statusCode }));
  } else if (request.url === '/v1/health') {
    response.once('close', () => {
      healthAnswers[response.statusCode] = (healthAnswers[response.statusCode] ?? 0) + 1;
    });
  }
});

async function enrol(devices: number, sites: number): Promise<string[]> {
  const tokens: string[] = [];
  const now = Date.now();
  for (let index = 0; index < devices; index += 1) {
    const codeHash = enrolmentCodeHash(newEnrolmentCode())!;
    await store.createEnrolmentCode(codeHash, `Hall ${String.fromCharCode(65 + (index % sites))}`, now, now + 3_600_000);
    const token = newDeviceToken();
    const outcome = await store.redeemEnrolmentCode(codeHash, now, newDeviceId(), deviceTokenHash(token));
    if (outcome.kind !== 'enrolled') throw new Error(`enrolment of device ${index} failed: ${outcome.kind}`);
    tokens.push(token);
  }
  return tokens;
}

/** Waits until the rollup fold has taken every stored batch (it runs once uploads pause). */
async function waitForFold(): Promise<number> {
  const deadline = performance.now() + 300_000;
  for (;;) {
    const [row] = await store.driver.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM rollup_backlog');
    if (Number(row?.n) === 0) break;
    if (performance.now() > deadline) throw new Error('the rollup backlog was not empty 5 minutes after the uploads');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const lastAnswer = uploads.reduce((last, upload) => Math.max(last, upload.end), 0);
  return (performance.now() - origin - lastAnswer) / 1000;
}

async function report(): Promise<CollectorReport> {
  const foldSeconds = await waitForFold();
  if (sampler !== null) clearInterval(sampler);
  sampler = null;
  samples.push(sample());
  const cpu = process.cpuUsage(cpuAtObserve);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return {
    uploads,
    healthAnswers,
    foldSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    before: samples[0]!,
    samples,
    maxRssBytes: resourceUsage().maxRSS * 1024,
    after: sample(),
  };
}

async function handle(message: ParentMessage): Promise<ChildMessage> {
  switch (message.type) {
    case 'enrol':
      return { type: 'enrol', tokens: await enrol(message.devices, message.sites) };
    case 'observe':
      (globalThis as { gc?: () => void }).gc?.();
      origin = performance.now();
      cpuAtObserve = process.cpuUsage();
      uploads = [];
      healthAnswers = {};
      samples = [sample()];
      sampler = setInterval(() => samples.push(sample()), SAMPLE_EVERY_MS);
      return { type: 'observe' };
    case 'report':
      return { type: 'report', report: await report() };
    case 'verify': {
      const [counts] = await store.driver.all<{ n: number | string; d: number | string }>('SELECT COUNT(*) AS n, COUNT(DISTINCT event_id) AS d FROM events');
      return { type: 'verify', rows: Number(counts?.n), distinctIds: Number(counts?.d), ids: await store.eventIds() };
    }
    case 'close':
      await app.close();
      await store.close();
      return { type: 'close' };
  }
}

process.on('message', (message: ParentMessage) => {
  handle(message).then(
    (reply) => {
      answer(reply);
      if (reply.type === 'close') process.disconnect();
    },
    (error: unknown) => answer({ type: 'failed', message: String((error as Error)?.stack ?? error) }),
  );
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
answer({ type: 'ready', address });
