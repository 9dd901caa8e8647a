// The kiosk's update policy: checks spread out by jitter, installs only between visitors (in the staff's quiet
// window when there is one), and back to the previous version after two starts that never became ready.

import { describe, expect, it } from 'vitest';
import {
  decideAtLaunch,
  decideInstall,
  EMPTY_UPDATE_RECORD,
  isInQuietWindow,
  isOnTrial,
  nextCheckAt,
  timingsFromEnvironment,
  parseUpdateRecord,
  recordInstall,
  recordReady,
  UPDATE_TIMINGS,
  type PageState,
} from './updatePolicy';

const MINUTE = 60_000;

describe('when to check', () => {
  it('checks a few minutes after start, then every few hours, each with up to the jitter added', () => {
    expect(nextCheckAt(1_000, null, 0)).toBe(1_000 + UPDATE_TIMINGS.firstCheckAfterMs);
    expect(nextCheckAt(1_000, null, 0.5)).toBe(1_000 + UPDATE_TIMINGS.firstCheckAfterMs + UPDATE_TIMINGS.jitterMs / 2);
    expect(nextCheckAt(1_000, 50_000, 0)).toBe(50_000 + UPDATE_TIMINGS.checkEveryMs);
    expect(nextCheckAt(1_000, 50_000, 0.999)).toBeLessThan(50_000 + UPDATE_TIMINGS.checkEveryMs + UPDATE_TIMINGS.jitterMs);
    expect(nextCheckAt(1_000, 50_000, 7)).toBe(50_000 + UPDATE_TIMINGS.checkEveryMs + UPDATE_TIMINGS.jitterMs);
  });

  it('lets IT ask for the first check soon after start, and ignores a value that is not 1-3600 seconds', () => {
    expect(nextCheckAt(1_000, null, 0.9, timingsFromEnvironment('5'))).toBe(6_000);
    expect(timingsFromEnvironment('0')).toBe(UPDATE_TIMINGS);
    expect(timingsFromEnvironment('soon')).toBe(UPDATE_TIMINGS);
    expect(timingsFromEnvironment(undefined)).toBe(UPDATE_TIMINGS);
  });
});

describe('when to install', () => {
  const idleSince = (since: number): PageState => ({ ready: true, visitor: 'attract', since });
  const base = { downloadedVersion: '1.1.0', quietWindow: null, now: 100 * MINUTE, minuteOfDay: 14 * 60 };

  it('reads quiet windows, also across midnight', () => {
    expect(isInQuietWindow({ from: '02:00', to: '05:00' }, 2 * 60)).toBe(true);
    expect(isInQuietWindow({ from: '02:00', to: '05:00' }, 5 * 60)).toBe(false);
    expect(isInQuietWindow({ from: '22:30', to: '05:00' }, 23 * 60)).toBe(true);
    expect(isInQuietWindow({ from: '22:30', to: '05:00' }, 60)).toBe(true);
    expect(isInQuietWindow({ from: '22:30', to: '05:00' }, 12 * 60)).toBe(false);
  });

  it('never installs during a visit, nor before anything is downloaded or the page is ready', () => {
    expect(decideInstall({ ...base, page: { ready: true, visitor: 'visiting', since: 0 } })).toEqual({ install: false, reason: 'visit-in-progress' });
    expect(decideInstall({ ...base, quietWindow: { from: '13:00', to: '15:00' }, page: { ready: true, visitor: 'visiting', since: 0 } })).toEqual({
      install: false,
      reason: 'visit-in-progress',
    });
    expect(decideInstall({ ...base, downloadedVersion: null, page: idleSince(0) })).toEqual({ install: false, reason: 'nothing-downloaded' });
    expect(decideInstall({ ...base, page: { ready: false, visitor: 'attract', since: 0 } })).toEqual({ install: false, reason: 'page-not-ready' });
  });

  it('without a quiet window, installs once the attract screen has shown long enough', () => {
    expect(decideInstall({ ...base, page: idleSince(base.now - UPDATE_TIMINGS.idleBeforeInstallMs + 1) })).toEqual({ install: false, reason: 'not-idle-long-enough' });
    expect(decideInstall({ ...base, page: idleSince(base.now - UPDATE_TIMINGS.idleBeforeInstallMs) })).toEqual({ install: true });
  });

  it('with a quiet window, installs only inside it, between visitors', () => {
    const quietWindow = { from: '22:00', to: '06:00' };
    expect(decideInstall({ ...base, quietWindow, page: idleSince(0) })).toEqual({ install: false, reason: 'outside-quiet-window' });
    expect(decideInstall({ ...base, quietWindow, minuteOfDay: 23 * 60, page: idleSince(base.now) })).toEqual({ install: true });
  });
});

describe('rollback after failed starts', () => {
  it('keeps an update whose page became ready', () => {
    let record = recordInstall(EMPTY_UPDATE_RECORD, '1.0.0', '1.1.0');
    const first = decideAtLaunch(record, '1.1.0');
    expect(first.action).toBe('run');
    record = first.record;
    expect(isOnTrial(record, '1.1.0')).toBe(true);
    record = recordReady(record, '1.1.0');
    expect(record).toEqual(EMPTY_UPDATE_RECORD);
    expect(decideAtLaunch(record, '1.1.0')).toEqual({ action: 'run', record: EMPTY_UPDATE_RECORD });
  });

  it('goes back to the previous version when two starts of the new one never became ready, and remembers it failed', () => {
    let record = recordInstall(EMPTY_UPDATE_RECORD, '1.0.0', '1.1.0');
    for (let start = 0; start < 2; start += 1) {
      const decision = decideAtLaunch(record, '1.1.0');
      expect(decision.action).toBe('run');
      record = decision.record;
    }
    expect(decideAtLaunch(record, '1.1.0')).toEqual({
      action: 'roll-back',
      from: '1.1.0',
      to: '1.0.0',
      record: { trial: null, failedVersion: '1.1.0', rolledBackFrom: '1.1.0' },
    });
  });

  it('ends the trial when another version runs (the installer did not run, or the rollback happened)', () => {
    const record = recordInstall({ ...EMPTY_UPDATE_RECORD, failedVersion: '0.9.0' }, '1.0.0', '1.1.0');
    expect(decideAtLaunch(record, '1.0.0')).toEqual({ action: 'run', record: { trial: null, failedVersion: '0.9.0', rolledBackFrom: null } });
    expect(recordReady(record, '1.0.0')).toBe(record);
  });

  it('reads a saved record and ignores what it cannot trust', () => {
    const saved = { trial: { version: '1.1.0', from: '1.0.0', starts: 1 }, failedVersion: null, rolledBackFrom: null };
    expect(parseUpdateRecord(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(parseUpdateRecord('nonsense')).toEqual(EMPTY_UPDATE_RECORD);
    expect(parseUpdateRecord({ trial: { version: '1.1.0', from: '../x', starts: 1 }, failedVersion: 'x; rm' })).toEqual(EMPTY_UPDATE_RECORD);
  });
});
