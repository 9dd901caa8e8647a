// The rollup fold on both backends: every stored event reaches the rollups exactly once, whether it was delivered
// again, the fold failed half-way, the collector restarted before folding, or (PostgreSQL) two collector instances
// fold at the same moment; the fold runs by itself when uploads pause, at the latest 5 s after an upload while they go
// on, and before a dashboard report is read. Timers are faked so no fold runs unless a test lets it.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../security/passwords';
import { buildApp } from '../server/app';
import { createLogger } from '../server/logging';
import { openStore } from '../storage/openStore';
import { FOLD_IDLE_MS, FOLD_MAX_LAG_MS } from '../storage/rollupFolder';
import type { SqlDriver } from '../storage/sqlDriver';
import { StaffStore } from '../storage/staffStore';
import { eventsOfDevice, seedSessions } from './dashboardSeed';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody, sampleEvents } from './sampleEvents';

async function completedGames(driver: SqlDriver): Promise<{ daily: number; monthly: number }> {
  const [daily] = await driver.all<{ n: number | string | null }>("SELECT SUM(n) AS n FROM daily_counts WHERE metric = 'game-completed'");
  const [monthly] = await driver.all<{ n: number | string | null }>("SELECT SUM(n) AS n FROM monthly_counts WHERE metric = 'game-completed'");
  return { daily: Number(daily?.n ?? 0), monthly: Number(monthly?.n ?? 0) };
}

async function backlogRows(driver: SqlDriver): Promise<number> {
  const [row] = await driver.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM rollup_backlog');
  return Number(row?.n);
}

/** Lets a background fold run to its end: each query yields to it; gives up after `attempts` queries. */
async function untilBacklogEmpty(driver: SqlDriver, attempts = 2_000): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) if ((await backlogRows(driver)) === 0) return;
  throw new Error('the rollup backlog did not empty');
}

const FAILING_TRIGGER = {
  sqlite: ["CREATE TRIGGER fail_monthly BEFORE INSERT ON monthly_counts BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END"],
  postgres: [
    "CREATE FUNCTION fail_monthly() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated disk failure'; END $$ LANGUAGE plpgsql",
    'CREATE TRIGGER fail_monthly BEFORE INSERT ON monthly_counts FOR EACH ROW EXECUTE FUNCTION fail_monthly()',
  ],
} as const;

describe.each(BACKENDS)('rollup fold on %s', (backend) => {
  let collector: TestCollector;
  let auth: { authorization: string };
  const post = (events: readonly unknown[]) => collector.app.inject({ method: 'POST', url: '/v1/events', headers: auth, payload: batchBody(events) });

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Three deliveries of one device at once: more than a collector allows by default (ingestLimits.test.ts).
    collector = await openTestCollector(backend, { uploadsInFlightPerDevice: 8 });
    const { deviceToken } = await collector.enrol();
    auth = { authorization: `Bearer ${deviceToken}` };
  });
  afterEach(async () => {
    await collector.close();
    vi.useRealTimers();
  });

  it('counts each stored event once, also when later requests deliver it again, some at the same moment', async () => {
    const events = sampleEvents(120);
    expect((await post(events.slice(0, 100))).json()).toMatchObject({ accepted: 100 });
    expect((await post(events.slice(50))).json()).toMatchObject({ accepted: 20, duplicates: 50 });
    const again = await Promise.all([post(events), post(events.slice(0, 60)), post(events)]);
    expect(again.map((response) => response.json().accepted)).toEqual([0, 0, 0]);
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 0, monthly: 0 });
    expect(await backlogRows(collector.store.driver)).toBe(5);
    await collector.store.foldRollups();
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 120, monthly: 120 });
    expect(await backlogRows(collector.store.driver)).toBe(0);
  });

  it(`folds by itself ${FOLD_IDLE_MS} ms after uploads pause`, async () => {
    await post(sampleEvents(30));
    await vi.advanceTimersByTimeAsync(FOLD_IDLE_MS - 1);
    expect(await backlogRows(collector.store.driver)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await untilBacklogEmpty(collector.store.driver);
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 30, monthly: 30 });
  });

  it(`folds at the latest ${FOLD_MAX_LAG_MS / 1000} s after an upload while uploads never pause`, async () => {
    const every = FOLD_IDLE_MS - 50;
    let posted = 0;
    for (let elapsed = 0; elapsed < FOLD_MAX_LAG_MS - every; elapsed += every) {
      await post(sampleEvents(2));
      posted += 2;
      await vi.advanceTimersByTimeAsync(every);
    }
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 0, monthly: 0 });
    await post(sampleEvents(2));
    await vi.advanceTimersByTimeAsync(every);
    await untilBacklogEmpty(collector.store.driver);
    expect((await completedGames(collector.store.driver)).daily).toBe(posted + 2);
  });

  it('folds before a dashboard report is read, so staff see every stored visit', async () => {
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword('correct horse battery'), collector.clock.now);
    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'marie', password: 'correct horse battery' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const sessions = seedSessions(12, ['2026-03-10', '2026-03-11'], ['Hall A'], 4);
    expect((await post(eventsOfDevice(sessions, 0))).statusCode).toBe(200);
    expect(await backlogRows(collector.store.driver)).toBe(1);
    const report = await collector.app.inject({ method: 'GET', url: '/api/reports/overview?from=2026-03-01&to=2026-03-31', headers: { cookie } });
    expect(report.json()).toMatchObject({ sessions: 12 });
    expect(await backlogRows(collector.store.driver)).toBe(0);
  });

  it('loses nothing when a fold fails half-way: it rolls back whole, and the next fold counts every event once', async () => {
    await post(sampleEvents(40));
    for (const sql of FAILING_TRIGGER[backend]) await collector.store.driver.run(sql);
    // The daily rows are written before the monthly ones, so the failure comes after part of the fold.
    await expect(collector.store.foldRollups()).rejects.toThrow(/simulated disk failure/);
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 0, monthly: 0 });
    expect(await backlogRows(collector.store.driver)).toBe(1);
    await collector.store.driver.run('DROP TRIGGER fail_monthly' + (backend === 'postgres' ? ' ON monthly_counts' : ''));
    await collector.store.foldRollups();
    expect(await completedGames(collector.store.driver)).toEqual({ daily: 40, monthly: 40 });
  });

  it('keeps what was not folded across a restart and folds it when the collector is ready again', async () => {
    await post(sampleEvents(25));
    // A second collector on the same database: the first one stopped (or crashed) before its fold ran.
    const restarted = await openStore(collector.settings);
    const app = buildApp({ store: restarted, logger: createLogger('silent'), rateLimit: { perMinute: 1000, burst: 1000 }, dashboardDir: null });
    try {
      expect(await backlogRows(restarted.driver)).toBe(1);
      await app.ready();
      await untilBacklogEmpty(restarted.driver);
      expect(await completedGames(restarted.driver)).toEqual({ daily: 25, monthly: 25 });
    } finally {
      await app.close();
      await restarted.close();
    }
  });
});

// Several collector instances on one database is the PostgreSQL deployment (docs/collector.md); SQLite has one.
describe.each(BACKENDS.filter((backend) => backend === 'postgres'))('rollup fold by two collector instances on %s', (backend) => {
  it('counts every event once when both fold at the same moment', async () => {
    const collector = await openTestCollector(backend);
    const { deviceToken } = await collector.enrol();
    const other = await openStore(collector.settings);
    try {
      for (let batch = 0; batch < 12; batch += 1) {
        const response = await collector.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${deviceToken}` }, payload: batchBody(sampleEvents(50)) });
        expect(response.statusCode).toBe(200);
      }
      await Promise.all([collector.store.foldRollups(), other.foldRollups(), collector.store.foldRollups(), other.foldRollups()]);
      expect(await completedGames(collector.store.driver)).toEqual({ daily: 600, monthly: 600 });
      expect(await backlogRows(collector.store.driver)).toBe(0);
    } finally {
      await other.close();
      await collector.close();
    }
  });
});
