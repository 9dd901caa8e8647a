// Memory soak: simulated kiosk visitors in one page. Each visit: touch the attract screen, switch language, play a
// game briefly, view a career, then the visit ends (idle reset). JS heap (Runtime.getHeapUsage after forced GC) and
// DOM node count are sampled every few visits.
//
// What the heap does in such a run (heap snapshots, docs/performance.md): the app's own objects stay flat; what
// moves is V8's code. Compiled code grows while the games' code paths get hot (steeply for the first hundred or so
// visits, slowly after that), and V8 discards bytecode not run for 180 s (--bytecode-old-time), which drops the
// start-up code once: a step of 0.50 to 0.59 MB (4 % of the heap) seen between 235 and 293 s after the page loaded
// (six runs), at a visit count that depends on how fast the machine is. So the figure the target applies to is taken after a stated
// warm-up (every game played many times, and past that one-off flush), over the next `measured` visits, with the
// least-squares slope of all samples in that window: a leak shows as a steady slope, warm-up does not. Heap
// snapshots at both ends of the window split the V8 heap into compiled code and the objects scripts create. The
// earlier figure (20 -> 300 visits, warm-up included) is still reported.

import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { memorySnapshot, newPage } from './session.mjs';

export function kioskConfig() {
  const salt = randomBytes(16);
  return {
    mode: 'kiosk',
    siteLabel: 'Bench',
    enabledLanguages: ['fr', 'nl', 'de', 'en'],
    defaultLanguage: 'fr',
    idleTimeoutSeconds: 3600,
    enabledGames: ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race'],
    adminPin: { algorithm: 'PBKDF2-SHA256', iterations: 100_000, salt: salt.toString('base64'), hash: pbkdf2Sync('2468', salt, 100_000, 32, 'sha256').toString('base64') },
    hubPageUrl: 'https://biowin.org/',
    collectorUrl: null,
    deviceToken: null,
  };
}

/**
 * One visitor after another, inside the page (no protocol round trips per step, so the soak stays fast). Runs in the
 * page: everything it uses is in its arguments.
 */
export async function visitLoop({ count, start = 0, gameIds, roleIds }) {
  const app = window.__biotechTest.app;
  const until = async (check, timeout = 20_000) => {
    const started = performance.now();
    while (!check()) {
      if (performance.now() - started > timeout) throw new Error('soak step timed out');
      await new Promise((resolve) => setTimeout(resolve, 16));
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
    await new Promise((resolve) => setTimeout(resolve, 150));
    window.location.hash = `#/careers/role/${roleIds[i % roleIds.length]}`;
    await until(() => document.querySelector('.game-play__host') === null && document.querySelector('main h1') !== null);
    await app.endVisit('idle');
  }
}

/** `count` visits; `start` continues the rotation of languages, games and roles where the previous call left it. */
export async function visits(page, count, gameIds, roleIds, start = 0) {
  await page.evaluate(visitLoop, { count, start, gameIds, roleIds });
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

/** Least-squares slope of y over x. */
export function slope(points, x, y) {
  const n = points.length;
  if (n < 2) return NaN;
  const meanX = points.reduce((sum, point) => sum + x(point), 0) / n;
  const meanY = points.reduce((sum, point) => sum + y(point), 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (x(point) - meanX) * (y(point) - meanY);
    variance += (x(point) - meanX) ** 2;
  }
  return covariance / variance;
}

/**
 * @param options.first       visits before the first sample of the earlier 20 -> 300 figure
 * @param options.every       visits between samples (a multiple of the six games keeps each interval alike)
 * @param options.warmupVisits  fewest visits before the measured window
 * @param options.warmupSeconds fewest seconds since the page loaded before the measured window (V8 discards bytecode
 *                              unused for 180 s; the start-up code's flush, seen 235-293 s after load, must not fall
 *                              inside the window)
 * @param options.measured    visits in the measured window
 * @param options.legacyAt    the end point of the earlier figure (20 -> 300)
 */
export async function benchSoak(browser, { base, gameIds, first = 20, every = 30, warmupVisits = 120, warmupSeconds = 360, measured = 300, legacyAt = 300 }) {
  const { context, page, cdp } = await newPage(browser, { deviceConfig: kioskConfig() });
  await page.goto(`${base}/?testHooks=1&seed=3`);
  await page.waitForFunction(() => window.__biotechTest?.app !== undefined);
  const loadedAt = Date.now();
  const roleIds = ['qa-officer', 'usp-operator', 'data-scientist', 'cgt-specialist'];
  const samples = [];
  let done = 0;
  const visitTo = async (target) => {
    await visits(page, target - done, gameIds, roleIds, done);
    done = target;
    const memory = await memorySnapshot(cdp);
    samples.push({ visits: done, seconds: (Date.now() - loadedAt) / 1000, heapBytes: memory.heapBytes, domNodes: memory.domNodes, listeners: memory.listeners });
  };

  await visitTo(first);
  // Warm-up: whole intervals until both the visit count and the time since load are reached.
  do {
    await visitTo((Math.floor(done / every) + 1) * every);
  } while (done < warmupVisits || Date.now() - loadedAt < warmupSeconds * 1000);
  const warmupEnd = done;
  const warmupSecondsTaken = (Date.now() - loadedAt) / 1000;
  const compositionAtWarmup = await heapComposition(cdp);
  while (done < warmupEnd + measured) await visitTo(Math.min(done + every, warmupEnd + measured));
  const compositionAtEnd = await heapComposition(cdp);
  const seconds = (Date.now() - loadedAt) / 1000;
  await context.close();

  const at = (count) => samples.find((sample) => sample.visits === count);
  const atFirst = at(first);
  const atLegacy = at(legacyAt);
  const inWindow = samples.filter((sample) => sample.visits >= warmupEnd);
  const [atWarmup, atEnd] = [inWindow[0], inWindow[inWindow.length - 1]];
  const heapSlope = slope(inWindow, (sample) => sample.visits, (sample) => sample.heapBytes);
  return {
    visits: done,
    seconds,
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
    // The measured window: `measured` visits after the warm-up.
    warmupVisits: warmupEnd,
    warmupSeconds: warmupSecondsTaken,
    measuredVisits: measured,
    heapAfterWarmupBytes: atWarmup.heapBytes,
    heapAfterMeasuredBytes: atEnd.heapBytes,
    heapGrowthMeasured: atEnd.heapBytes / atWarmup.heapBytes - 1,
    heapSlopeBytesPerVisit: heapSlope,
    heapSlopeGrowth: (heapSlope * measured) / atWarmup.heapBytes,
    heapMaxInWindowBytes: Math.max(...inWindow.map((sample) => sample.heapBytes)),
    domGrowthMeasured: atEnd.domNodes / atWarmup.domNodes - 1,
    listenersGrowthMeasured: atEnd.listeners - atWarmup.listeners,
    compositionAtWarmup,
    compositionAtEnd,
    codeGrowthMeasuredBytes: compositionAtEnd.codeBytes - compositionAtWarmup.codeBytes,
    scriptObjectGrowthMeasured: compositionAtEnd.scriptObjectBytes / compositionAtWarmup.scriptObjectBytes - 1,
  };
}
