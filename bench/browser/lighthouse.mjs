// Lighthouse against the production web build (dist/web served by scripts/serve-web.mjs, as a classroom gets it),
// through Debian's Chromium and Lighthouse's own Node API: the mobile profile (slow 4G, 4× CPU slow-down: a cheap
// laptop on a busy school network) and the desktop profile. Reports the category scores and the main timings, the
// median of `runs` runs per profile (Lighthouse's scores vary from run to run on a shared machine).

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from '../../scripts/chromium-path.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TIMINGS = {
  firstContentfulPaintMs: 'first-contentful-paint',
  largestContentfulPaintMs: 'largest-contentful-paint',
  interactiveMs: 'interactive',
  totalBlockingTimeMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function summarise(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const timings = Object.fromEntries(Object.entries(TIMINGS).map(([key, audit]) => [key, Math.round(lhr.audits[audit]?.numericValue ?? NaN)]));
  const transferBytes = Math.round(lhr.audits['total-byte-weight']?.numericValue ?? NaN);
  const unusedJsBytes = Math.round(lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0);
  // What kept a category below 100, so the results say what to fix.
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 0.9)
      .map((ref) => `${id}:${ref.id}`),
  );
  return { scores, timings, transferBytes, unusedJsBytes, failing };
}

async function profile(chrome, url, formFactor, runs) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const outcome = await lighthouse(url, flags, config);
    if (!outcome?.lhr) throw new Error(`Lighthouse gave no result for the ${formFactor} profile`);
    if (outcome.lhr.runtimeError) throw new Error(`Lighthouse ${formFactor}: ${outcome.lhr.runtimeError.message}`);
    results.push(summarise(outcome.lhr));
  }
  const byPerformance = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = byPerformance[Math.floor(byPerformance.length / 2)];
  return {
    runs,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))])),
    timings: Object.fromEntries(Object.keys(TIMINGS).map((key) => [key, median(results.map((r) => r.timings[key]))])),
    transferBytes: median(results.map((r) => r.transferBytes)),
    unusedJsBytes: median(results.map((r) => r.unusedJsBytes)),
    failing: middle.failing,
  };
}

/** Lighthouse's mobile and desktop profiles against `url`, each in a fresh Chromium (no cache, no service worker). */
export async function benchLighthouse({ url, runs = 3 }) {
  const chromePath = process.env.CHROME_PATH || findChromium();
  if (!chromePath) throw new Error('No Chromium found (apt-get install chromium, or set CHROME_PATH)');
  const result = {};
  for (const formFactor of ['mobile', 'desktop']) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      result[formFactor] = await profile(chrome, url, formFactor, runs);
    } finally {
      await chrome.kill();
    }
  }
  return result;
}
