// The three ways to play Gowning Up. "quick" is the job-fair version (about a minute); "hard" adds every decoy to the
// shelf, a tighter clock and more pictures to check. Clock lengths are tuning, chosen so a first-time 12-year-old
// finishes "quick" with time to spare after one or two mistakes.

import type { GameLevel } from '../sdk/types';

export type GowningLevelId = Extract<GameLevel['id'], 'quick' | 'normal' | 'hard'>;

export const GOWNING_LEVEL_IDS: readonly GowningLevelId[] = ['quick', 'normal', 'hard'];

export interface GowningLevelConfig {
  readonly id: GowningLevelId;
  /** Round 1 clock. */
  readonly dressingSeconds: number;
  /** How many decoys join the shelf (picked by the seeded random generator). */
  readonly decoyCount: number;
  /** How many operator pictures round 2 shows, each with one fault. */
  readonly pictureCount: number;
}

const LEVELS: Readonly<Record<GowningLevelId, GowningLevelConfig>> = {
  quick: { id: 'quick', dressingSeconds: 60, decoyCount: 0, pictureCount: 3 },
  normal: { id: 'normal', dressingSeconds: 55, decoyCount: 2, pictureCount: 4 },
  hard: { id: 'hard', dressingSeconds: 45, decoyCount: 4, pictureCount: 5 },
};

export function levelConfig(level: GowningLevelId): GowningLevelConfig {
  return LEVELS[level];
}

/** The hub passes any GameLevel id; an id this game does not offer falls back to the job-fair version. */
export function toGowningLevel(level: GameLevel['id']): GowningLevelId {
  return level === 'normal' || level === 'hard' ? level : 'quick';
}
