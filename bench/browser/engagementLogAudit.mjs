// Reads the app's engagement log straight from IndexedDB (read-only, its own connection, not through the app's
// code) for the soak: how many records each object store holds, sampled during the run, and at the end an audit of
// every event record by what the design says may be kept (renderer/telemetry/records.ts and purgeSchedule.ts):
// pending and sent events until the collector acknowledges them, acknowledged events for the retention period,
// quarantined records for good. Anything else is growth the purge will never take back. The functions that take no
// page run inside the page: everything they use is in their arguments.

/** renderer/telemetry/indexedDbStore.ts's DEFAULT_DATABASE_NAME: boot.ts opens the log under it. */
export const ENGAGEMENT_DATABASE = 'biotech-engagement-log';
/** telemetryOptions.ts's default retention; boot.ts passes none (read from the page's log options when it has one). */
const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** In the page: records in each object store of the log, and how many of the events wait for the collector. */
export async function countLogStores(databaseName) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...db.objectStoreNames];
    const transaction = db.transaction(names, 'readonly');
    const count = (source, range) => new Promise((resolve, reject) => {
      const request = source.count(range);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await count(transaction.objectStore(name))])));
    // Pending (0) and sent (1) records, through the store's own [state+seq] index.
    const byState = transaction.objectStore('events').index('[state+seq]');
    counts.waiting = await count(byState, IDBKeyRange.bound([0, -Infinity], [1, Infinity]));
    return counts;
  } finally {
    db.close();
  }
}

/** In the page: every event record classified by what may be kept, the meta records, and the storage estimate. */
export async function auditLogRecords({ databaseName, retentionMs, now }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const audit = {
    records: 0,
    pending: 0,
    sent: 0,
    acknowledgedWithinRetention: 0,
    acknowledgedPastRetention: 0,
    // The purge selects on the ackedAt index: an acknowledged record without ackedAt would never leave.
    acknowledgedWithoutAckTime: 0,
    quarantined: 0,
    unknownState: 0,
    oldestRecordedAt: null,
    oldestAckedAt: null,
    metaRecords: 0,
    metaUnacknowledged: null,
  };
  try {
    const transaction = db.transaction(['events', 'meta'], 'readonly');
    const cutoff = now - retentionMs;
    await new Promise((resolve, reject) => {
      const request = transaction.objectStore('events').openCursor();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor === null) return resolve();
        const record = cursor.value;
        audit.records += 1;
        if (typeof record.recordedAt === 'number') audit.oldestRecordedAt = Math.min(audit.oldestRecordedAt ?? Infinity, record.recordedAt);
        if (record.state === 0) audit.pending += 1;
        else if (record.state === 1) audit.sent += 1;
        else if (record.state === 2) {
          if (typeof record.ackedAt !== 'number') audit.acknowledgedWithoutAckTime += 1;
          else {
            audit.oldestAckedAt = Math.min(audit.oldestAckedAt ?? Infinity, record.ackedAt);
            if (record.ackedAt < cutoff) audit.acknowledgedPastRetention += 1;
            else audit.acknowledgedWithinRetention += 1;
          }
        } else if (record.state === 3) audit.quarantined += 1;
        else audit.unknownState += 1;
        cursor.continue();
      };
    });
    await new Promise((resolve, reject) => {
      const request = transaction.objectStore('meta').getAll();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        audit.metaRecords = request.result.length;
        audit.metaUnacknowledged = request.result.find((record) => record.key === 'unacknowledged')?.value ?? null;
        resolve();
      };
    });
  } finally {
    db.close();
  }
  const estimate = await navigator.storage.estimate();
  audit.indexedDbBytes = estimate.usageDetails?.indexedDB ?? null;
  audit.fileSystemBytes = estimate.usageDetails?.fileSystem ?? null;
  return audit;
}

/**
 * After the soak: the audit, with `kept` (every event record), `allowed` (what the design keeps: pending, sent,
 * acknowledged within the retention period, quarantined) and `shouldHaveBeenPurged` (kept beyond that).
 */
export async function auditEngagementLog(page) {
  const retentionDays = await page.evaluate(() => window.__biotechTest.telemetry.options.retentionDays ?? null);
  const retentionMs = (retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
  const now = Date.now();
  const audit = await page.evaluate(auditLogRecords, { databaseName: ENGAGEMENT_DATABASE, retentionMs, now });
  const allowed = audit.pending + audit.sent + audit.acknowledgedWithinRetention + audit.quarantined;
  return {
    ...audit,
    retentionDays: retentionMs / DAY_MS,
    kept: audit.records,
    waiting: audit.pending + audit.sent,
    allowed,
    shouldHaveBeenPurged: audit.records - allowed,
    keptOverAllowed: audit.records / allowed,
    oldestRecordAgeSeconds: audit.oldestRecordedAt === null ? null : (now - audit.oldestRecordedAt) / 1000,
  };
}
