// What each difficulty level asks of the player. Pure data.

export const CODE_OF_LIFE_LEVELS = ['easy', 'normal'] as const;
export type CodeOfLifeLevel = (typeof CODE_OF_LIFE_LEVELS)[number];

export interface LevelRules {
  /** Bases of the mRNA the player pairs by hand before RNA polymerase finishes the rest (whole codons). */
  readonly basesByHand: number;
  /** Mutation questions in round 2 (taken in a seeded order from MUTATIONS). */
  readonly mutationQuestions: number;
  /** The wheel lights up the ring the next letter is picked from. */
  readonly wheelHint: boolean;
}

export const LEVEL_RULES: Readonly<Record<CodeOfLifeLevel, LevelRules>> = {
  easy: { basesByHand: 6, mutationQuestions: 3, wheelHint: true },
  normal: { basesByHand: 12, mutationQuestions: 4, wheelHint: false },
};

export function isCodeOfLifeLevel(value: string): value is CodeOfLifeLevel {
  return (CODE_OF_LIFE_LEVELS as readonly string[]).includes(value);
}
