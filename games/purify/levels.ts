// What each difficulty level asks of the player. Pure data.

export const PURIFY_LEVELS = ['easy', 'normal'] as const;
export type PurifyLevel = (typeof PURIFY_LEVELS)[number];

export interface LevelRules {
  /** The clarification and UF/DF steps are chosen by the player (otherwise the platform recipe runs them). */
  readonly manualClarification: boolean;
  readonly manualUfdf: boolean;
  /** The resin's measured binding capacity is shown before loading. */
  readonly showCapacity: boolean;
}

export const LEVEL_RULES: Readonly<Record<PurifyLevel, LevelRules>> = {
  easy: { manualClarification: false, manualUfdf: false, showCapacity: true },
  normal: { manualClarification: true, manualUfdf: true, showCapacity: true },
};

export function isPurifyLevel(value: string): value is PurifyLevel {
  return (PURIFY_LEVELS as readonly string[]).includes(value);
}
