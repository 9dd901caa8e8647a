// What each difficulty level hands to the player and what it leaves to automatic controllers. Pure data.

export const BIOREACTOR_LEVELS = ['easy', 'normal', 'hard'] as const;
export type BioreactorLevel = (typeof BIOREACTOR_LEVELS)[number];

export interface LevelRules {
  /** The player adds base / sparges CO2; otherwise an automatic pH controller does. */
  readonly manualPH: boolean;
  /** The player sets stirring and aeration; otherwise an automatic DO controller does. */
  readonly manualOxygen: boolean;
  /** The player chooses when to cool to 33 C; otherwise the recipe cools on a fixed day. */
  readonly manualTemperature: boolean;
  /** A seeded incident (foaming or a contamination scare) happens during the run. */
  readonly incident: boolean;
}

export const LEVEL_RULES: Readonly<Record<BioreactorLevel, LevelRules>> = {
  easy: { manualPH: false, manualOxygen: false, manualTemperature: false, incident: false },
  normal: { manualPH: true, manualOxygen: true, manualTemperature: true, incident: false },
  hard: { manualPH: true, manualOxygen: true, manualTemperature: true, incident: true },
};

/** In easy runs the recipe cools the vessel on this hour (day 6), a common point for a temperature shift. */
export const RECIPE_TEMPERATURE_SHIFT_HOUR = 6 * 24;

/** Automatic pH control band: base below, CO2 above (inside 6.9-7.4, around the 7.2 setpoint). */
export const AUTO_PH_LOW = 7.1;
export const AUTO_PH_HIGH = 7.3;

/** Automatic DO control aims to keep at least this % air saturation (the 30-50 % practice band). */
export const AUTO_DO_TARGET = 40;

export function isBioreactorLevel(value: string): value is BioreactorLevel {
  return (BIOREACTOR_LEVELS as readonly string[]).includes(value);
}
