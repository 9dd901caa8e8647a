// The three ways to play Pipette Pro: how many tubes in the 1:10 series, how much diluent each tube holds (so the
// volume to transfer, and the pipette that suits it), and whether the advice line names the good practice before
// each choice. Pure data; the tube counts are tuning so a run takes about two minutes.

import type { GameLevel } from '../sdk/types';

export type PipetteLevel = Extract<GameLevel['id'], 'easy' | 'normal' | 'hard'>;

export interface LevelRules {
  /** Tubes to fill after the stock (one transfer each). */
  readonly transfers: number;
  /** Diluent already in each tube, µL; the transfer is diluent / 9 for a 1:10 dilution. */
  readonly diluentUl: number;
  /** Whether the advice line gives the good practice before each choice (easy). */
  readonly hints: boolean;
}

export const LEVEL_RULES: Readonly<Record<PipetteLevel, LevelRules>> = {
  // 100 µL into 900 µL: a P200 in its range.
  easy: { transfers: 3, diluentUl: 900, hints: true },
  // 200 µL into 1.8 mL: a P200 at its nominal volume, where its ISO limit is tightest in per cent (0.8 %).
  normal: { transfers: 4, diluentUl: 1800, hints: false },
  // 20 µL into 180 µL: a P20; small volumes, where every mistake weighs more.
  hard: { transfers: 5, diluentUl: 180, hints: false },
};

/** The hub may pass any level id; one this game does not offer falls back to normal. */
export function toPipetteLevel(level: GameLevel['id']): PipetteLevel {
  return level === 'easy' || level === 'hard' ? level : 'normal';
}
