// Benchmark of the engagement log (issue 3), run by `npm run bench` through bench/run.mjs, or alone with
// `node bench/eventlog/cli.mjs`. Everything is measured in one page and one run, so the figures compare like with like:
//  - sustained append throughput of telemetry.track() (IndexedDB and the OPFS journal, both durable before it resolves)
//    against raw IndexedDB strict-durability writes of the very same records arriving in the same pattern (target:
//    track() reaches at least 50 % of raw);
//  - p99 latency of a single track() on an otherwise idle page;
//  - main-thread blocking during the burst: long tasks (PerformanceObserver) and the longest gap between frames.
// Each figure is the median over several runs. The page is the test build (dist/web-test) opened with ?testHooks=1.

import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One run, inside the page: telemetry burst, raw burst of the same records, then single-event latencies. */
async function runInPage({ run, events, chunk, latencySamples }) {
  const hooks = window.__biotechTest;
  if (!hooks?.openTelemetry) throw new Error('window.__biotechTest.openTelemetry is missing: open the app with ?testHooks=1');

  /** A later task without timer clamping, so the producer is never the bottleneck. */
  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  const deleteDatabase = (name) =>
    new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  /** The track() run's second copy: its OPFS journal folder and localStorage mirror (see renderer/telemetry/journalSetup.ts). */
  const deleteJournal = async (name) => {
    localStorage.removeItem(`biotech-engagement-log:${name}`);
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(`engagement-journal-${name}`, { recursive: true }).catch(() => undefined);
  };
  const payload = (index) => ({ type: 'game-completed', gameId: 'bioreactor', level: 'normal', score: index % 1000, stars: index % 4, durationMs: 1000 + index });

  /** Watches the main thread while `work` runs: long tasks and the longest gap between animation frames. */
  async function watchMainThread(work) {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    let frames = true;
    let lastFrame = performance.now();
    let maxFrameGap = 0;
    const onFrame = (now) => {
      maxFrameGap = Math.max(maxFrameGap, now - lastFrame);
      lastFrame = now;
      if (frames) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    const start = performance.now();
    const result = await work();
    const elapsed = performance.now() - start;
    frames = false;
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer deliver the last entries
    observer.disconnect();
    return { result, elapsed, longTaskCount: longTasks.length, longTaskTotalMs: longTasks.reduce((a, b) => a + b, 0), longTaskMaxMs: Math.max(0, ...longTasks), maxFrameGapMs: maxFrameGap };
  }

  // 1. track(): `chunk` events per task, as a busy UI would produce them.
  const trackDb = `bench-eventlog-track-${run}-${Date.now()}`;
  const telemetry = await hooks.openTelemetry({ databaseName: trackDb, pendingCap: 100_000_000 });
  await telemetry.startSession('fr');
  const tracked = await watchMainThread(async () => {
    const promises = [];
    for (let index = 0; index < events; index += 1) {
      promises.push(telemetry.track(payload(index)));
      if ((index + 1) % chunk === 0) await nextTask();
    }
    return Promise.all(promises);
  });
  const records = tracked.result.map((event) => ({ eventId: event.eventId, state: 0, type: event.type, recordedAt: Date.parse(event.occurredAt), event }));

  // 2. Single track() latency on an idle page.
  const latencies = [];
  for (let sample = 0; sample < latencySamples; sample += 1) {
    const start = performance.now();
    await telemetry.track(payload(sample));
    latencies.push(performance.now() - start);
  }
  await telemetry.close();
  await deleteDatabase(trackDb);
  await deleteJournal(trackDb);

  // 3. Raw IndexedDB: the same records, the same indexes, each arriving chunk put in its own strict transaction.
  const rawDb = `bench-eventlog-raw-${run}-${Date.now()}`;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(rawDb, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
      store.createIndex('eventId', 'eventId', { unique: true });
      store.createIndex('state_seq', ['state', 'seq']);
      store.createIndex('ackedAt', 'ackedAt');
      store.createIndex('type_seq', ['type', 'seq']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const putStrict = (batch) =>
    new Promise((resolve, reject) => {
      const transaction = db.transaction('events', 'readwrite', { durability: 'strict' });
      const store = transaction.objectStore('events');
      for (const record of batch) store.put(record);
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  const raw = await watchMainThread(async () => {
    const commits = [];
    for (let start = 0; start < records.length; start += chunk) {
      commits.push(putStrict(records.slice(start, start + chunk)));
      await nextTask();
    }
    await Promise.all(commits);
  });
  // Upper bound: every record in a single strict transaction.
  const store = await new Promise((resolve) => {
    const transaction = db.transaction('events', 'readwrite');
    transaction.objectStore('events').clear();
    transaction.oncomplete = resolve;
  });
  void store;
  const bulkStart = performance.now();
  await putStrict(records);
  const bulkMs = performance.now() - bulkStart;
  db.close();
  await deleteDatabase(rawDb);

  latencies.sort((a, b) => a - b);
  const percentile = (share) => latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)];
  return {
    trackEventsPerSecond: (events / tracked.elapsed) * 1000,
    rawEventsPerSecond: (events / raw.elapsed) * 1000,
    rawBulkEventsPerSecond: (events / bulkMs) * 1000,
    trackLatencyP50Ms: percentile(0.5),
    trackLatencyP99Ms: percentile(0.99),
    burstLongTaskCount: tracked.longTaskCount,
    burstLongTaskTotalMs: tracked.longTaskTotalMs,
    burstLongTaskMaxMs: tracked.longTaskMaxMs,
    burstMaxFrameGapMs: tracked.maxFrameGapMs,
    rawBurstLongTaskTotalMs: raw.longTaskTotalMs,
  };
}

/**
 * Runs the benchmark against the app at `baseUrl` (the production web build) in the Chromium at `chromiumPath`.
 * Returns the median figures and every run's own.
 */
export async function run({ baseUrl, chromiumPath, runs = 5, events = 10_000, chunk = 100, latencySamples = 300 } = {}) {
  if (!baseUrl) throw new Error('bench/eventlog: baseUrl is required (the served dist/web)');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/?testHooks=1', baseUrl).href);
    await page.waitForFunction(() => window.__biotechTest?.openTelemetry !== undefined, undefined, { timeout: 30_000 });
    const perRun = [];
    for (let index = 0; index < runs; index += 1) {
      perRun.push(await page.evaluate(runInPage, { run: index, events, chunk, latencySamples }));
    }
    const figures = Object.fromEntries(Object.keys(perRun[0]).map((key) => [key, median(perRun.map((result) => result[key]))]));
    const ratios = perRun.map((result) => result.trackEventsPerSecond / result.rawEventsPerSecond);
    const bulkRatios = perRun.map((result) => result.trackEventsPerSecond / result.rawBulkEventsPerSecond);
    return {
      name: 'eventlog',
      settings: { runs, events, chunk, latencySamples },
      ...figures,
      trackToRawRatio: median(ratios),
      trackToRawBulkRatio: median(bulkRatios),
      meetsThroughputTarget: median(ratios) >= 0.5,
      perRun,
    };
  } finally {
    await browser.close();
  }
}
