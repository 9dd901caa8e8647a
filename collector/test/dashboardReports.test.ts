// The dashboard's SQL aggregations on both databases against counts made independently in JavaScript from the
// seeded events, with and without filters, over days, whole months and ranges mixing both; "<5" wherever a count
// is below 5.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careersReport } from '../reports/careers';
import { filtersSchema, type ReportFilters } from '../reports/filters';
import { gamesReport } from '../reports/games';
import { overviewReport } from '../reports/overview';
import type { Cell, ReportTable } from '../reports/types';
import { MIGRATIONS, migrate } from '../storage/migrations';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';
import { batchBody } from './sampleEvents';
import { eventsOfDevice, seedSessions, type SeedSession } from './dashboardSeed';

const DAYS = ['2026-01-31', '2026-02-01', '2026-02-14', '2026-02-28', '2026-03-02', '2026-03-03', '2026-03-10', '2026-03-17', '2026-03-30', '2026-04-01', '2026-04-16', '2026-05-31'];
const SITES = ['Hall A', 'Classe Charleroi', 'Salon SIEP'];
const sessions = seedSessions(800, DAYS, SITES, 7);

const filters = (extra: Partial<ReportFilters> = {}): ReportFilters => filtersSchema.parse({ from: '2026-03-01', to: '2026-03-31', ...extra });
const shown = (n: number): Cell => (n < 5 ? '<5' : n);
const rowOf = (table: ReportTable | undefined, key: string) => table?.rows.find((row) => row.key === key)?.cells;

function inMarch(session: SeedSession): boolean {
  return session.day.startsWith('2026-03');
}

describe.each(BACKENDS)('dashboard reports on %s', (backend) => {
  let collector: TestCollector;
  const deviceIds: string[] = [];
  beforeAll(async () => {
    collector = await openTestCollector(backend);
    for (let device = 0; device < SITES.length; device += 1) {
      const { deviceId, deviceToken } = await collector.enrol(SITES[device]);
      deviceIds.push(deviceId);
      const events = eventsOfDevice(sessions, device);
      for (let start = 0; start < events.length; start += 500) {
        const response = await collector.app.inject({
          method: 'POST',
          url: '/v1/events',
          headers: { authorization: `Bearer ${deviceToken}` },
          payload: batchBody(events.slice(start, start + 500)),
        });
        expect(response.statusCode).toBe(200);
      }
      // A second delivery of the same events must not count twice.
      await collector.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${deviceToken}` }, payload: batchBody(events.slice(0, 50)) });
    }
    // The reports below read the rollups directly (the dashboard's routes fold before they read).
    await collector.store.foldRollups();
  }, 120_000);
  afterAll(() => collector.close());

  it('counts sessions per period, mode, language, site and day like an independent count', async () => {
    const report = await overviewReport(collector.store.driver, filters());
    const march = sessions.filter(inMarch);
    expect(report.sessions).toBe(march.length);
    const byMode = report.tables.find((table) => table.id === 'sessions-by-mode');
    for (const mode of ['kiosk', 'classroom', 'event'] as const) expect(rowOf(byMode, mode)).toEqual([shown(march.filter((s) => s.mode === mode).length)]);
    const byLanguage = report.tables.find((table) => table.id === 'sessions-by-language');
    expect(rowOf(byLanguage, 'fr')).toEqual([shown(march.filter((s) => s.language === 'fr').length)]);
    const bySite = report.tables.find((table) => table.id === 'sessions-by-site');
    expect(rowOf(bySite, 'Hall A')).toEqual([shown(march.filter((s) => s.siteLabel === 'Hall A').length)]);
    const overTime = report.tables.find((table) => table.id === 'sessions-over-time');
    expect(overTime?.rows).toHaveLength(31);
    expect(rowOf(overTime, '2026-03-10')).toEqual([shown(march.filter((s) => s.day === '2026-03-10').length)]);
    const previous = sessions.filter((s) => s.day >= '2026-01-29' && s.day <= '2026-02-28').length;
    expect(report.previousSessions).toBe(shown(previous));
  });

  it('applies every filter in SQL', async () => {
    const kioskFr = await overviewReport(collector.store.driver, filters({ mode: 'kiosk', language: 'fr' }));
    expect(kioskFr.sessions).toBe(shown(sessions.filter((s) => inMarch(s) && s.mode === 'kiosk' && s.language === 'fr').length));
    const device = await overviewReport(collector.store.driver, filters({ device: deviceIds[1], from: '2026-03-02', to: '2026-03-03' }));
    expect(device.sessions).toBe(shown(sessions.filter((s) => s.device === 1 && (s.day === '2026-03-02' || s.day === '2026-03-03')).length));
    const site = await gamesReport(collector.store.driver, filters({ site: 'Salon SIEP' }));
    const started = sessions.filter((s) => inMarch(s) && s.siteLabel === 'Salon SIEP').flatMap((s) => s.events).filter((e) => e.type === 'game-started' && e.gameId === 'purify');
    expect(rowOf(site.tables[0], 'purify')?.[0]).toBe(shown(started.length));
  });

  it('reports games: started, completed, rate, median and stars', async () => {
    const report = await gamesReport(collector.store.driver, filters());
    const events = sessions.filter(inMarch).flatMap((s) => s.events);
    const started = events.filter((e) => e.type === 'game-started' && e.gameId === 'bioreactor').length;
    const completed = events.flatMap((e) => (e.type === 'game-completed' && e.gameId === 'bioreactor' ? [e] : []));
    const cells = rowOf(report.tables[0], 'bioreactor')!;
    expect(cells.slice(0, 2)).toEqual([started, completed.length]);
    expect(cells[2]).toBeCloseTo((completed.length / started) * 100, 0);
    const durations = completed.map((e) => e.durationMs / 1000).sort((a, b) => a - b);
    const median = durations[Math.ceil(durations.length / 2) - 1]!;
    expect(Math.abs((cells[3] as number) - median)).toBeLessThanOrEqual(5);
    const stars = rowOf(report.tables[1], 'bioreactor')!;
    expect(stars[3]).toBe(shown(completed.filter((e) => e.stars === 2).length));
    expect(rowOf(report.tables[0], 'code-of-life')).toEqual(['<5', '<5', null, null]);
  });

  it('reports careers: roles, quiz types and pathway starts', async () => {
    const report = await careersReport(collector.store.driver, filters());
    const events = sessions.filter(inMarch).flatMap((s) => s.events);
    const viewed = events.filter((e) => e.type === 'career-viewed' && e.roleId === 'qc-analyst').length;
    expect(rowOf(report.tables[0], 'qc-analyst')?.[0]).toBe(viewed);
    const quizzesR = events.filter((e) => e.type === 'quiz-completed' && e.topTypes.includes('R')).length;
    expect(rowOf(report.tables[1], 'R')).toEqual([shown(quizzesR)]);
    expect(report.summary[0]?.value).toBe(shown(events.filter((e) => e.type === 'quiz-completed').length));
    expect(rowOf(report.tables[0], 'cra')).toEqual(['<5', '<5', '<5']);
  });

  it('never publishes a count below 5, and no published sum has exactly one withheld member', async () => {
    const narrow = filters({ from: '2026-03-02', to: '2026-03-03', site: 'Classe Charleroi' });
    const report = await overviewReport(collector.store.driver, narrow);
    for (const table of report.tables) {
      for (const row of table.rows) for (const cell of row.cells) if (typeof cell === 'number') expect(cell).toBeGreaterThanOrEqual(5);
      if (table.total !== null && typeof table.total[0] === 'number') {
        const withheld = table.rows.filter((row) => row.cells[0] === '<5').length;
        expect(withheld, table.id).not.toBe(1);
      }
    }
  });

  it('answers ranges of whole months and partial months like the events (monthly and daily rollups together)', async () => {
    const ranges = [
      { from: '2026-01-31', to: '2026-04-15' },
      { from: '2026-02-01', to: '2026-05-31' },
      { from: '2026-02-14', to: '2026-03-10' },
      { from: '2026-02-01', to: '2026-04-16' },
    ];
    for (const range of ranges) {
      for (const extra of [{}, { mode: 'kiosk' as const, language: 'fr' as const }, { site: 'Salon SIEP' }]) {
        const chosen = filters({ ...range, ...extra });
        const inRange = sessions.filter(
          (s) =>
            s.day >= range.from &&
            s.day <= range.to &&
            (chosen.mode === undefined || s.mode === chosen.mode) &&
            (chosen.language === undefined || s.language === chosen.language) &&
            (chosen.site === undefined || s.siteLabel === chosen.site),
        );
        const label = JSON.stringify(chosen);
        const overview = await overviewReport(collector.store.driver, chosen);
        expect(overview.sessions, label).toBe(shown(inRange.length));
        const bySite = overview.tables.find((table) => table.id === 'sessions-by-site');
        const site = chosen.site ?? 'Hall A';
        expect(rowOf(bySite, site), label).toEqual([shown(inRange.filter((s) => s.siteLabel === site).length)]);
        const profiles = overview.tables.find((table) => table.id === 'visitor-profiles');
        const pupils = inRange.flatMap((s) => s.events).filter((e) => e.type === 'profile-chosen' && e.profile === 'pupil').length;
        expect(rowOf(profiles, 'pupil'), label).toEqual([shown(pupils)]);
        const events = inRange.flatMap((s) => s.events);
        const games = await gamesReport(collector.store.driver, chosen);
        const started = events.filter((e) => e.type === 'game-started' && e.gameId === 'gowning').length;
        expect(rowOf(games.tables[0], 'gowning')?.[0], label).toBe(shown(started));
        const careers = await careersReport(collector.store.driver, chosen);
        const viewed = events.filter((e) => e.type === 'career-viewed' && e.roleId === 'founder').length;
        expect(rowOf(careers.tables[0], 'founder')?.[0], label).toBe(shown(viewed));
      }
    }
  });

  it('keeps every month of the monthly rollup equal to the sum of its days', async () => {
    const columns = 'month, site_label, device_id, mode, language, metric, dim';
    const fromDays = await collector.store.driver.all<Record<string, string | number>>(
      `SELECT ${columns}, SUM(n) AS n FROM daily_counts GROUP BY ${columns} ORDER BY ${columns}`,
    );
    const months = await collector.store.driver.all<Record<string, string | number>>(`SELECT ${columns}, n FROM monthly_counts ORDER BY ${columns}`);
    expect(months.length).toBeGreaterThan(0);
    const normalise = (rows: Record<string, string | number>[]) => rows.map((row) => ({ ...row, n: Number(row.n) }));
    expect(normalise(months)).toEqual(normalise(fromDays));
  });
});

describe.each(BACKENDS)('upgrading a %s collector from schema version 2', (backend) => {
  it('fills the monthly rollup from the daily counts it already holds', async () => {
    const collector = await openTestCollector(backend);
    try {
      const driver = collector.store.driver;
      // Back to version 2: neither the monthly rollup nor the rollup backlog existed yet (nor what versions 5-10 added).
      for (const table of ['remote_settings', 'settings_sequence']) await driver.run(`DROP TABLE ${table}`);
      for (const table of ['content_signing_key', 'content_sequence', 'content_versions', 'content_drafts']) await driver.run(`DROP TABLE ${table}`);
      await driver.run('DROP TABLE device_versions');
      await driver.run('DROP TABLE release_files');
      await driver.run('DROP TABLE releases');
      await driver.run('DROP TABLE class_codes');
      await driver.run('DROP INDEX devices_by_class');
      await driver.run('ALTER TABLE devices DROP COLUMN class_id');
      await driver.run('ALTER TABLE devices DROP COLUMN expires_at');
      await driver.run('DROP TABLE device_health');
      await driver.run('DROP TABLE audit_log');
      await driver.run('ALTER TABLE staff DROP COLUMN lockouts');
      await driver.run('ALTER TABLE devices DROP COLUMN rejected_events');
      await driver.run('DROP TABLE monthly_counts');
      await driver.run('DROP TABLE rollup_backlog');
      await driver.run('ALTER TABLE events DROP COLUMN ingest_batch');
      await driver.run('DELETE FROM schema_migrations WHERE version >= 3');
      const row = ['2026-02-03', '2026-02-02', '2026-02', 'Hall A', 'device-1', 'kiosk', 'fr', 'sessions', ''];
      await driver.run('INSERT INTO daily_counts (day, week, month, site_label, device_id, mode, language, metric, dim, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 4)', row);
      await driver.run('INSERT INTO daily_counts (day, week, month, site_label, device_id, mode, language, metric, dim, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 3)', [
        '2026-02-20',
        '2026-02-16',
        ...row.slice(2),
      ]);
      expect(await migrate(driver, Date.now())).toEqual(MIGRATIONS.map((migration) => migration.version).filter((version) => version >= 3));
      await collector.store.foldRollups();
      const months = await driver.all<{ month: string; n: number | string }>("SELECT month, n FROM monthly_counts WHERE metric = 'sessions'");
      expect(months.map((month) => [month.month, Number(month.n)])).toEqual([['2026-02', 7]]);
      const report = await overviewReport(driver, filters({ from: '2026-02-01', to: '2026-02-28' }));
      expect(report.sessions).toBe(7);
      if (backend === 'sqlite') {
        const tables = await driver.all<{ name: string; sql: string }>(
          "SELECT name, sql FROM sqlite_master WHERE name IN ('daily_counts', 'monthly_counts', 'session_languages') ORDER BY name",
        );
        expect(tables.map((table) => [table.name, /WITHOUT ROWID$/.test(table.sql)])).toEqual([
          ['daily_counts', true],
          ['monthly_counts', true],
          ['session_languages', true],
        ]);
      }
    } finally {
      await collector.close();
    }
  });
});
