// What the devices page says about each device's health, and in which order it lists them: the unwell first (those
// that need someone to act, then those to watch), each with what to do in plain words, then the well, then the
// revoked (a PIN change the hub asked for and not made yet, and settings the device refused, are ones to watch).
// Pure (the time is passed in), so the rules are unit-tested; the words are the locale's. Also which content
// pack a device shows, read from either shape of report (devices from before content packs send the app's version).

import type { PackRefusal } from '../../../common/content/signedPack';
import type { DeviceHealth, StorageWarning } from '../../../common/health/deviceHealth';
import type { DeviceSummary } from '../../reports/types';

/** A device that has not synced for this long is out of touch: someone should look at its network. */
export const STALE_SYNC_MS = 24 * 60 * 60 * 1000;
/** Less free space than this for the app (where the host knows it) is worth acting on before the log fills. */
export const LOW_FREE_STORAGE_BYTES = 200 * 1024 * 1024;

export type AdviceKind =
  /** Enrolled more than a day ago and never synced. */
  | 'never-synced'
  /** Synced or reported before, neither for a day or more (`days`). */
  | 'not-synced'
  /** Events could not be recorded because the log was full (`count`). */
  | 'missed-events'
  /** The log lives in memory only: events are lost when the app closes. */
  | 'storage-memory'
  /** The disk or the browser's quota is (nearly) full. */
  | 'storage-full'
  /** Storage failed or was restored from the second copy. */
  | 'storage-trouble'
  /** Many events wait: the log nears its cap. */
  | 'backlog'
  /** The app crashed or froze since the last report (`count`). */
  | 'crashes'
  /** Synced, but no health report yet: an app too old to send one. */
  | 'no-report'
  /** The device refused the last content pack it was sent (the reason is in its facts). */
  | 'pack-refused'
  /** Staff asked from the hub for the kiosk's PIN to be changed and it has not been yet. */
  | 'pin-change-pending'
  /** The device did not take the hub's last settings document (the reason is in its facts). */
  | 'settings-refused';

export type Severity = 'act' | 'watch' | 'ok' | 'revoked';

export interface Advice {
  readonly kind: AdviceKind;
  /** days for not-synced, count for missed-events and crashes, 0 otherwise. */
  readonly count: number;
}

export interface DeviceVerdict {
  readonly severity: Severity;
  readonly advice: readonly Advice[];
}

const TROUBLE: readonly StorageWarning[] = ['write-failed', 'corrupt-records', 'store-recovered', 'journal-failed'];

const ACT: ReadonlySet<AdviceKind> = new Set(['never-synced', 'not-synced', 'missed-events', 'storage-memory', 'storage-full']);

export function deviceVerdict(device: DeviceSummary, now: number): DeviceVerdict {
  if (device.revokedAt !== null) return { severity: 'revoked', advice: [] };
  const advice: Advice[] = [];
  const add = (kind: AdviceKind, count = 0) => advice.push({ kind, count });
  // A kiosk without visitors over a weekend sends no events but still reports its health: that is contact too.
  const contacts = [device.lastSyncAt, device.health?.reportedAt ?? null].filter((time): time is number => time !== null);
  const lastContact = contacts.length === 0 ? null : Math.max(...contacts);
  if (lastContact === null) {
    if (now - device.enrolledAt >= STALE_SYNC_MS) add('never-synced');
  } else if (now - lastContact >= STALE_SYNC_MS) {
    add('not-synced', Math.floor((now - lastContact) / STALE_SYNC_MS));
  }
  const report = device.health?.report;
  if (report === undefined) {
    if (device.lastSyncAt !== null) add('no-report');
  } else {
    const warnings = new Set(report.storage.warnings);
    if (report.missedEvents > 0 || warnings.has('cap-reached')) add('missed-events', report.missedEvents);
    if (warnings.has('storage-unavailable')) add('storage-memory');
    if (warnings.has('quota-exceeded') || (report.freeStorageBytes !== null && report.freeStorageBytes < LOW_FREE_STORAGE_BYTES)) add('storage-full');
    if (TROUBLE.some((warning) => warnings.has(warning))) add('storage-trouble');
    if (warnings.has('near-cap') && !warnings.has('cap-reached')) add('backlog');
    const faults = report.renderer === null ? 0 : report.renderer.crashes + report.renderer.hangs;
    if (faults > 0) add('crashes', faults);
    if (packShown(report).refusal !== null) add('pack-refused');
    if (report.settings?.pinChangePending === true) add('pin-change-pending');
    if (report.settings?.refusal != null) add('settings-refused');
  }
  const severity: Severity = advice.some((item) => ACT.has(item.kind)) ? 'act' : advice.some((item) => item.kind !== 'no-report') ? 'watch' : 'ok';
  return { severity, advice };
}

/** The content a device shows: where from, which version (null: an app from before content packs), what it refused. */
export interface PackShown {
  readonly source: 'built-in' | 'collector' | 'file';
  readonly version: number | null;
  readonly refusal: PackRefusal | null;
}

export function packShown(report: DeviceHealth): PackShown {
  const pack = report.contentPack;
  // The old shape names the app's version ("1.4.0"): its content is the one built into that app.
  if (typeof pack.version === 'string') return { source: 'built-in', version: null, refusal: null };
  return { source: pack.source, version: pack.version, refusal: 'refusal' in pack ? pack.refusal : null };
}

const RANK: Record<Severity, number> = { act: 0, watch: 1, ok: 2, revoked: 3 };

/** The devices with their verdicts, unwell first; within a level the longest without a sync first, then by site. */
export function devicesByHealth(devices: readonly DeviceSummary[], now: number): { device: DeviceSummary; verdict: DeviceVerdict }[] {
  return devices
    .map((device) => ({ device, verdict: deviceVerdict(device, now) }))
    .sort(
      (a, b) =>
        RANK[a.verdict.severity] - RANK[b.verdict.severity] ||
        (a.device.lastSyncAt ?? Number.NEGATIVE_INFINITY) - (b.device.lastSyncAt ?? Number.NEGATIVE_INFINITY) ||
        a.device.siteLabel.localeCompare(b.device.siteLabel),
    );
}
