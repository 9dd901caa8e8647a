// Memory soak, a kiosk day: simulated visitors one after another in one page, 2,000 by default (a busy day at the
// hub). Each visit: touch the attract screen, switch language, start a game and let it draw a few frames, view a
// career in the explorer, then the visit ends (idle reset). The kiosk is enrolled with a real collector
// (collectorProcess.mjs) and syncs with the shipped timings, as at the hub. JS heap (Runtime.getHeapUsage after
// forced GC), DOM node count and the engagement log's records (read from IndexedDB) are sampled every few visits.
//
// What the heap does in such a run (heap snapshots, docs/performance.md): the app's own objects stay flat; what
// moves is V8's code. Compiled code grows while the games' code paths get hot (steeply for the first hundred or so
// visits, slowly after that), and V8 discards bytecode not run for 180 s (--bytecode-old-time), which drops the
// start-up code once: a step of 0.50 to 0.59 MB (4 % of the heap) seen between 235 and 293 s after the page loaded
// (six runs), at a visit count that depends on how fast the machine is. So the figures the targets apply to are
// taken after a stated warm-up (a quarter of the visits and at least 300 s, past that one-off flush), over the
// remaining visits (at least three quarters), as least-squares trends of all samples in that window, each with its
// standard error and the slopes of the window's two halves: a leak shows as a steady slope, warm-up and noise do not.
// Heap snapshots at both ends of the window split the V8 heap into compiled code and the objects scripts create.
// After the last visit the engagement log is audited (engagementLogAudit.mjs): records kept against what the design
// keeps (waiting for the collector, or acknowledged within the retention period). The earlier figure (20 -> 300
// visits, warm-up included) is still reported.

import { pbkdf2Sync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startEnrolledCollector } from './collectorProcess.mjs';
import { auditEngagementLog, countLogStores, ENGAGEMENT_DATABASE } from './engagementLogAudit.mjs';
import { memorySnapshot, newPage } from './session.mjs';
import { visitTrend } from './trend.mjs';

/** The bench's kiosk device config; `sync` names a collector and the device's token ({ collectorUrl, deviceToken }). */
export function kioskConfig(sync = {}) {
  const salt = randomBytes(16);
  return {
    mode: 'kiosk',
    siteLabel: 'Bench',
    enabledLanguages: ['fr', 'nl', 'de', 'en'],
    defaultLanguage: 'fr',
    idleTimeoutSeconds: 3600,
    enabledGames: ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'],
    adminPin: { algorithm: 'PBKDF2-SHA256', iterations: 100_000, salt: salt.toString('base64'), hash: pbkdf2Sync('2468', salt, 100_000, 32, 'sha256').toString('base64') },
    hubPageUrl: 'https://biowin.org/',
    collectorUrl: null,
    deviceToken: null,
    ...sync,
  };
}

/**
 * One visitor after another, inside the page (no protocol round trips per step, so the soak stays fast). Runs in the
 * page: everything it uses is in its arguments.
 */
export async function visitLoop({ count, start = 0, gameIds, roleIds, playFrames }) {
  const app = window.__biotechTest.app;
  const until = async (check, timeout = 60_000) => {
    const started = performance.now();
    while (!check()) {
      if (performance.now() - started > timeout) throw new Error('soak step timed out');
      await new Promise((resolve) => setTimeout(resolve, 8));
    }
  };
  const languages = ['nl', 'de', 'en'];
  for (let i = start; i < start + count; i++) {
    await until(() => document.querySelector('.attract__touch') !== null);
    document.querySelector('.attract__touch').click();
    await until(() => document.querySelector('[data-testid="attract"]') === null && document.querySelector('.language-choice__button') !== null);
    document.querySelector(`.home .language-choice__button[lang="${languages[i % 3]}"]`)?.click();
    window.location.hash = `#/games/${gameIds[i % gameIds.length]}`;
    await until(() => document.querySelector('.game-intro .button--large') !== null);
    document.querySelector('.game-intro .button--large').click();
    await until(() => document.querySelector('.game-play__host canvas') !== null);
    // The game plays: its scene updates and draws `playFrames` frames before the visitor moves on.
    for (let frame = 0; frame < playFrames; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    window.location.hash = `#/careers/role/${roleIds[i % roleIds.length]}`;
    await until(() => document.querySelector('.game-play__host') === null && document.querySelector('main h1') !== null);
    await app.endVisit('idle');
  }
}

/** `count` visits; `start` continues the rotation of languages, games and roles where the previous call left it. */
export async function visits(page, { count, start = 0, gameIds, roleIds, playFrames }) {
  await page.evaluate(visitLoop, { count, start, gameIds, roleIds, playFrames });
}

/** Node types of a V8 heap snapshot that are the objects scripts make (as opposed to code and V8's own records). */
const SCRIPT_OBJECT_TYPES = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'number', 'regexp', 'symbol', 'bigint']);

/**
 * Takes a heap snapshot and sums the V8 heap by kind: `codeBytes` (bytecode, compiled code, feedback: type "code"),
 * `scriptObjectBytes` (objects, closures, arrays, strings: what the app and its libraries allocate) and
 * `otherV8Bytes` (hidden classes and V8's internal records). Blink's own C++ objects and the source text of scripts
 * (kept outside the JS heap) are left out, so the three add up to about what Runtime.getHeapUsage reports.
 */
export async function heapComposition(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt, step] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size'), fields.length];
  const sums = { codeBytes: 0, scriptObjectBytes: 0, otherV8Bytes: 0, scriptObjects: 0 };
  const { nodes, strings } = snapshot;
  for (let index = 0; index < nodes.length; index += step) {
    const type = types[nodes[index + typeAt]];
    const size = nodes[index + sizeAt];
    if (type === 'code') sums.codeBytes += size;
    else if (SCRIPT_OBJECT_TYPES.has(type)) {
      sums.scriptObjectBytes += size;
      sums.scriptObjects += 1;
    } else if (type === 'native' || type === 'synthetic') {
      const name = strings[nodes[index + nameAt]];
      // V8's own records show as "system / …" natives; the rest are Blink's objects, outside the JS heap.
      if (name.startsWith('system / ') && name !== 'system / ExternalStringData') sums.otherV8Bytes += size;
    } else sums.otherV8Bytes += size;
  }
  return sums;
}

/**
 * @param options.visits        visits in all (at least: a warm-up that runs long gets its whole window after it)
 * @param options.every         visits between samples (a multiple of the six games keeps each interval alike)
 * @param options.warmupSeconds fewest seconds since the page loaded before the measured window (V8 discards bytecode
 *                              unused for 180 s; the start-up code's flush, seen 235-293 s after load, must not fall
 *                              inside the window)
 * @param options.playFrames    animation frames each visit's game runs before the visitor moves on (the first
 *                              draws the scene it has just created, the next is a frame of play)
 * @param options.viewport      the window: 1280x720 by default, the kiosk's own screens at a third of 1080p's pixels
 *                              (the software rasteriser's fill halved a visit's time on this 2-core machine)
 * @param options.first         visits before the first sample of the earlier 20 -> 300 figure
 * @param options.legacyAt      the end point of the earlier figure (20 -> 300)
 * @param options.root, options.webPort, options.collectorPort  the repository, the test build's server and a free
 *                              port for the collector the kiosk syncs with
 */
export async function benchSoak(browser, { gameIds, root, webPort, collectorPort, visits: total = 2000, every = 30, warmupSeconds = 300, playFrames = 2, viewport = { width: 1280, height: 720 }, first = 20, legacyAt = 300 }) {
  // A quarter of the day warms up; the trends are fitted over the rest, never fewer than three quarters of `total`.
  const warmupVisits = Math.round(total / 4);
  const leastWindow = total - warmupVisits;
  const collector = await startEnrolledCollector({ root, webPort, collectorPort });
  const sync = { collectorUrl: collector.origin, deviceToken: collector.deviceToken };
  const { context, page, cdp } = await newPage(browser, { viewport, deviceConfig: kioskConfig(sync) });
  try {
    await page.goto(`${collector.origin}/?testHooks=1&seed=3`);
    await page.waitForFunction(() => window.__biotechTest?.app !== undefined && window.__biotechTest?.telemetry !== undefined);
    const loadedAt = Date.now();
    const roleIds = ['qa-officer', 'usp-operator', 'data-scientist', 'cgt-specialist'];
    const samples = [];
    let done = 0;
    let visitSeconds = 0;
    const visitTo = async (target) => {
      const started = Date.now();
      await visits(page, { count: target - done, start: done, gameIds, roleIds, playFrames });
      visitSeconds += (Date.now() - started) / 1000;
      done = target;
      const memory = await memorySnapshot(cdp);
      const log = await page.evaluate(countLogStores, ENGAGEMENT_DATABASE);
      samples.push({ visits: done, seconds: (Date.now() - loadedAt) / 1000, heapBytes: memory.heapBytes, domNodes: memory.domNodes, listeners: memory.listeners, logRecords: log.events, logWaiting: log.waiting, logMeta: log.meta });
    };

    await visitTo(first);
    // Warm-up: whole intervals until both the visit count and the time since load are reached.
    do {
      await visitTo((Math.floor(done / every) + 1) * every);
    } while (done < warmupVisits || Date.now() - loadedAt < warmupSeconds * 1000);
    const warmupEnd = done;
    const warmupSecondsTaken = (Date.now() - loadedAt) / 1000;
    const end = warmupEnd + Math.max(leastWindow, total - warmupEnd);
    const compositionAtWarmup = await heapComposition(cdp);
    while (done < end) await visitTo(Math.min(done + every, end));
    const compositionAtEnd = await heapComposition(cdp);
    const seconds = (Date.now() - loadedAt) / 1000;
    const log = await auditEngagementLog(page);
    const database = new DatabaseSync(path.join(collector.dataDir, 'collector.sqlite'), { readOnly: true });
    const collectorEvents = database.prepare('SELECT COUNT(*) AS n FROM events').get().n;
    database.close();
    return summarise({ samples, viewport, first, legacyAt, warmupEnd, warmupSecondsTaken, end, seconds, visitSeconds, playFrames, compositionAtWarmup, compositionAtEnd, log, collectorEvents });
  } finally {
    await context.close();
    await collector.close();
  }
}

/** The soak's figures from its samples, snapshots and log audit (what bench/table.mjs shows next to the targets). */
function summarise({ samples, viewport, first, legacyAt, warmupEnd, warmupSecondsTaken, end, seconds, visitSeconds, playFrames, compositionAtWarmup, compositionAtEnd, log, collectorEvents }) {
  const at = (count) => samples.find((sample) => sample.visits === count);
  const atFirst = at(first);
  const atLegacy = at(legacyAt);
  const inWindow = samples.filter((sample) => sample.visits >= warmupEnd);
  const [atWarmup, atEnd] = [inWindow[0], inWindow[inWindow.length - 1]];
  const heapTrend = visitTrend(inWindow, (sample) => sample.heapBytes);
  const domTrend = visitTrend(inWindow, (sample) => sample.domNodes);
  const logTrend = visitTrend(inWindow, (sample) => sample.logRecords);
  const waitingTrend = visitTrend(inWindow, (sample) => sample.logWaiting);
  const measured = end - warmupEnd;
  return {
    visits: end,
    seconds,
    visitsPerSecond: end / visitSeconds,
    playFrames,
    viewport: `${viewport.width}x${viewport.height}`,
    samples,
    // The earlier figure: 20 -> 300 visits, JIT warm-up (and, on a slow machine, the start-up code's flush) included.
    heapAfterFirstBytes: atFirst.heapBytes,
    heapAfterAllBytes: atLegacy?.heapBytes ?? NaN,
    heapGrowth: atLegacy ? atLegacy.heapBytes / atFirst.heapBytes - 1 : NaN,
    domNodesAfterFirst: atFirst.domNodes,
    domNodesAfterAll: atLegacy?.domNodes ?? NaN,
    domGrowth: atLegacy ? atLegacy.domNodes / atFirst.domNodes - 1 : NaN,
    listenersAfterFirst: atFirst.listeners,
    listenersAfterAll: atLegacy?.listeners ?? NaN,
    // The measured window: every visit after the warm-up.
    warmupVisits: warmupEnd,
    warmupSeconds: warmupSecondsTaken,
    measuredVisits: measured,
    heapAfterWarmupBytes: atWarmup.heapBytes,
    heapAfterMeasuredBytes: atEnd.heapBytes,
    heapGrowthMeasured: atEnd.heapBytes / atWarmup.heapBytes - 1,
    heapSlopeBytesPerVisit: heapTrend.perVisit,
    heapSlopeStandardErrorBytesPerVisit: heapTrend.perVisitStandardError,
    heapSlopeGrowth: heapTrend.growth,
    heapSlopeGrowthStandardError: heapTrend.growthStandardError,
    heapSlopeFirstHalfBytesPerVisit: heapTrend.firstHalfPerVisit,
    heapSlopeSecondHalfBytesPerVisit: heapTrend.secondHalfPerVisit,
    heapMaxInWindowBytes: Math.max(...inWindow.map((sample) => sample.heapBytes)),
    domNodesAfterWarmup: atWarmup.domNodes,
    domGrowthMeasured: atEnd.domNodes / atWarmup.domNodes - 1,
    domSlopeNodesPerVisit: domTrend.perVisit,
    domSlopeStandardErrorNodesPerVisit: domTrend.perVisitStandardError,
    domSlopeGrowth: domTrend.growth,
    domSlopeFirstHalfNodesPerVisit: domTrend.firstHalfPerVisit,
    domSlopeSecondHalfNodesPerVisit: domTrend.secondHalfPerVisit,
    listenersGrowthMeasured: atEnd.listeners - atWarmup.listeners,
    compositionAtWarmup,
    compositionAtEnd,
    codeGrowthMeasuredBytes: compositionAtEnd.codeBytes - compositionAtWarmup.codeBytes,
    scriptObjectGrowthMeasured: compositionAtEnd.scriptObjectBytes / compositionAtWarmup.scriptObjectBytes - 1,
    // The engagement log: its growth over the window and the audit after the last visit.
    logRecordsPerVisit: logTrend.perVisit,
    logRecordsPerVisitStandardError: logTrend.perVisitStandardError,
    logWaitingPerVisit: waitingTrend.perVisit,
    logWaitingMaxInWindow: Math.max(...inWindow.map((sample) => sample.logWaiting)),
    logMetaRecordsMax: Math.max(...samples.map((sample) => sample.logMeta)),
    log,
    collectorEvents,
  };
}
