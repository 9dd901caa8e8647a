// The rollups' pure parts: which local day, week and month an event counts on, how a batch becomes daily and
// monthly increments, and how a report period is cut into whole months (monthly rollup) and leftover days.

import { describe, expect, it } from 'vitest';
import type { EngagementEvent } from '../../common/events';
import { splitIntoMonths } from '../reports/countsSource';
import { localCalendar, monthlyIncrements, rollupIncrements, UNKNOWN_LANGUAGE } from '../storage/rollups';
import { sampleEvent } from './sampleEvents';

describe('localCalendar', () => {
  it('uses the device offset written in occurredAt, so a visit just after local midnight counts on that day', () => {
    const derivedAt = Date.parse('2026-02-28T23:30:00.000Z');
    expect(localCalendar(derivedAt, '2026-03-01T00:30:00.000+01:00')).toEqual({ day: '2026-03-01', week: '2026-02-23', month: '2026-03' });
    expect(localCalendar(derivedAt, '2026-02-28T23:30:00.000+00:00')).toEqual({ day: '2026-02-28', week: '2026-02-23', month: '2026-02' });
  });
});

describe('rollup increments', () => {
  const sessionId = '4b1d7c1e-9d0f-4c6e-8a34-2f0c5d1e7a90';
  const at = (occurredAt: string) => ({ ...sampleEvent(0), sessionId, occurredAt });
  const started: EngagementEvent = { ...at('2026-01-31T10:00:00.000+01:00'), type: 'session-started', language: 'nl', mode: 'kiosk', hostKind: 'web' };
  const played = (occurredAt: string): EngagementEvent => ({ ...at(occurredAt), type: 'game-started', gameId: 'purify', level: 'easy' });

  it('counts each event once per day and sums the days of a month into one monthly increment', () => {
    const events = [started, played('2026-01-31T10:01:00.000+01:00'), played('2026-02-01T09:00:00.000+01:00'), played('2026-02-02T09:00:00.000+01:00')];
    const daily = rollupIncrements('device-1', events.map((event) => ({ event, derivedAt: Date.parse(event.occurredAt) })), (id) => (id === sessionId ? 'nl' : undefined));
    const games = daily.filter((inc) => inc.metric === 'game-started');
    expect(games.map((inc) => [inc.day, inc.n, inc.language])).toEqual([
      ['2026-01-31', 1, 'nl'],
      ['2026-02-01', 1, 'nl'],
      ['2026-02-02', 1, 'nl'],
    ]);
    const monthly = monthlyIncrements(daily).filter((inc) => inc.metric === 'game-started');
    expect(monthly.map((inc) => [inc.month, inc.n])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ]);
    expect(monthly[1]).not.toHaveProperty('day');
  });

  it('keeps events of sessions whose start has not arrived under the unknown language, in both rollups', () => {
    const daily = rollupIncrements('device-1', [{ event: played('2026-02-01T09:00:00.000+01:00'), derivedAt: Date.parse('2026-02-01T08:00:00.000Z') }], () => undefined);
    expect(monthlyIncrements(daily)).toEqual([
      { month: '2026-02', siteLabel: 'Hall A', deviceId: 'device-1', mode: 'kiosk', language: UNKNOWN_LANGUAGE, metric: 'game-started', dim: 'purify', n: 1 },
    ]);
  });
});

describe('splitIntoMonths', () => {
  it('reads whole months from the monthly rollup and the days around them from the daily one', () => {
    expect(splitIntoMonths({ from: '2026-01-31', to: '2026-04-15' })).toEqual({
      months: { from: '2026-02', to: '2026-03' },
      days: [
        { from: '2026-01-31', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-15' },
      ],
    });
  });

  it('uses only months for a range of whole months, across a year end and a leap February', () => {
    expect(splitIntoMonths({ from: '2027-12-01', to: '2028-02-29' })).toEqual({ months: { from: '2027-12', to: '2028-02' }, days: [] });
    expect(splitIntoMonths({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ months: { from: '2026-02', to: '2026-02' }, days: [] });
  });

  it('uses only days when no whole month fits', () => {
    expect(splitIntoMonths({ from: '2026-02-14', to: '2026-03-10' })).toEqual({ months: null, days: [{ from: '2026-02-14', to: '2026-03-10' }] });
    expect(splitIntoMonths({ from: '2026-02-02', to: '2026-02-28' })).toEqual({ months: null, days: [{ from: '2026-02-02', to: '2026-02-28' }] });
    expect(splitIntoMonths({ from: '2026-03-01', to: '2026-03-30' })).toEqual({ months: null, days: [{ from: '2026-03-01', to: '2026-03-30' }] });
  });
});
