// The three ways to play Cell Therapy Race: how many patients, how many cleanroom suites and QC slots, and which
// seeded events happen. Pure data; numbers are tuning so a first try takes about 3-4 minutes.

import type { GameLevel } from '../sdk/types';

export type CellTherapyLevel = Extract<GameLevel['id'], 'easy' | 'normal' | 'hard'>;

export type EventKind = 'mislabelledBag' | 'failedExpansion' | 'qcOutOfSpec' | 'delayedCourier';

export interface LevelRules {
  readonly patients: number;
  /** Days between two patients' leukapheresis (collection) dates. */
  readonly collectionIntervalDays: number;
  readonly suites: number;
  readonly qcSlots: number;
  /** Seeded events, each given to a different patient chosen by the seed. */
  readonly events: readonly EventKind[];
}

export const LEVEL_RULES: Readonly<Record<CellTherapyLevel, LevelRules>> = {
  easy: { patients: 3, collectionIntervalDays: 3, suites: 2, qcSlots: 2, events: ['mislabelledBag', 'delayedCourier'] },
  normal: { patients: 4, collectionIntervalDays: 2, suites: 2, qcSlots: 1, events: ['mislabelledBag', 'failedExpansion', 'qcOutOfSpec', 'delayedCourier'] },
  hard: { patients: 5, collectionIntervalDays: 2, suites: 2, qcSlots: 1, events: ['mislabelledBag', 'failedExpansion', 'qcOutOfSpec', 'delayedCourier', 'mislabelledBag'] },
};

/** The hub may pass any level id; one this game does not offer falls back to normal. */
export function toCellTherapyLevel(level: GameLevel['id']): CellTherapyLevel {
  return level === 'easy' || level === 'hard' ? level : 'normal';
}
