// The three ways to play Data Detective: how fast the charts scroll and how many batches hide a fault. Pure data;
// numbers are tuning so round 1 takes about 1.5 minutes and a first-time player catches most faults on "easy".

import type { GameLevel } from '../sdk/types';

export type DataDetectiveLevel = Extract<GameLevel['id'], 'easy' | 'normal' | 'hard'>;
export type FaultKind = 'spike' | 'shift' | 'drift';

export interface LevelRules {
  readonly batches: number;
  /** How many of the batches carry a fault (on one sensor each). */
  readonly faultyBatches: number;
  /** Fault kinds the generator may use. */
  readonly faultKinds: readonly FaultKind[];
  /** Real milliseconds per new point at normal speed. */
  readonly msPerPoint: number;
}

export const LEVEL_RULES: Readonly<Record<DataDetectiveLevel, LevelRules>> = {
  easy: { batches: 5, faultyBatches: 3, faultKinds: ['spike', 'shift'], msPerPoint: 1100 },
  normal: { batches: 6, faultyBatches: 3, faultKinds: ['spike', 'shift', 'drift'], msPerPoint: 850 },
  hard: { batches: 7, faultyBatches: 4, faultKinds: ['spike', 'shift', 'drift'], msPerPoint: 650 },
};

export function toDataDetectiveLevel(level: GameLevel['id']): DataDetectiveLevel {
  return level === 'easy' || level === 'hard' ? level : 'normal';
}
