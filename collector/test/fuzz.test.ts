// 10,000 random malformed requests (fast-check) against the ingest and enrolment endpoints: every answer is a
// 4xx, the server stays up, and valid traffic is accepted afterwards.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocalTimestamp } from '../../common/events';
import { validEvent } from '../../tests/support/eventArbitraries';
import { parseBatch } from '../server/batch';
import { openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvents } from './sampleEvents';

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/octet-stream', 'application/json; charset=latin1', '', 'garbage'];

/** A valid batch with one thing broken: a field replaced, removed or added, at the top or in an event. */
const brokenBatch = fc
  .tuple(fc.array(validEvent, { minLength: 1, maxLength: 5 }), fc.nat(), fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 3 }), fc.constantFrom('replace', 'remove', 'add', 'top'))
  .map(([events, pick, key, value, how]) => {
    const batch: Record<string, unknown> = { sentAt: formatLocalTimestamp(new Date()), events: events.map((event) => ({ ...event })) };
    const target = events.length > 0 ? (batch.events as Record<string, unknown>[])[pick % events.length]! : batch;
    const keys = Object.keys(target);
    const field = keys[pick % keys.length]!;
    if (how === 'replace') target[field] = value;
    else if (how === 'remove') delete target[field];
    else if (how === 'add') target[`x${key}`] = value;
    else batch[pick % 2 === 0 ? 'sentAt' : 'events'] = value;
    return JSON.stringify(batch);
  });

const deepNesting = fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : '}';
  return open.repeat(depth) + (open === '[' ? '' : '1') + close.repeat(depth);
});

const body = fc.oneof(
  { weight: 3, arbitrary: brokenBatch },
  { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.integer({ min: 500_000, max: 700_000 }).map((size) => `{"sentAt":"${'9'.repeat(size)}"}`) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"a":1}}', '{"constructor":{"prototype":{"a":1}}}', 'null', '[]', '{}', '{"events":null}') },
);

const request = fc.record({
  url: fc.constantFrom('/v1/events', '/v1/events', '/v1/events', '/v1/enrol'),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  payload: body,
});

function acceptable(url: string, payload: string, status: number): boolean {
  if (status >= 400 && status < 500) return true;
  if (status !== 200 || url !== '/v1/events') return false;
  // A random edit may leave the batch valid (e.g. a field replaced by an allowed value): then 200 is right.
  try {
    return 'rows' in parseBatch(JSON.parse(payload), Date.now());
  } catch {
    return false;
  }
}

describe('fuzzing the collector with malformed requests', () => {
  let collector: TestCollector;
  let token: string;
  beforeAll(async () => {
    collector = await openTestCollector('sqlite');
    token = (await collector.enrol()).deviceToken;
  });
  afterAll(() => collector.close());

  it('answers 10,000 malformed requests with 4xx only, then still accepts valid batches', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(request, async ({ url, contentType, payload }) => {
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        if (contentType !== '') headers['content-type'] = contentType;
        const response = await collector.app.inject({ method: 'POST', url, headers, payload });
        if (!acceptable(url, payload, response.statusCode)) failures.push(`${response.statusCode} ${url} ${contentType} ${payload.slice(0, 80)}`);
        if (response.statusCode >= 400) expect(typeof response.json<{ message: unknown }>().message).toBe('string');
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
    expect(failures).toEqual([]);
    const health = await collector.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const valid = await collector.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${token}` },
      payload: batchBody(sampleEvents(100)),
    });
    expect(valid.statusCode).toBe(200);
    expect(valid.json()).toMatchObject({ accepted: 100, duplicates: 0 });
  }, 240_000);
});
