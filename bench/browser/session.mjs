// Browser plumbing shared by the benchmark entries: launch Debian's Chromium offline, open a page with a device
// config, talk to the DevTools protocol for heap, DOM counters and CPU throttling.

import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function newPage(browser, { viewport = { width: 1920, height: 1080 }, deviceConfig = null } = {}) {
  const context = await browser.newContext({ viewport });
  if (deviceConfig) {
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('bench.configured')) {
        localStorage.setItem('biotech.deviceConfig.v1', value);
        sessionStorage.setItem('bench.configured', '1');
      }
    }, JSON.stringify(deviceConfig));
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** JS heap in use after a forced garbage collection, and the DOM counters, as the DevTools memory panel shows them. */
export async function memorySnapshot(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: heap.usedSize, domNodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
