// Turns benchmark results into the Markdown table of bench/results/latest.md and docs/performance.md: each figure
// next to its target from PRODUCT.md and its change against the previous run.

const KB = 1024;

function get(object, pathText) {
  return pathText.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

const fmt = {
  ms: (v) => `${v.toFixed(0)} ms`,
  ms1: (v) => `${v.toFixed(1)} ms`,
  kb: (v) => `${(v / KB).toFixed(0)} KB`,
  mb: (v) => `${(v / KB / KB).toFixed(1)} MB`,
  pct: (v) => `${(v * 100).toFixed(1)} %`,
  x: (v) => `${v.toFixed(2)}×`,
  n: (v) => `${Math.round(v)}`,
  perS: (v) => `${Math.round(v).toLocaleString('en')} /s`,
  s: (v) => `${v.toFixed(1)} s`,
  bPerVisit: (v) => `${Math.round(v).toLocaleString('en')} B/visit`,
  kbSigned: (v) => `${v >= 0 ? '+' : ''}${(v / KB).toFixed(0)} KB`,
  count: (v) => Math.round(v).toLocaleString('en'),
  rate: (v) => `${v.toFixed(2)} /s`,
  perVisit: (v) => `${v.toFixed(2)} /visit`,
  f1: (v) => v.toFixed(1),
  yesNo: (v) => (v ? 'yes' : '**no**'),
};

function rows(results) {
  const list = [
    ['Initial JS (gzip)', 'size.initialJsGzipBytes', fmt.kb, '≤ 120 KB'],
    ['Initial JS (brotli, as served)', 'size.initialJsBrotliBytes', fmt.kb, ''],
    ['JS behind the first screen: React and the app (gzip)', 'size.shellJsGzipBytes', fmt.kb, ''],
    ['Initial CSS (gzip)', 'size.initialCssGzipBytes', fmt.kb, ''],
    ['Phaser chunk (gzip)', 'size.phaserGzipBytes', fmt.kb, 'on demand'],
    ['Whole build', 'size.totalBytes', fmt.mb, ''],
    ['Home interactive, cold load (timed in the page)', 'startup.homeInPageMs', fmt.ms, '< 1000 ms'],
    ['Floor page (static), same way', 'startup.floorInPageMs', fmt.ms, ''],
    ['Home ÷ floor', 'startup.ratioInPage', fmt.x, '≤ 3×'],
    ['React floor (one button drawn by React), same way', 'startup.reactFloorMs', fmt.ms, ''],
    ['React floor ÷ floor (what React itself costs)', 'startup.reactFloorToFloor', fmt.x, ''],
    ['Home ÷ React floor (what the app adds)', 'startup.homeToReactFloor', fmt.x, ''],
    ['Home ÷ floor as the test driver waited before (its polling in the page)', 'startup.polledRatio', fmt.x, ''],
  ];
  for (const formFactor of ['mobile', 'desktop']) {
    const l = `lighthouse.${formFactor}`;
    list.push(
      [`Lighthouse ${formFactor}: performance`, `${l}.scores.performance`, fmt.n, formFactor === 'mobile' ? '≥ 95' : '100'],
      [`Lighthouse ${formFactor}: accessibility`, `${l}.scores.accessibility`, fmt.n, '100'],
      [`Lighthouse ${formFactor}: best practices`, `${l}.scores.best-practices`, fmt.n, '100'],
      [`Lighthouse ${formFactor}: first contentful paint`, `${l}.timings.firstContentfulPaintMs`, fmt.ms, ''],
      [`Lighthouse ${formFactor}: largest contentful paint`, `${l}.timings.largestContentfulPaintMs`, fmt.ms, formFactor === 'mobile' ? '< 2500 ms' : ''],
      [`Lighthouse ${formFactor}: interactive`, `${l}.timings.interactiveMs`, fmt.ms, formFactor === 'mobile' ? '< 3500 ms' : ''],
      [`Lighthouse ${formFactor}: total blocking time`, `${l}.timings.totalBlockingTimeMs`, fmt.ms, ''],
      [`Lighthouse ${formFactor}: bytes transferred`, `${l}.transferBytes`, fmt.kb, ''],
      [`Lighthouse ${formFactor}: unused JavaScript`, `${l}.unusedJsBytes`, fmt.kb, ''],
    );
  }
  for (const [index, game] of (Array.isArray(results.games) ? results.games : []).entries()) {
    const g = `games.${index}`;
    list.push(
      [`${game.gameId}: card tap → intro drawn`, `${g}.tapToIntroMs`, fmt.ms, ''],
      [`${game.gameId}: start tap → first frame drawn`, `${g}.tapToFirstFrameMs`, fmt.ms, ''],
      [`${game.gameId}: card → playable (both taps, timed in the page)`, `${g}.tapsToPlayableMs`, fmt.ms, '< 500 ms'],
      [`${game.gameId}: card → playable, slowest of ${game.openRuns ?? '?'} opens`, `${g}.tapsToPlayableSlowestMs`, fmt.ms, ''],
      [`${game.gameId}: card → playable as the test driver sees it (its clicks included)`, `${g}.driverCardToPlayableMs`, fmt.ms, ''],
      [`${game.gameId}: frame p50 / 1×`, `${g}.pacing.0.p50Ms`, fmt.ms1, ''],
      [`${game.gameId}: frame p95 / 1×`, `${g}.pacing.0.p95Ms`, fmt.ms1, '≤ 20 ms'],
      [`${game.gameId}: frame max / 1×`, `${g}.pacing.0.maxMs`, fmt.ms1, ''],
      [`${game.gameId}: frame p95 / 4× slow-down`, `${g}.pacing.1.p95Ms`, fmt.ms1, '≤ 40 ms'],
      [`${game.gameId}: heap growth over ${game.reopen?.cycles ?? '?'} open/close`, `${g}.reopen.growth`, fmt.pct, 'no growth'],
    );
  }
  const soak = results.soak ?? {};
  const warm = `${soak.warmupVisits ?? '?'}-visit warm-up`;
  const span = `${soak.measuredVisits ?? '?'} visits after the ${warm}`;
  const log = soak.log ?? {};
  list.push(
    ['Soak: visits in all (a busy day at the hub)', 'soak.visits', fmt.count, '≥ 2,000'],
    ['Soak: run time of the entry', 'soak.seconds', fmt.s, '≤ 600 s'],
    ['Soak: visits per second (sampling excluded)', 'soak.visitsPerSecond', fmt.rate, ''],
    ['Soak: heap after 20 visits', 'soak.heapAfterFirstBytes', fmt.mb, ''],
    ['Soak: heap after 300 visits', 'soak.heapAfterAllBytes', fmt.mb, ''],
    ['Soak: heap growth 20 → 300 (warm-up included)', 'soak.heapGrowth', fmt.pct, ''],
    ['Soak: DOM nodes growth 20 → 300', 'soak.domGrowth', fmt.pct, ''],
    [`Soak: heap after the ${warm}`, 'soak.heapAfterWarmupBytes', fmt.mb, ''],
    [`Soak: heap growth over the ${span} (end points)`, 'soak.heapGrowthMeasured', fmt.pct, '≤ 5 %'],
    ['Soak: heap trend in that window (least squares)', 'soak.heapSlopeBytesPerVisit', fmt.bPerVisit, ''],
    ['Soak: heap trend, its standard error (the noise)', 'soak.heapSlopeStandardErrorBytesPerVisit', fmt.bPerVisit, ''],
    ['Soak: heap trend, first half of the window', 'soak.heapSlopeFirstHalfBytesPerVisit', fmt.bPerVisit, ''],
    ['Soak: heap trend, second half of the window', 'soak.heapSlopeSecondHalfBytesPerVisit', fmt.bPerVisit, ''],
    [`Soak: heap trend × ${soak.measuredVisits ?? '?'} visits`, 'soak.heapSlopeGrowth', fmt.pct, '≤ 5 %'],
    [`Soak: heap trend × ${soak.measuredVisits ?? '?'} visits, its standard error`, 'soak.heapSlopeGrowthStandardError', fmt.pct, ''],
    ['Soak: compiled code growth in that window (snapshots)', 'soak.codeGrowthMeasuredBytes', fmt.kbSigned, ''],
    ['Soak: script objects growth in that window (snapshots)', 'soak.scriptObjectGrowthMeasured', fmt.pct, ''],
    [`Soak: DOM nodes after the ${warm}`, 'soak.domNodesAfterWarmup', fmt.count, ''],
    [`Soak: DOM nodes growth over the ${span} (end points)`, 'soak.domGrowthMeasured', fmt.pct, '≤ 5 %'],
    ['Soak: DOM nodes trend in that window (least squares)', 'soak.domSlopeNodesPerVisit', fmt.perVisit, ''],
    ['Soak: DOM nodes trend, its standard error', 'soak.domSlopeStandardErrorNodesPerVisit', fmt.perVisit, ''],
    [`Soak: DOM nodes trend × ${soak.measuredVisits ?? '?'} visits`, 'soak.domSlopeGrowth', fmt.pct, '≤ 5 %'],
    ['Soak: event listeners, change between the end points', 'soak.listenersGrowthMeasured', fmt.count, ''],
    ['Soak log: event records kept after the last visit', 'soak.log.kept', fmt.count, `≤ ${fmt.count(log.allowed ?? NaN)} (waiting + acknowledged within ${log.retentionDays ?? '?'} days)`],
    ['Soak log: waiting for the collector (pending + sent)', 'soak.log.waiting', fmt.count, ''],
    [`Soak log: acknowledged, within the ${log.retentionDays ?? '?'}-day retention`, 'soak.log.acknowledgedWithinRetention', fmt.count, ''],
    ['Soak log: records that should have been purged', 'soak.log.shouldHaveBeenPurged', fmt.count, '0'],
    ['Soak log: quarantined records', 'soak.log.quarantined', fmt.count, '0'],
    ['Soak log: records kept per visit (least squares)', 'soak.logRecordsPerVisit', fmt.perVisit, ''],
    ['Soak log: waiting records per visit (least squares)', 'soak.logWaitingPerVisit', fmt.perVisit, '≈ 0 (the sync keeps up)'],
    ['Soak log: most records waiting at a sample', 'soak.logWaitingMaxInWindow', fmt.count, ''],
    ['Soak log: meta records (most at a sample)', 'soak.logMetaRecordsMax', fmt.count, ''],
    ['Soak log: IndexedDB size (storage estimate)', 'soak.log.indexedDbBytes', fmt.mb, ''],
    ['Soak log: events the collector received', 'soak.collectorEvents', fmt.count, ''],
    ['Event log: track() throughput', 'eventlog.trackEventsPerSecond', fmt.perS, ''],
    ['Event log: raw IndexedDB strict puts', 'eventlog.rawEventsPerSecond', fmt.perS, ''],
    ['Event log: track ÷ raw', 'eventlog.trackToRawRatio', fmt.pct, '≥ 50 %'],
    ['Event log: single track() p99', 'eventlog.trackLatencyP99Ms', fmt.ms1, ''],
    ['Event log: long tasks during burst', 'eventlog.burstLongTaskCount', fmt.n, '0'],
    ['Event log: longest frame gap during burst', 'eventlog.burstMaxFrameGapMs', fmt.ms1, ''],
  );
  for (const [index, ingest] of (Array.isArray(results.collector?.ingest) ? results.collector.ingest : []).entries()) {
    list.push(
      [`Collector ingest (${ingest.backend})`, `collector.ingest.${index}.ingestEventsPerSecond`, fmt.perS, ''],
      [`Raw batched INSERT (${ingest.backend})`, `collector.ingest.${index}.rawInsertEventsPerSecond`, fmt.perS, ''],
      [`Ingest ÷ raw (${ingest.backend})`, `collector.ingest.${index}.ratio`, fmt.pct, '≥ 50 %'],
      [`Rollup fold after the uploads (${ingest.backend})`, `collector.ingest.${index}.foldSeconds`, fmt.s, ''],
      [`Ingest until the rollups hold every event (${ingest.backend})`, `collector.ingest.${index}.ingestAndFoldEventsPerSecond`, fmt.perS, ''],
    );
  }
  for (const [index, wave] of (Array.isArray(results.collector?.reconnect) ? results.collector.reconnect : []).entries()) {
    const r = `collector.reconnect.${index}`;
    const label = `Reconnect of ${wave.devices?.toLocaleString('en') ?? '?'} devices (${wave.backend})`;
    list.push(
      [`${label}: events waiting on the devices`, `${r}.eventsGenerated`, fmt.count, ''],
      [`${label}: events acknowledged on the devices`, `${r}.eventsAcknowledged`, fmt.count, ''],
      [`${label}: rows in the database`, `${r}.rowsStored`, fmt.count, ''],
      [`${label}: distinct event ids in the database`, `${r}.distinctIdsStored`, fmt.count, ''],
      [`${label}: every event stored exactly once`, `${r}.exactlyOnce`, fmt.yesNo, 'yes'],
      [`${label}: answers lost after storing (batch re-sent)`, `${r}.lostAnswers`, fmt.count, ''],
      [`${label}: events answered as duplicates`, `${r}.duplicatesAnswered`, fmt.count, ''],
      [`${label}: 5xx answers`, `${r}.answers5xx`, fmt.count, '0'],
      [`${label}: 429 answers`, `${r}.answers429`, fmt.count, ''],
      [`${label}: 429 collector busy (uploads at once, all devices)`, `${r}.answers429Busy`, fmt.count, 'spreads the wave'],
      [`${label}: uploads given up after 30 s (then re-sent)`, `${r}.timeouts`, fmt.count, ''],
      [`${label}: connections that failed (requests answered by no one)`, `${r}.networkErrors`, fmt.count, '0'],
      [`${label}: uploads`, `${r}.uploads`, fmt.count, ''],
      [`${label}: peak uploads open in the collector (refusals left out)`, `${r}.peakUploadsInCollector`, fmt.count, ''],
      [`${label}: peak refusals open in the collector (body read and dropped)`, `${r}.peakRefusalsInCollector`, fmt.count, ''],
      [`${label}: peak uploads stored in one second`, `${r}.peakUploadsStoredPerSecond`, fmt.count, ''],
      [`${label}: peak events stored in one second`, `${r}.peakEventsStoredPerSecond`, fmt.count, ''],
      [`${label}: upload latency p50`, `${r}.latencyP50Ms`, fmt.ms, ''],
      [`${label}: upload latency p95`, `${r}.latencyP95Ms`, fmt.ms, ''],
      [`${label}: upload latency p99`, `${r}.latencyP99Ms`, fmt.ms, 'recorded'],
      [`${label}: devices drained within 10 minutes`, `${r}.devicesDrained`, fmt.count, `${wave.devices ?? ''}`],
      [`${label}: all devices drained`, `${r}.drainSeconds`, fmt.s, ''],
      [`${label}: events per second until drained`, `${r}.eventsPerSecond`, fmt.perS, ''],
      [`${label}: rollups hold every event, after the last upload`, `${r}.foldSeconds`, fmt.s, ''],
      [`${label}: collector RSS before`, `${r}.memory.rssBeforeBytes`, fmt.mb, ''],
      [`${label}: collector RSS peak`, `${r}.memory.rssPeakBytes`, fmt.mb, 'recorded'],
      [`${label}: collector JS heap peak`, `${r}.memory.heapUsedPeakBytes`, fmt.mb, 'recorded'],
      [`${label}: collector CPU`, `${r}.collectorCpuSeconds`, fmt.s, ''],
      [`${label}: simulated devices' CPU (same machine)`, `${r}.devicesCpuSeconds`, fmt.s, ''],
      [`${label}: load average before (2 cores)`, `${r}.loadAverage.0`, fmt.f1, ''],
    );
  }
  list.push(
    [`Sync drain: ${results.drain?.events?.toLocaleString('en') ?? '100,000'} pending events (Chromium client)`, 'drain.seconds', fmt.s, ''],
    ['Sync drain rate', 'drain.eventsPerSecond', fmt.perS, ''],
  );
  return list;
}

export function renderTable(report, previous) {
  const lines = [
    `Benchmark run ${report.meta.date} — Node ${report.meta.node}, ${report.meta.chromium}, ${report.meta.cpus} cores (${report.meta.cpuModel}), ${report.meta.memoryGiB} GiB`,
    '',
    '| Figure | Value | Target | Change vs previous |',
    '|---|---|---|---|',
  ];
  for (const [label, key, format, target] of rows(report.results)) {
    const value = get(report.results, key);
    if (typeof value === 'boolean') {
      lines.push(`| ${label} | ${format(value)} | ${target} | |`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const before = previous ? get(previous.results, key) : undefined;
    const change = typeof before === 'number' && before !== 0 ? `${(((value - before) / Math.abs(before)) * 100).toFixed(1)} %` : '';
    lines.push(`| ${label} | ${format(value)} | ${target} | ${change} |`);
  }
  for (const [name, value] of Object.entries(report.results)) {
    if (value && typeof value === 'object' && 'error' in value) lines.push(`| ${name} | failed: ${String(value.error).replace(/\|/g, '/')} | | |`);
  }
  if (Array.isArray(report.results.collector?.notes)) for (const note of report.results.collector.notes) lines.push(`\nNote (collector): ${note}`);
  return `${lines.join('\n')}\n`;
}
