// The numbers behind Purify It!: literature values for a monoclonal-antibody platform process, plus the tuning values
// the game needs. Every constant names its source; "tuning" marks values with no single literature figure, chosen so
// a run gives results like published platform processes (see README.md).

// ---- Harvest (from the bioreactor) --------------------------------------------------------------------------------
/** Harvest volume, L. Tuning: a 2,000 L single-use production bioreactor, a common commercial scale. */
export const HARVEST_VOLUME_L = 2000;
/** Antibody titre range of the harvest, g/L (seeded). Source: 1-5 g/L typical fed-batch titres (PMC3974816). */
export const TITRE_RANGE: readonly [number, number] = [2.5, 3.5];
/** Aggregates in the harvest, % of antibody. Tuning: a few % is usual for CHO harvests. */
export const HARVEST_AGGREGATES_PCT = 1.5;

// ---- Clarification -------------------------------------------------------------------------------------------------
/** Step yields of the clarification options. Per-step yield 90-95 %: TUNING ASSUMPTION (science.md: no source found). */
export const CLARIFICATION = {
  centrifugeAndFilter: { yield: 0.95, hcpFactor: 1, captureFactor: 1 },
  filterOnly: { yield: 0.92, hcpFactor: 1.2, captureFactor: 1 },
  /** Unclarified harvest clogs the Protein A column: capture recovers only part of the antibody. Tuning. */
  none: { yield: 1, hcpFactor: 3, captureFactor: 0.5 },
} as const;

// ---- Protein A capture ---------------------------------------------------------------------------------------------
/** Dynamic binding capacity of Protein A resin, mg antibody per mL resin (seeded in this range). Source: science.md (35-42). */
export const DBC_RANGE: readonly [number, number] = [35, 42];
/** Width of the breakthrough curve, mg/mL. Tuning: breakthrough rises from 10 % to 90 % over about 13 mg/mL. */
export const BREAKTHROUGH_WIDTH = 3;
/** DBC is quoted at 10 % breakthrough (industry convention for Protein A). */
export const DBC_BREAKTHROUGH = 0.1;
/** Column resin volume, L. Tuning: a 60 cm diameter column packed 14 cm high holds about 40 L. */
export const COLUMN_VOLUME_L = 40;
/** Load densities the player can choose, mg/mL. */
export const LOAD_MIN = 20;
export const LOAD_MAX = 55;
export const LOAD_STEP = 5;
export const LOAD_START = 30;
/** Cycles that fit in one production shift; more cost score (time, buffer, resin life). Game rule (tuning). */
export const CYCLES_PER_SHIFT = 4;

/** Wash options: step yield and the factor on host-cell protein left after capture. Tuning (typical wash effects). */
export const WASHES = {
  none: { yield: 1, hcpFactor: 4 },
  standard: { yield: 0.995, hcpFactor: 1 },
  intermediate: { yield: 0.98, hcpFactor: 0.4 },
} as const;
/** HCP after Protein A with a standard wash, ppm. Source: science.md, "several hundred to a few thousand ppm". */
export const HCP_AFTER_CAPTURE_PPM = 1500;

/** Elution pH choices. Protein A elutes at pH 3-4 (Shukla & Hubbard 2007; Liu et al. 2010, mAbs 2:480). */
export const ELUTION_PH_MIN = 2.8;
export const ELUTION_PH_MAX = 4.4;
export const ELUTION_PH_STEP = 0.2;
export const ELUTION_PH_START = 4.0;
/** Best elution recovery. Per-step yield 90-95 %+: TUNING ASSUMPTION. */
export const ELUTION_MAX_RECOVERY = 0.97;
/** pH at which only half the antibody lets go of Protein A, and the steepness. Tuning (elution at pH 3-4). */
export const ELUTION_MIDPOINT_PH = 4.0;
export const ELUTION_WIDTH_PH = 0.1;
/** Below this elution pH, acid makes antibodies clump (aggregate). Tuning inside the pH 3-4 elution window: no source
 *  in science.md gives a number (see README, "Acid-induced aggregation"). The gauge's green band starts here. */
export const ACID_AGGREGATION_PH = 3.3;
/** Highest elution pH the gauge calls good: still at least 90 % recovery (the recovery gauge's green band). Tuning. */
export const ELUTION_PH_GOOD_MAX = 3.6;
/** The elution gauge: its track and its green band, which the model's aggregation threshold opens (tested). */
export const ELUTION_GAUGE = { min: 2.6, max: 4.6, good: [ACID_AGGREGATION_PH, ELUTION_PH_GOOD_MAX] } as const;
/** Extra aggregates per pH unit below ACID_AGGREGATION_PH, %. Tuning. */
export const ACID_AGGREGATES_PER_PH = 6;

// ---- Low-pH hold (virus inactivation) -------------------------------------------------------------------------------
/** Virus reduction the hold must reach, log10 (100,000x). Source: ASTM E2888-12 (science.md). */
export const VIRUS_LRV_TARGET = 5;
/** Calibration point: pH 3.6 held 30 min gives exactly the 5-log target (ASTM E2888-12 style conditions). */
export const LRV_REFERENCE_PH = 3.6;
export const LRV_REFERENCE_MINUTES = 30;
/** Tenfold faster inactivation per this many pH units lower. Tuning (retrovirus inactivation slows sharply above pH 3.8). */
export const LRV_PH_DECADE = 0.5;
/** Highest log reduction the virus assay can show. Tuning (assay limit). */
export const LRV_ASSAY_LIMIT = 6.5;
export const HOLD_PH_MIN = 3.3;
export const HOLD_PH_MAX = 4.2;
export const HOLD_PH_STEP = 0.1;
export const HOLD_PH_START = 3.8;
export const HOLD_MINUTES: readonly number[] = [15, 30, 45, 60, 90, 120];
export const HOLD_MINUTES_START_INDEX = 0;
/** Extra aggregates per hour per pH unit below 3.7 during the hold, %. Tuning. */
export const HOLD_AGGREGATES_PER_HOUR_PH = 1;
export const HOLD_AGGREGATION_PH = 3.7;
/** Step yield of hold, neutralisation and depth filtration. TUNING ASSUMPTION (90-95 %+ per step). */
export const HOLD_YIELD = 0.98;

// ---- Polishing: cation-exchange chromatography, bind and elute with a salt gradient ----------------------------------
/** Fractions collected across the gradient. Game design. */
export const FRACTION_COUNT = 20;
/** Where each species elutes (centre and spread, in fractions). Tuning: on cation exchange, host-cell proteins elute
 * mostly before the antibody and aggregates after it (bind more strongly), as in platform CEX steps. */
export const MONOMER_PEAK = { centre: 10.5, spread: 1.6 } as const;
export const AGGREGATE_PEAK = { centre: 14, spread: 1.3 } as const;
export const HCP_PEAKS: readonly { readonly centre: number; readonly spread: number; readonly share: number }[] = [
  { centre: 5, spread: 1.2, share: 0.96 },
  { centre: 11, spread: 3, share: 0.04 },
];
/** Monomer lost on the column whatever the cut (binding, regeneration). TUNING ASSUMPTION. */
export const POLISH_COLUMN_YIELD = 0.98;
export const CUT_START = 7;
export const CUT_END = 16;

// ---- UF/DF ---------------------------------------------------------------------------------------------------------
/** Constant-volume diafiltration leaves e^(-N) of the old buffer after N diavolumes (standard TFF equation). */
export const DIAVOLUME_MIN = 3;
export const DIAVOLUME_MAX = 10;
export const DIAVOLUME_START = 4;
/** Diavolumes the platform recipe uses when the level runs UF/DF for the player. Tuning (99.9 % exchange). */
export const RECIPE_DIAVOLUMES = 7;
/** Buffer exchange the formulation needs, fraction. Tuning (99.5 %: about 6 diavolumes, a common platform choice). */
export const BUFFER_EXCHANGE_TARGET = 0.995;
/** UF/DF step yield at 0 diavolumes and the loss per diavolume. TUNING ASSUMPTION (per-step 90-95 %+). */
export const UFDF_BASE_YIELD = 0.985;
export const UFDF_LOSS_PER_DIAVOLUME = 0.002;

// ---- Release and stars ---------------------------------------------------------------------------------------------
/** Host-cell protein limit, ppm. Tuning: drug-substance specifications are commonly set below 100 ppm. */
export const HCP_LIMIT_PPM = 100;
/** Aggregate limit, %. Tuning: monomer purity of at least 98 % is a common specification. */
export const AGGREGATE_LIMIT_PCT = 2;
/** Stars: a batch that passes every release test earns 1; overall yield bands for 2 and 3. Tuning: platform
 * processes recover roughly 60-80 % overall. */
export const YIELD_FOR_TWO_STARS = 0.6;
export const YIELD_FOR_THREE_STARS = 0.7;
/** Three stars also need this purity. Tuning. */
export const HCP_FOR_THREE_STARS_PPM = 50;
export const AGGREGATES_FOR_THREE_STARS_PCT = 1;
