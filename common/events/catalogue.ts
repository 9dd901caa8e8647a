// The engagement event catalogue: every kind of event the app may record, as strict zod schemas. The renderer
// validates with these before anything is stored, and the hub's collector validates with the very same code.
// Unknown fields are rejected; every field is an enum, a bounded number, a boolean or one of our ids.

import { z } from '../zod';
import { LANGUAGES } from '../i18n/languages';
import { envelopeShape } from './envelope';
import { fields } from './fields';

/** The fields each event type adds to the envelope (besides its `type`). */
const payloadShapes = {
  'session-started': { language: fields.language, mode: fields.mode, hostKind: fields.hostKind },
  'language-changed': { from: fields.language, to: fields.language },
  'profile-chosen': { profile: fields.profile, ageBand: fields.ageBand },
  'screen-viewed': { screen: fields.screen },
  'game-started': { gameId: fields.gameId, level: fields.level },
  'game-completed': {
    gameId: fields.gameId,
    level: fields.level,
    score: fields.score,
    stars: fields.stars,
    durationMs: fields.durationMs,
  },
  'game-abandoned': {
    gameId: fields.gameId,
    level: fields.level,
    score: fields.score,
    durationMs: fields.durationMs,
    progress: fields.progress,
  },
  'career-viewed': { roleId: fields.roleId },
  'quiz-completed': { topTypes: fields.topTypes },
  'pathway-viewed': { fromProfile: fields.pathwayStart, roleId: fields.roleId },
  'qr-shown': { roleId: fields.roleId },
  'session-ended': { reason: fields.sessionEndReason, durationMs: fields.durationMs },
} as const;

/** settings-changed pairs each setting with the values that setting can take. */
const settingShapes = {
  language: { value: z.enum(LANGUAGES) },
  textSize: { value: fields.textSize },
  reducedMotion: { value: fields.switchValue },
  sound: { value: fields.switchValue },
} as const;

export const SETTINGS = ['language', 'textSize', 'reducedMotion', 'sound'] as const satisfies readonly (keyof typeof settingShapes)[];

function payloadOf<T extends keyof typeof payloadShapes>(type: T) {
  return z.strictObject({ type: z.literal(type), ...payloadShapes[type] });
}

function eventOf<T extends keyof typeof payloadShapes>(type: T) {
  return z.strictObject({ ...envelopeShape, type: z.literal(type), ...payloadShapes[type] });
}

function settingPayloadOf<S extends keyof typeof settingShapes>(setting: S) {
  return z.strictObject({ type: z.literal('settings-changed'), setting: z.literal(setting), ...settingShapes[setting] });
}

function settingEventOf<S extends keyof typeof settingShapes>(setting: S) {
  return z.strictObject({
    ...envelopeShape,
    type: z.literal('settings-changed'),
    setting: z.literal(setting),
    ...settingShapes[setting],
  });
}

const settingsChangedPayload = z.discriminatedUnion('setting', [
  settingPayloadOf('language'),
  settingPayloadOf('textSize'),
  settingPayloadOf('reducedMotion'),
  settingPayloadOf('sound'),
]);

const settingsChangedEvent = z.discriminatedUnion('setting', [
  settingEventOf('language'),
  settingEventOf('textSize'),
  settingEventOf('reducedMotion'),
  settingEventOf('sound'),
]);

/** What code passes to track(): an event without its envelope. */
export const eventPayloadSchema = z.discriminatedUnion('type', [
  payloadOf('session-started'),
  payloadOf('language-changed'),
  payloadOf('profile-chosen'),
  payloadOf('screen-viewed'),
  payloadOf('game-started'),
  payloadOf('game-completed'),
  payloadOf('game-abandoned'),
  payloadOf('career-viewed'),
  payloadOf('quiz-completed'),
  payloadOf('pathway-viewed'),
  payloadOf('qr-shown'),
  settingsChangedPayload,
  payloadOf('session-ended'),
]);

/** A complete, stored engagement event: envelope plus payload. */
export const engagementEventSchema = z.discriminatedUnion('type', [
  eventOf('session-started'),
  eventOf('language-changed'),
  eventOf('profile-chosen'),
  eventOf('screen-viewed'),
  eventOf('game-started'),
  eventOf('game-completed'),
  eventOf('game-abandoned'),
  eventOf('career-viewed'),
  eventOf('quiz-completed'),
  eventOf('pathway-viewed'),
  eventOf('qr-shown'),
  settingsChangedEvent,
  eventOf('session-ended'),
]);

/** Every event type, in catalogue order (checked against the schema by the tests). */
export const EVENT_TYPES = [
  'session-started',
  'language-changed',
  'profile-chosen',
  'screen-viewed',
  'game-started',
  'game-completed',
  'game-abandoned',
  'career-viewed',
  'quiz-completed',
  'pathway-viewed',
  'qr-shown',
  'settings-changed',
  'session-ended',
] as const satisfies readonly (keyof typeof payloadShapes | 'settings-changed')[];

export type EventPayload = z.infer<typeof eventPayloadSchema>;
export type EngagementEvent = z.infer<typeof engagementEventSchema>;
export type EventType = EngagementEvent['type'];
export type Setting = (typeof SETTINGS)[number];
export type EventOfType<T extends EventType> = Extract<EngagementEvent, { type: T }>;
export type PayloadOfType<T extends EventType> = Extract<EventPayload, { type: T }>;
