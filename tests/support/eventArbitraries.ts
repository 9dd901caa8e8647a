// fast-check arbitraries for the event catalogue, shared by the tests of common/, renderer/ and collector/. Written
// independently of the schemas from the wording, so the property tests compare the schemas against a second
// reading of the specification.

import fc from 'fast-check';
import { GAME_IDS, ROLE_IDS, SCREEN_IDS, STARTING_PROFILES } from '../../common/ids';
import { LANGUAGES } from '../../common/i18n/languages';
import type { EngagementEvent, EventPayload } from '../../common/events/catalogue';

const languages = fc.constantFrom(...LANGUAGES);
const roleId = fc.constantFrom(...ROLE_IDS);
const gameId = fc.constantFrom(...GAME_IDS);
const level = fc.constantFrom('easy', 'normal', 'hard', 'quick' as const);
const score = fc.integer({ min: 0, max: 1_000_000 });
const durationMs = fc.integer({ min: 0, max: 7 * 24 * 3600 * 1000 });

/** What the issue allows for each field: the oracle the property tests check the schemas against. */
export const ALLOWED: Record<string, (value: unknown) => boolean> = {
  language: (v) => (LANGUAGES as readonly unknown[]).includes(v),
  from: (v) => (LANGUAGES as readonly unknown[]).includes(v),
  to: (v) => (LANGUAGES as readonly unknown[]).includes(v),
  mode: (v) => ['kiosk', 'classroom', 'event'].includes(v as string),
  hostKind: (v) => ['electron', 'web'].includes(v as string),
  profile: (v) => ['pupil', 'student', 'jobseeker', 'employee', 'teacher', 'other', 'skipped'].includes(v as string),
  ageBand: (v) => ['under-12', '12-15', '16-18', '19-25', '26-plus', 'skipped'].includes(v as string),
  screen: (v) => (SCREEN_IDS as readonly unknown[]).includes(v),
  gameId: (v) => (GAME_IDS as readonly unknown[]).includes(v),
  roleId: (v) => (ROLE_IDS as readonly unknown[]).includes(v),
  level: (v) => ['easy', 'normal', 'hard', 'quick'].includes(v as string),
  score: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1_000_000,
  stars: (v) => [0, 1, 2, 3].includes(v as number),
  durationMs: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 7 * 24 * 3600 * 1000,
  progress: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  topTypes: (v) =>
    Array.isArray(v) &&
    v.length >= 1 &&
    v.length <= 3 &&
    new Set(v).size === v.length &&
    v.every((t) => ['R', 'I', 'A', 'S', 'E', 'C'].includes(t as string)),
  // Starting profiles are our own ids (common/ids.ts), like role and game ids.
  fromProfile: (v) => (STARTING_PROFILES as readonly unknown[]).includes(v),
  reason: (v) => ['idle', 'explicit'].includes(v as string),
};

export const FIELDS_BY_TYPE: Record<string, readonly string[]> = {
  'session-started': ['language', 'mode', 'hostKind'],
  'language-changed': ['from', 'to'],
  'profile-chosen': ['profile', 'ageBand'],
  'screen-viewed': ['screen'],
  'game-started': ['gameId', 'level'],
  'game-completed': ['gameId', 'level', 'score', 'stars', 'durationMs'],
  'game-abandoned': ['gameId', 'level', 'score', 'durationMs', 'progress'],
  'career-viewed': ['roleId'],
  'quiz-completed': ['topTypes'],
  'pathway-viewed': ['fromProfile', 'roleId'],
  'qr-shown': ['roleId'],
  'settings-changed': ['setting', 'value'],
  'session-ended': ['reason', 'durationMs'],
};

export const SETTING_VALUES: Record<string, readonly string[]> = {
  language: LANGUAGES,
  textSize: ['standard', 'large', 'larger'],
  reducedMotion: ['on', 'off'],
  sound: ['on', 'off'],
};

export const validPayload: fc.Arbitrary<EventPayload> = fc.oneof(
  fc.record({ type: fc.constant('session-started' as const), language: languages, mode: fc.constantFrom('kiosk', 'classroom', 'event' as const), hostKind: fc.constantFrom('electron', 'web' as const) }),
  fc.record({ type: fc.constant('language-changed' as const), from: languages, to: languages }),
  fc.record({
    type: fc.constant('profile-chosen' as const),
    profile: fc.constantFrom('pupil', 'student', 'jobseeker', 'employee', 'teacher', 'other', 'skipped' as const),
    ageBand: fc.constantFrom('under-12', '12-15', '16-18', '19-25', '26-plus', 'skipped' as const),
  }),
  fc.record({ type: fc.constant('screen-viewed' as const), screen: fc.constantFrom(...SCREEN_IDS) }),
  fc.record({ type: fc.constant('game-started' as const), gameId, level }),
  fc.record({ type: fc.constant('game-completed' as const), gameId, level, score, stars: fc.constantFrom(0, 1, 2, 3 as const), durationMs }),
  fc.record({ type: fc.constant('game-abandoned' as const), gameId, level, score, durationMs, progress: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('career-viewed' as const), roleId }),
  fc.record({ type: fc.constant('quiz-completed' as const), topTypes: fc.uniqueArray(fc.constantFrom('R', 'I', 'A', 'S', 'E', 'C' as const), { minLength: 1, maxLength: 3 }) }),
  fc.record({
    type: fc.constant('pathway-viewed' as const),
    fromProfile: fc.constantFrom(...STARTING_PROFILES),
    roleId,
  }),
  fc.record({ type: fc.constant('qr-shown' as const), roleId }),
  fc.oneof(
    fc.record({ type: fc.constant('settings-changed' as const), setting: fc.constant('language' as const), value: languages }),
    fc.record({ type: fc.constant('settings-changed' as const), setting: fc.constant('textSize' as const), value: fc.constantFrom('standard', 'large', 'larger' as const) }),
    fc.record({ type: fc.constant('settings-changed' as const), setting: fc.constantFrom('reducedMotion' as const, 'sound' as const), value: fc.constantFrom('on', 'off' as const) }),
  ),
  fc.record({ type: fc.constant('session-ended' as const), reason: fc.constantFrom('idle', 'explicit' as const), durationMs }),
) as fc.Arbitrary<EventPayload>;

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const uuidOfVersion = (version: string) =>
  fc
    .tuple(hex(8), hex(4), hex(3), fc.constantFrom('8', '9', 'a', 'b'), hex(3), hex(12))
    .map(([a, b, c, variant, d, e]) => `${a}-${b}-${version}${c}-${variant}${d}-${e}`);

export const validEnvelope = fc.record({
  eventId: uuidOfVersion('7'),
  installationId: uuidOfVersion('4'),
  sessionId: uuidOfVersion('4'),
  appVersion: fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map(([a, b, c]) => `${a}.${b}.${c}`),
  mode: fc.constantFrom('kiosk', 'classroom', 'event' as const),
  siteLabel: fc.constantFrom('Hall A', 'Salon SIEP Mons', 'Biotech Hub', "École d'été (2026)"),
  occurredAt: fc
    .tuple(fc.integer({ min: 2024, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: -12, max: 14 }))
    .map(([y, m, d, h, offset]) => {
      const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
      return `${y}-${two(m)}-${two(d)}T${two(h)}:04:05.678${offset < 0 ? '-' : '+'}${two(offset)}:00`;
    }),
});

export const validEvent: fc.Arbitrary<EngagementEvent> = fc
  .tuple(validEnvelope, validPayload)
  .map(([envelope, payload]) => ({ ...envelope, ...payload }) as EngagementEvent);
