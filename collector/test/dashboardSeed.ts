// A small, known visitor population for dashboard tests: sessions with profiles, games and careers events on set
// days, devices and modes, stored through the real ingest path. Tests count the expected figures from the same
// list in plain JavaScript, independently of the SQL and the rollup.

import type { EngagementEvent } from '../../common/events';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import type { Language } from '../../common/i18n/languages';
import type { Mode } from '../../common/config/deviceConfig';
import type { GameId, RoleId } from '../../common/ids';

export interface SeedSession {
  readonly day: string;
  readonly mode: Mode;
  readonly language: Language;
  readonly siteLabel: string;
  readonly device: number;
  readonly events: readonly EngagementEvent[];
}

/** A deterministic pseudo-random sequence (mulberry32), so every run seeds the same population. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GAMES: readonly GameId[] = ['bioreactor', 'gowning', 'purify'];
const ROLES: readonly RoleId[] = ['qc-analyst', 'usp-operator', 'data-scientist', 'founder'];
const LANGS: readonly Language[] = ['fr', 'fr', 'fr', 'nl', 'en', 'de'];

/** `sessionCount` sessions spread over `days` (YYYY-MM-DD), on devices 0..deviceCount-1. */
export function seedSessions(sessionCount: number, days: readonly string[], sites: readonly string[], seed = 1): SeedSession[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sessions: SeedSession[] = [];
  for (let index = 0; index < sessionCount; index += 1) {
    const day = pick(days);
    const device = Math.floor(next() * sites.length);
    const siteLabel = sites[device]!;
    const mode: Mode = device === 0 ? 'kiosk' : device === 1 ? 'classroom' : 'event';
    const language = pick(LANGS);
    const sessionId = uuidV4();
    let minute = Math.floor(next() * 600);
    const at = () => {
      minute += 1;
      return `${day}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000+01:00`;
    };
    const envelope = () => ({ eventId: uuidV7(), installationId: '00000000-0000-4000-8000-00000000000' + device, sessionId, appVersion: '0.1.0', mode, siteLabel, occurredAt: at() });
    const events: EngagementEvent[] = [{ ...envelope(), type: 'session-started', language, mode, hostKind: 'web' }];
    if (next() < 0.6) events.push({ ...envelope(), type: 'profile-chosen', profile: pick(['pupil', 'jobseeker', 'teacher'] as const), ageBand: pick(['12-15', '16-18'] as const) });
    const gameId = pick(GAMES);
    events.push({ ...envelope(), type: 'game-started', gameId, level: 'easy' });
    if (next() < 0.7) {
      events.push({ ...envelope(), type: 'game-completed', gameId, level: 'easy', score: 100, stars: pick([1, 2, 3] as const), durationMs: 30_000 + Math.floor(next() * 90_000) });
    }
    const roleId = pick(ROLES);
    events.push({ ...envelope(), type: 'career-viewed', roleId });
    if (next() < 0.5) events.push({ ...envelope(), type: 'quiz-completed', topTypes: next() < 0.5 ? ['R', 'I'] : ['S'] });
    if (next() < 0.4) events.push({ ...envelope(), type: 'pathway-viewed', fromProfile: 'pupil-upper', roleId });
    if (next() < 0.3) events.push({ ...envelope(), type: 'qr-shown', roleId });
    sessions.push({ day, mode, language, siteLabel, device, events });
  }
  return sessions;
}

/** The events of the sessions recorded on `device`, in recorded order. */
export function eventsOfDevice(sessions: readonly SeedSession[], device: number): EngagementEvent[] {
  return sessions.filter((session) => session.device === device).flatMap((session) => session.events);
}
