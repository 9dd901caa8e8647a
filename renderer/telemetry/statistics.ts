// Local statistics for the admin panel, computed from the events kept on this device (pending ones, and
// acknowledged ones until the retention period purges them). Pure: the telemetry object feeds it the events.

import { GAME_IDS, ROLE_IDS, type GameId, type RoleId } from '../../common/ids';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import type { EngagementEvent, EventType } from '../../common/events';
import type { StateCounts } from './eventStore';
import type { TelemetryProblems, TelemetryWarning } from './problems';

export interface GameCounts {
  readonly started: number;
  readonly completed: number;
  readonly abandoned: number;
}

export interface LocalStatistics {
  /** Visitor sessions started since local midnight. */
  readonly sessionsToday: number;
  /** Visitor sessions started since Monday 00:00 local time. */
  readonly sessionsThisWeek: number;
  /** Visitor sessions among the events kept on the device. */
  readonly sessionsKept: number;
  readonly games: Readonly<Record<GameId, GameCounts>>;
  /** Number of sessions in which each language was used (started in it or switched to it). */
  readonly languages: Readonly<Record<Language, number>>;
  readonly careersViewed: Readonly<Record<RoleId, number>>;
  /** Events by delivery state; `quarantined` are corrupt records set aside. */
  readonly events: StateCounts;
  readonly pendingCap: number;
  /** Events not recorded because the pending cap was reached (persistent, since installation). */
  readonly notRecorded: number;
  readonly problems: TelemetryProblems;
  readonly warnings: readonly TelemetryWarning[];
}

/** The engagement log's own state without reading any event: what the sync's health report needs. */
export type LogHealth = Pick<LocalStatistics, 'events' | 'pendingCap' | 'notRecorded' | 'problems' | 'warnings'>;

/** The event types the statistics read; the store scans only these. */
export const STATISTICS_EVENT_TYPES: readonly EventType[] = [
  'session-started',
  'language-changed',
  'settings-changed',
  'game-started',
  'game-completed',
  'game-abandoned',
  'career-viewed',
];

export function startOfLocalDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** Weeks start on Monday, as in Belgium. */
export function startOfLocalWeek(now: Date): number {
  const daysSinceMonday = (now.getDay() + 6) % 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysSinceMonday).getTime();
}

function zeroes<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, V>;
}

export type ActivityCounts = Pick<LocalStatistics, 'sessionsToday' | 'sessionsThisWeek' | 'sessionsKept' | 'games' | 'languages' | 'careersViewed'>;

/** Adds events one at a time (they may come in any order) and reports the activity figures. */
export class ActivityCounter {
  private readonly dayStart: number;
  private readonly weekStart: number;
  private sessionsToday = 0;
  private sessionsThisWeek = 0;
  private sessionsKept = 0;
  private readonly games = zeroes(GAME_IDS, () => ({ started: 0, completed: 0, abandoned: 0 }));
  private readonly careersViewed = zeroes(ROLE_IDS, () => 0);
  private readonly languagesBySession = new Map<string, Set<Language>>();

  constructor(now: Date) {
    this.dayStart = startOfLocalDay(now);
    this.weekStart = startOfLocalWeek(now);
  }

  add(event: EngagementEvent, occurredAtMillis: number): void {
    switch (event.type) {
      case 'session-started':
        this.sessionsKept += 1;
        if (occurredAtMillis >= this.dayStart) this.sessionsToday += 1;
        if (occurredAtMillis >= this.weekStart) this.sessionsThisWeek += 1;
        this.useLanguage(event.sessionId, event.language);
        break;
      case 'language-changed':
        this.useLanguage(event.sessionId, event.to);
        break;
      case 'settings-changed':
        if (event.setting === 'language') this.useLanguage(event.sessionId, event.value);
        break;
      case 'game-started':
        this.games[event.gameId].started += 1;
        break;
      case 'game-completed':
        this.games[event.gameId].completed += 1;
        break;
      case 'game-abandoned':
        this.games[event.gameId].abandoned += 1;
        break;
      case 'career-viewed':
        this.careersViewed[event.roleId] += 1;
        break;
      default:
        break;
    }
  }

  result(): ActivityCounts {
    const languages = zeroes(LANGUAGES, () => 0);
    for (const used of this.languagesBySession.values()) {
      for (const language of used) languages[language] += 1;
    }
    return {
      sessionsToday: this.sessionsToday,
      sessionsThisWeek: this.sessionsThisWeek,
      sessionsKept: this.sessionsKept,
      games: this.games,
      languages,
      careersViewed: this.careersViewed,
    };
  }

  private useLanguage(sessionId: string, language: Language): void {
    let used = this.languagesBySession.get(sessionId);
    if (used === undefined) {
      used = new Set();
      this.languagesBySession.set(sessionId, used);
    }
    used.add(language);
  }
}
