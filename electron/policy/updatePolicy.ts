// When the kiosk checks for, installs and rolls back an update (pure: times, the page's state and the saved update
// record come in, decisions go out; electron/updates/kioskUpdater.ts carries them out with electron-updater).
// - Check: a few minutes after start, then every few hours, each time with a random delay added (jitter), so a hall
//   of kiosks switched on together does not ask the collector at the same second.
// - Install: never during a visit. With a quiet window from the device config, only inside it; without one, only
//   once the attract screen has shown for a while (nobody is in front of the kiosk).
// - Roll back: an installed update is "on trial" until its page reaches the ready signal. Two starts that never get
//   there and the kiosk goes back to the version before and reports the failed one to the collector.

export interface QuietWindow {
  /** "HH:MM", local time. */
  readonly from: string;
  readonly to: string;
}

export interface UpdateTimings {
  /** After start, before the first check. */
  readonly firstCheckAfterMs: number;
  /** Between two checks. */
  readonly checkEveryMs: number;
  /** Up to this much is added at random to each of the two above. */
  readonly jitterMs: number;
  /** Without a quiet window: how long the attract screen must have shown before an update may be installed. */
  readonly idleBeforeInstallMs: number;
  /** A started version that has not reached the ready signal after this long is restarted (a failed start). */
  readonly readyDeadlineMs: number;
}

export const UPDATE_TIMINGS: UpdateTimings = {
  firstCheckAfterMs: 5 * 60_000,
  checkEveryMs: 4 * 3_600_000,
  jitterMs: 30 * 60_000,
  idleBeforeInstallMs: 3 * 60_000,
  readyDeadlineMs: 3 * 60_000,
};

/**
 * IT's BIOTECH_UPDATE_CHECK_AFTER_SECONDS (1-3600): the first check that soon after start, without jitter, to see a
 * kiosk's update set-up work at once (docs/kiosk-setup.md). Anything else keeps the normal timings.
 */
export function timingsFromEnvironment(value: string | undefined, timings: UpdateTimings = UPDATE_TIMINGS): UpdateTimings {
  const seconds = Number(value);
  if (value === undefined || !Number.isInteger(seconds) || seconds < 1 || seconds > 3600) return timings;
  return { ...timings, firstCheckAfterMs: seconds * 1000, jitterMs: 0 };
}

/** Starts of a new version that never reached the ready signal before the kiosk goes back to the previous one. */
export const FAILED_STARTS_BEFORE_ROLLBACK = 2;

/** When the next check is due. `random` is in [0, 1) (Math.random in the app, fixed in tests). */
export function nextCheckAt(startedAt: number, lastCheckAt: number | null, random: number, timings: UpdateTimings = UPDATE_TIMINGS): number {
  const jitter = Math.floor(Math.min(Math.max(random, 0), 1) * timings.jitterMs);
  return lastCheckAt === null ? startedAt + timings.firstCheckAfterMs + jitter : lastCheckAt + timings.checkEveryMs + jitter;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Is this local time (minutes since midnight) inside the window? `from` included, `to` excluded; may cross midnight. */
export function isInQuietWindow(window: QuietWindow, minuteOfDay: number): boolean {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  return from < to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/** What the page last told the main process (the narrow `host:kiosk-state` signal). */
export interface PageState {
  /** The page reached its ready signal (booted and drawn) since it was last loaded. */
  readonly ready: boolean;
  /** attract: nobody is using the kiosk; visiting: a visit is going on (classroom mode is always visiting). */
  readonly visitor: 'attract' | 'visiting';
  /** When `visitor` last changed (epoch ms). */
  readonly since: number;
}

export type InstallDecision =
  | { readonly install: true }
  | { readonly install: false; readonly reason: 'nothing-downloaded' | 'page-not-ready' | 'visit-in-progress' | 'outside-quiet-window' | 'not-idle-long-enough' };

export function decideInstall(input: {
  readonly downloadedVersion: string | null;
  readonly page: PageState;
  readonly quietWindow: QuietWindow | null;
  readonly now: number;
  /** Local minutes since midnight at `now`. */
  readonly minuteOfDay: number;
  readonly timings?: UpdateTimings;
}): InstallDecision {
  const timings = input.timings ?? UPDATE_TIMINGS;
  if (input.downloadedVersion === null) return { install: false, reason: 'nothing-downloaded' };
  if (!input.page.ready) return { install: false, reason: 'page-not-ready' };
  if (input.page.visitor === 'visiting') return { install: false, reason: 'visit-in-progress' };
  if (input.quietWindow !== null) {
    return isInQuietWindow(input.quietWindow, input.minuteOfDay) ? { install: true } : { install: false, reason: 'outside-quiet-window' };
  }
  return input.now - input.page.since >= timings.idleBeforeInstallMs ? { install: true } : { install: false, reason: 'not-idle-long-enough' };
}

/** What the kiosk keeps between starts about its updates (userData/update-state.json). */
export interface UpdateRecord {
  /**
   * The version the last install put in place and the one before, until a start of it reaches the ready signal;
   * `starts` counts its starts so far (each earlier one never became ready, or the trial would be over).
   */
  readonly trial: { readonly version: string; readonly from: string; readonly starts: number } | null;
  /** The version this kiosk went back from, told to the collector at each check so it is not offered again. */
  readonly failedVersion: string | null;
  /** A version the kiosk went back from and has not reported yet (for the admin panel and the log). */
  readonly rolledBackFrom: string | null;
}

export const EMPTY_UPDATE_RECORD: UpdateRecord = { trial: null, failedVersion: null, rolledBackFrom: null };

/** Reads a saved record; anything unexpected gives the empty record (an update record never stops a kiosk). */
export function parseUpdateRecord(raw: unknown): UpdateRecord {
  if (typeof raw !== 'object' || raw === null) return EMPTY_UPDATE_RECORD;
  const record = raw as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/.test(value) ? value : null);
  const trialRaw = record.trial as Record<string, unknown> | null | undefined;
  const trialVersion = text(trialRaw?.version);
  const trialFrom = text(trialRaw?.from);
  const starts = trialRaw?.starts;
  const trial =
    trialVersion !== null && trialFrom !== null && typeof starts === 'number' && Number.isInteger(starts) && starts >= 0
      ? { version: trialVersion, from: trialFrom, starts }
      : null;
  return { trial, failedVersion: text(record.failedVersion), rolledBackFrom: text(record.rolledBackFrom) };
}

/** Just before quitAndInstall: the new version goes on trial. */
export function recordInstall(record: UpdateRecord, fromVersion: string, toVersion: string): UpdateRecord {
  return { ...record, trial: { version: toVersion, from: fromVersion, starts: 0 } };
}

export type LaunchDecision =
  | { readonly action: 'run'; readonly record: UpdateRecord }
  /** Go back to `to` (the version before the trial) and report `from` as failed. */
  | { readonly action: 'roll-back'; readonly from: string; readonly to: string; readonly record: UpdateRecord };

/**
 * At each start. Every earlier start of the version on trial never reached the ready signal (the signal ends the
 * trial); after FAILED_STARTS_BEFORE_ROLLBACK of them the kiosk goes back. Running another version than the trial's
 * (the installer did not run, or a rollback happened) ends the trial.
 */
export function decideAtLaunch(record: UpdateRecord, runningVersion: string): LaunchDecision {
  const { trial } = record;
  if (trial === null) return { action: 'run', record };
  if (trial.version !== runningVersion) return { action: 'run', record: { ...record, trial: null } };
  if (trial.starts >= FAILED_STARTS_BEFORE_ROLLBACK) {
    return {
      action: 'roll-back',
      from: trial.version,
      to: trial.from,
      record: { trial: null, failedVersion: trial.version, rolledBackFrom: trial.version },
    };
  }
  return { action: 'run', record: { ...record, trial: { ...trial, starts: trial.starts + 1 } } };
}

/** A start of the version on trial that is not ready by the deadline is restarted, and so counts as failed. */
export function isOnTrial(record: UpdateRecord, runningVersion: string): boolean {
  return record.trial !== null && record.trial.version === runningVersion;
}

/** The page of the running version reached its ready signal: the trial is over, the update is kept. */
export function recordReady(record: UpdateRecord, runningVersion: string): UpdateRecord {
  if (record.trial === null || record.trial.version !== runningVersion) return record;
  return { ...record, trial: null };
}
