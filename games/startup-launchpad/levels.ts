// The three ways to play Start-up Launchpad: the money the spin-off starts with (public support and the founders'
// first funds), whether the lab has a backup molecule, whether a partner talks to a team without a business
// developer, and whether a misled investor still invests. Pure data; numbers are tuning, explained in README.md.

import type { GameLevel } from '../sdk/types';

export type LaunchpadLevel = Extract<GameLevel['id'], 'easy' | 'normal' | 'hard'>;

export interface LevelRules {
  /** Millions of euros in the bank on day one (FIRST Spin-off and Win4Company support, the founders' own funds). */
  readonly startCash: number;
  /** The lab has a backup molecule that can take Phase II again once if the first one fails there. */
  readonly backupMolecule: boolean;
  /** A partner company talks to the start-up even without a business developer in the team. */
  readonly partnerWithoutBusinessDeveloper: boolean;
  /** Investors who were misled once refuse to invest again (otherwise they take a bigger share). */
  readonly misledInvestorsRefuse: boolean;
  /** Without a quality person, a batch of the medicine fails its checks before Phase II. */
  readonly batchProblemWithoutQuality: boolean;
}

export const LEVEL_RULES: Readonly<Record<LaunchpadLevel, LevelRules>> = {
  easy: { startCash: 6, backupMolecule: true, partnerWithoutBusinessDeveloper: true, misledInvestorsRefuse: false, batchProblemWithoutQuality: false },
  normal: { startCash: 4, backupMolecule: false, partnerWithoutBusinessDeveloper: false, misledInvestorsRefuse: false, batchProblemWithoutQuality: true },
  hard: { startCash: 3, backupMolecule: false, partnerWithoutBusinessDeveloper: false, misledInvestorsRefuse: true, batchProblemWithoutQuality: true },
};

/** The hub may pass any level id; one this game does not offer falls back to normal. */
export function toLaunchpadLevel(level: GameLevel['id']): LaunchpadLevel {
  return level === 'easy' || level === 'hard' ? level : 'normal';
}
