// Every number of Cell Therapy Race, with its source or marked "tuning". Time is counted in model steps of a quarter
// of a day (6 hours); durations below are in days and converted with daysToSteps().
// Science: shared/content/science.md, "Cell therapy (autologous CAR-T)".

/** Fixed time step of the model: 4 steps per day (6 hours each). Tuning: fine enough for 1-day steps to look smooth. */
export const STEPS_PER_DAY = 4;
/** Real milliseconds per simulated day at 1x (games/kit/runClock.ts). Tuning: long enough to read a card, short enough
 * not to bore: a typical 35-45-day run of several patients lasts about 2-2.5 minutes plus thinking time. */
export const MS_PER_DAY_AT_1X = 3200;
export const MS_PER_STEP_AT_1X = MS_PER_DAY_AT_1X / STEPS_PER_DAY;

export function daysToSteps(days: number): number {
  return Math.round(days * STEPS_PER_DAY);
}

/**
 * Fresh apheresis bag travels from the hospital to the plant in 2-8 °C packaging: 1 day. Tuning (same-country
 * courier); PMC5966018 describes shipping fresh or cryopreserved leukapheresis to the central facility.
 */
export const COURIER_TO_PLANT_DAYS = 1;
/**
 * A fresh (not frozen) bag must be in a cleanroom suite within this many days of reaching the plant, or the T cells
 * are too old to use. Tuning inside the 24-72 h stability usually given for fresh leukapheresis at 2-8 °C
 * (PMC5966018: sites cryopreserve the apheresis when they cannot process it quickly).
 */
export const FRESH_WINDOW_DAYS = 2;
/** A frozen bag keeps, but thawing adds this to the activation step. Tuning. */
export const THAW_EXTRA_DAYS = 1;
/** Sending a mislabelled bag back so the hospital relabels and re-verifies it. Tuning. */
export const RELABEL_DAYS = 1;
/** When a fresh bag expires, the hospital needs this long to book a new leukapheresis. Tuning. */
export const RECOLLECTION_DELAY_DAYS = 3;

/**
 * Manufacturing steps. Activation (anti-CD3/CD28) 1 day, gene transfer with a viral vector 1 day, expansion 8 days,
 * QC release testing 5 days: with the 1-day courier that is 16 days from collection to release, the axi-cel
 * manufacturing median before 2024 (science.md: median 16 -> 14 days, collection to release). Split between steps:
 * tuning, following the process outline in PMC5966018.
 */
export const ACTIVATION_DAYS = 1;
export const GENE_TRANSFER_DAYS = 1;
export const EXPANSION_DAYS = 8;
export const QC_DAYS = 5;
/** A slow expansion (too few CAR-T cells on the last day) is given this many extra days in the suite. Tuning. */
export const EXTRA_EXPANSION_DAYS = 3;
/** An out-of-specification QC result is investigated and the test repeated: this many more days. Tuning. */
export const QC_RETEST_DAYS = 2;

/**
 * Cryo-shipping in a liquid-nitrogen dry shipper to the treating hospital, plus receipt into its storage: 2 days.
 * A delayed courier adds DELAYED_COURIER_EXTRA_DAYS. Tuning.
 */
export const CRYO_SHIPPING_DAYS = 2;
export const DELAYED_COURIER_EXTRA_DAYS = 3;
/**
 * Before infusion the patient gets a short conditioning treatment (lymphodepletion) that starts when the product is
 * shipped and lasts 3 days (PMC5966018: lymphodepleting chemotherapy in the days before infusion). Tuning: 3 days.
 */
export const CONDITIONING_DAYS = 3;

/** The run stops after this many days even if patients are still waiting (the results count them as not treated). */
export const MAX_RUN_DAYS = 90;

/**
 * Real vein-to-vein medians (days from collection to infusion), PMC10431072: axi-cel 30.4, tisa-cel 48.4,
 * liso-cel 35.9; axi-cel in the US 27.0 and in Europe 38.0.
 */
export const REAL_MEDIANS = { axiCel: 30.4, tisaCel: 48.4, lisoCel: 35.9, axiCelUs: 27.0, axiCelEurope: 38.0 } as const;

/**
 * Star thresholds on the mean vein-to-vein time of treated patients: faster than the overall axi-cel median (30.4 d)
 * for three stars, than the European axi-cel median (38.0 d) for two. A prompt, careful player reaches about 22 days
 * on easy and 26-30 on normal and hard (model.test.ts), so three stars need quick, careful play, not perfection.
 */
export const THREE_STAR_MEAN_DAYS = REAL_MEDIANS.axiCel;
export const TWO_STAR_MEAN_DAYS = REAL_MEDIANS.axiCelEurope;
