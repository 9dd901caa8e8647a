// The retention policy on both backends: raw events older than the period go (with what only they used), the
// dashboard's counts stay; the schedule runs at once when started. And SQLite files readable by their owner only.

import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEEP_RAW_MONTHS } from '../settings';
import { SQLITE_FILE_NAME } from '../storage/openStore';
import { purgeExpired, RetentionSchedule, retentionCutoff, type PurgeOutcome } from '../storage/retention';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvent } from './sampleEvents';

const NOW = Date.parse('2028-06-15T12:00:00Z');
const MONTH = 30 * 24 * 60 * 60_000;

describe.each(BACKENDS)('retention on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let token: string;
  beforeAll(async () => {
    collector = await openTestCollector(backend, { startAt: NOW - 20 * MONTH });
    token = (await collector.enrol()).deviceToken;
  });
  afterAll(() => collector.close());

  /** Uploads an event that happened `monthsAgo` months before NOW, sent at that time by a device with a right clock. */
  async function eventAt(monthsAgo: number) {
    const at = new Date(NOW - monthsAgo * MONTH);
    collector.clock.now = at.getTime();
    const { eventId, installationId, sessionId, appVersion, mode, siteLabel, occurredAt } = sampleEvent(1, at);
    const event = { eventId, installationId, sessionId, appVersion, mode, siteLabel, occurredAt, type: 'session-started', language: 'fr', hostKind: 'electron' };
    const response = await collector.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${token}` }, payload: batchBody([event], at) });
    expect(response.json()).toMatchObject({ accepted: 1 });
    return event;
  }

  it(`deletes raw events older than ${DEFAULT_KEEP_RAW_MONTHS} months and keeps the dashboard's counts`, async () => {
    const old = await eventAt(15);
    const recent = await eventAt(2);
    collector.clock.now = NOW;
    await collector.store.foldRollups();
    const sessionsBefore = await collector.store.driver.all<{ n: number | string }>("SELECT SUM(n) AS n FROM daily_counts WHERE metric = 'sessions'");
    const outcome = await purgeExpired(collector.store, NOW, DEFAULT_KEEP_RAW_MONTHS);
    expect(outcome).toEqual({ cutoff: retentionCutoff(NOW, DEFAULT_KEEP_RAW_MONTHS), events: 1 });
    expect(new Date(outcome.cutoff).toISOString()).toBe('2027-05-15T12:00:00.000Z');
    expect(await collector.store.eventIds()).toEqual([recent.eventId]);
    const languages = await collector.store.driver.all<{ session_id: string }>('SELECT session_id FROM session_languages');
    expect(languages.map((row) => row.session_id)).toEqual([recent.sessionId]);
    expect(languages.map((row) => row.session_id)).not.toContain(old.sessionId);
    const sessionsAfter = await collector.store.driver.all<{ n: number | string }>("SELECT SUM(n) AS n FROM daily_counts WHERE metric = 'sessions'");
    expect(Number(sessionsAfter[0]!.n)).toBe(Number(sessionsBefore[0]!.n));
    expect(Number(sessionsAfter[0]!.n)).toBe(2);
  });

  it('runs when the schedule starts, as the collector does at start and then daily', async () => {
    await eventAt(14);
    collector.clock.now = NOW;
    const outcomes: (PurgeOutcome | { error: unknown })[] = [];
    const schedule = new RetentionSchedule(collector.store, DEFAULT_KEEP_RAW_MONTHS, () => collector.clock.now, (outcome) => outcomes.push(outcome));
    schedule.start();
    await schedule.stop();
    expect(outcomes).toEqual([{ cutoff: retentionCutoff(NOW, DEFAULT_KEEP_RAW_MONTHS), events: 1 }]);
    expect(await collector.store.eventCount()).toBe(1);
  });
});

describe('SQLite files', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await openTestCollector('sqlite');
    await collector.enrol();
  });
  afterAll(() => collector.close());

  it('are readable and writable by their owner only, the WAL and shared-memory files too', () => {
    const file = path.join(collector.settings.dataDir, SQLITE_FILE_NAME);
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect((statSync(name).mode & 0o777).toString(8), name).toBe('600');
  });
});
