// Sync drain: a stand that was offline for days comes back online with 100,000 events waiting. The events are
// recorded into the app's own engagement log in Chromium (the production build, real IndexedDB) while no collector
// is configured; then the device config names a real collector process (SQLite) and the app restarts, and the
// clock runs from that restart until the log reports nothing pending or in flight. The collector, its enrolment and the
// proxy that serves the page and the collector on one origin are in collectorProcess.mjs.

import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startEnrolledCollector } from './collectorProcess.mjs';
import { newPage } from './session.mjs';
import { kioskConfig } from './soak.mjs';

export async function benchDrain(browser, { root, webPort, collectorPort, events = 100_000 }) {
  const { origin, deviceToken, dataDir, close } = await startEnrolledCollector({ root, webPort, collectorPort });
  const { context, page } = await newPage(browser, { deviceConfig: kioskConfig() });
  try {
    await page.goto(`${origin}/?testHooks=1`);
    await page.waitForFunction(() => window.__biotechTest?.telemetry !== undefined);
    const recordStarted = Date.now();
    await page.evaluate(async (total) => {
      const log = window.__biotechTest.telemetry;
      let recorded = 0;
      while (recorded < total) {
        await log.startSession('fr');
        recorded += 1;
        const writes = [];
        for (let i = 0; i < Math.min(998, total - recorded - 1); i += 1) writes.push(log.track({ type: 'screen-viewed', screen: i % 2 ? 'games' : 'careers' }));
        recorded += (await Promise.all(writes)).length;
        if ((await log.endSession('idle')) !== null) recorded += 1;
      }
      await log.flush();
    }, events);
    const recordSeconds = (Date.now() - recordStarted) / 1000;

    // Back online: the collector is configured and the app restarts, as after the admin enrols the device.
    await page.evaluate((config) => localStorage.setItem('biotech.deviceConfig.v1', JSON.stringify(config)), { ...kioskConfig(), collectorUrl: origin, deviceToken });
    const started = performance.now();
    await page.reload();
    await page.waitForFunction(() => window.__biotechTest?.telemetry !== undefined);
    const waiting = () => page.evaluate(async () => {
      const { events: counts } = await window.__biotechTest.telemetry.stats();
      return counts.pending + counts.sent;
    });
    while ((await waiting()) > 0) {
      if (performance.now() - started > 600_000) throw new Error('the backlog did not drain within 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const database = new DatabaseSync(path.join(dataDir, 'collector.sqlite'), { readOnly: true });
    const delivered = database.prepare('SELECT COUNT(*) AS n FROM events').get().n;
    database.close();
    if (delivered !== events) throw new Error(`the collector holds ${delivered} events, expected ${events}`);
    return { events: delivered, seconds: Number(seconds.toFixed(1)), eventsPerSecond: Math.round(delivered / seconds), recordSeconds: Number(recordSeconds.toFixed(1)) };
  } finally {
    await context.close();
    await close();
  }
}
