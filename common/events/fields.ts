// The value lists and number ranges that engagement events may carry. Everything an event says is one of these
// enums, a bounded number, or one of our ids (common/ids.ts), so no event can ever carry free text.

import { z } from '../zod';
import { GAME_IDS, INTEREST_TYPES, ROLE_IDS, SCREEN_IDS, STARTING_PROFILES } from '../ids';
import { LANGUAGES } from '../i18n/languages';
import { MODES } from '../config/deviceConfig';

export const HOST_KINDS = ['electron', 'web'] as const;
export const VISITOR_PROFILES = ['pupil', 'student', 'jobseeker', 'employee', 'teacher', 'other', 'skipped'] as const;
export const AGE_BANDS = ['under-12', '12-15', '16-18', '19-25', '26-plus', 'skipped'] as const;
export const GAME_LEVELS = ['easy', 'normal', 'hard', 'quick'] as const;
/** Holland's RIASEC interest types (common/ids.ts), as scored by the careers quiz. */
export { INTEREST_TYPES };
/** "Where I am now" on the pathway explorer: the explorer's own starting profiles (common/ids.ts). */
export const PATHWAY_STARTS = STARTING_PROFILES;
export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export const SWITCH_VALUES = ['on', 'off'] as const;
export const SESSION_END_REASONS = ['idle', 'explicit'] as const;

export type VisitorProfile = (typeof VISITOR_PROFILES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type GameLevelId = (typeof GAME_LEVELS)[number];
export type InterestType = (typeof INTEREST_TYPES)[number];
export type PathwayStart = (typeof PATHWAY_STARTS)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type SwitchValue = (typeof SWITCH_VALUES)[number];
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** A week: longer than any visitor session, short enough to catch a broken clock or a unit mistake (s vs ms). */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_SCORE = 1_000_000;

export const fields = {
  language: z.enum(LANGUAGES),
  mode: z.enum(MODES),
  hostKind: z.enum(HOST_KINDS),
  profile: z.enum(VISITOR_PROFILES),
  ageBand: z.enum(AGE_BANDS),
  screen: z.enum(SCREEN_IDS),
  gameId: z.enum(GAME_IDS),
  roleId: z.enum(ROLE_IDS),
  level: z.enum(GAME_LEVELS),
  score: z.int().check(z.gte(0), z.lte(MAX_SCORE)),
  stars: z.literal([0, 1, 2, 3]),
  durationMs: z.int().check(z.gte(0), z.lte(MAX_DURATION_MS)),
  /** Fraction of a game done. */
  progress: z.number().check(z.gte(0), z.lte(1)),
  topTypes: z
    .array(z.enum(INTEREST_TYPES))
    .check(
      z.minLength(1),
      z.maxLength(3),
      z.refine((types) => new Set(types).size === types.length, 'must not name an interest type twice'),
    ),
  pathwayStart: z.enum(PATHWAY_STARTS),
  textSize: z.enum(TEXT_SIZES),
  switchValue: z.enum(SWITCH_VALUES),
  sessionEndReason: z.enum(SESSION_END_REASONS),
} as const;
