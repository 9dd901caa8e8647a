// Turns newly stored events into increments of the dashboard's rollups: `daily_counts`, one count per local day,
// site, device, mode, session language, metric and dimension, and `monthly_counts`, the same per local month. Pure,
// so the mapping is unit-tested; the rollup fold (rollupFolder.ts) applies the increments of each stored event once,
// to both rollups in one transaction.

import type { EngagementEvent } from '../../common/events';

/** What the dashboard counts; `dim` says which category inside the metric (a game, a role, a stars bucket...). */
export const METRICS = [
  'sessions',
  'profile',
  'age-band',
  'game-started',
  'game-completed',
  'game-stars',
  'game-duration',
  'career-viewed',
  'quiz-completed',
  'quiz-type',
  'pathway-role',
  'pathway-start',
  'qr-shown',
] as const;
export type Metric = (typeof METRICS)[number];

/** Language of a session whose session-started event has not reached the collector (yet). */
export const UNKNOWN_LANGUAGE = 'unknown';

export interface RollupKey {
  readonly day: string;
  readonly week: string;
  readonly month: string;
  readonly siteLabel: string;
  readonly deviceId: string;
  readonly mode: string;
  readonly language: string;
  readonly metric: Metric;
  readonly dim: string;
}

export interface RollupIncrement extends RollupKey {
  readonly n: number;
}

/** Completed-game durations are counted in buckets this wide (seconds) up to 10 minutes, then per minute. */
export const DURATION_FINE_SECONDS = 5;
const DURATION_FINE_LIMIT = 600;
const DURATION_CAP = 3600;

/** The lower bound (seconds) of the duration bucket of `durationMs`; durations over an hour share one bucket. */
export function durationBucket(durationMs: number): number {
  const seconds = Math.floor(durationMs / 1000);
  if (seconds >= DURATION_CAP) return DURATION_CAP;
  if (seconds < DURATION_FINE_LIMIT) return seconds - (seconds % DURATION_FINE_SECONDS);
  return seconds - (seconds % 60);
}

/** Width (seconds) of the bucket starting at `lowerBound`. */
export function durationBucketWidth(lowerBound: number): number {
  if (lowerBound >= DURATION_CAP) return 0;
  return lowerBound < DURATION_FINE_LIMIT ? DURATION_FINE_SECONDS : 60;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The device's local calendar day of the skew-corrected event time: derivedAt shifted by the UTC offset the
 * device wrote in occurredAt. Also the Monday of that day's ISO week and the month.
 */
export function localCalendar(derivedAt: number, occurredAt: string): { day: string; week: string; month: string } {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(occurredAt);
  const offsetMs = offset === null ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  const local = new Date(derivedAt + offsetMs);
  const day = isoDate(local);
  const weekday = (local.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - weekday));
  return { day, week: isoDate(monday), month: day.slice(0, 7) };
}

/** The metric/dimension pairs one event counts towards (most events count once, a quiz once per type). */
export function countsOf(event: EngagementEvent): { metric: Metric; dim: string }[] {
  switch (event.type) {
    case 'session-started':
      return [{ metric: 'sessions', dim: '' }];
    case 'profile-chosen':
      return [
        { metric: 'profile', dim: event.profile },
        { metric: 'age-band', dim: event.ageBand },
      ];
    case 'game-started':
      return [{ metric: 'game-started', dim: event.gameId }];
    case 'game-completed':
      return [
        { metric: 'game-completed', dim: event.gameId },
        { metric: 'game-stars', dim: `${event.gameId}|${event.stars}` },
        { metric: 'game-duration', dim: `${event.gameId}|${durationBucket(event.durationMs)}` },
      ];
    case 'career-viewed':
      return [{ metric: 'career-viewed', dim: event.roleId }];
    case 'quiz-completed':
      return [{ metric: 'quiz-completed', dim: '' }, ...event.topTypes.map((type) => ({ metric: 'quiz-type' as const, dim: type }))];
    case 'pathway-viewed':
      return [
        { metric: 'pathway-role', dim: event.roleId },
        { metric: 'pathway-start', dim: event.fromProfile },
      ];
    case 'qr-shown':
      return [{ metric: 'qr-shown', dim: event.roleId }];
    default:
      return [];
  }
}

export interface AcceptedEvent {
  readonly event: EngagementEvent;
  readonly derivedAt: number;
}

/**
 * Sums the increments of a batch of newly accepted events. `languageOf` gives a session's starting language
 * (from this batch or an earlier one), or undefined when its session-started has not arrived.
 */
export function rollupIncrements(
  deviceId: string,
  accepted: readonly AcceptedEvent[],
  languageOf: (sessionId: string) => string | undefined,
): RollupIncrement[] {
  const sums = new Map<string, RollupIncrement>();
  for (const { event, derivedAt } of accepted) {
    const counts = countsOf(event);
    if (counts.length === 0) continue;
    const calendar = localCalendar(derivedAt, event.occurredAt);
    const language = event.type === 'session-started' ? event.language : (languageOf(event.sessionId) ?? UNKNOWN_LANGUAGE);
    for (const { metric, dim } of counts) {
      const key: RollupKey = { ...calendar, siteLabel: event.siteLabel, deviceId, mode: event.mode, language, metric, dim };
      const id = [key.metric, key.day, key.siteLabel, key.deviceId, key.mode, key.language, key.dim].join('\u0000');
      const previous = sums.get(id);
      sums.set(id, { ...key, n: (previous?.n ?? 0) + 1 });
    }
  }
  return [...sums.values()];
}

export type MonthlyIncrement = Omit<RollupIncrement, 'day' | 'week'>;

/** The daily increments summed per month (same site, device, mode, language, metric and dimension). */
export function monthlyIncrements(daily: readonly RollupIncrement[]): MonthlyIncrement[] {
  const sums = new Map<string, MonthlyIncrement>();
  for (const { day: _day, week: _week, ...key } of daily) {
    const id = [key.metric, key.month, key.siteLabel, key.deviceId, key.mode, key.language, key.dim].join('\u0000');
    const previous = sums.get(id);
    sums.set(id, { ...key, n: (previous?.n ?? 0) + key.n });
  }
  return [...sums.values()];
}
