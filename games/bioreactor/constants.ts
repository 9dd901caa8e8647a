// The numbers behind Bioreactor Balance: literature values for a CHO fed-batch culture making a monoclonal antibody,
// plus the few tuning values the game needs. Every constant names its source; values marked "tuning" have none and
// were chosen so a run looks like published fed-batch curves (see README.md).

// ---- Run length and time step -------------------------------------------------------------------------------------
/** A fed-batch run lasts 14 days. Source: PMC6816350 (https://pmc.ncbi.nlm.nih.gov/articles/PMC6816350). */
export const RUN_DAYS = 14;
/** One model step is one simulated hour. Game design choice (fixed step, see README "time compression"). */
export const HOURS_PER_STEP = 1;
export const RUN_HOURS = RUN_DAYS * 24;
/** Sub-steps per hour for the explicit integration, so fast glucose use near zero stays positive. Numerical choice. */
export const SUBSTEPS_PER_HOUR = 4;
/** Real seconds for a whole run at 1x speed (about 3 minutes). Game design choice. */
export const REAL_SECONDS_PER_RUN_AT_1X = 180;
/** Real milliseconds per model step at 1x: 180 s / 336 steps, about 0.54 s per simulated hour (games/kit/runClock.ts). */
export const MS_PER_STEP_AT_1X = (REAL_SECONDS_PER_RUN_AT_1X * 1000) / (RUN_HOURS / HOURS_PER_STEP);

// ---- Inoculum and medium ------------------------------------------------------------------------------------------
/** Seeding density, cells/mL. Source: PMC6816350, "conventional" fed-batch seeding ~0.5e6 cells/mL. */
export const SEEDING_DENSITY = 0.5e6;
/** Viability of the seed culture. Tuning: seed trains are passaged above 95 % viability (bioprocess practice). */
export const SEEDING_VIABILITY = 0.97;
/** Glucose in the basal medium, mM (about 6 g/L). Tuning: typical chemically defined CHO media hold 25-40 mM. */
export const INITIAL_GLUCOSE = 33;

// ---- Monod growth and death (PMC5874891, table 2: https://pmc.ncbi.nlm.nih.gov/articles/PMC5874891/) ---------------
/** Maximum specific growth rate, 1/h (doubling about 18 h). Source: PMC5874891 table 2. */
export const MU_MAX = 0.039;
/** Basal specific death rate, 1/h. Source: PMC5874891 table 2. */
export const DEATH_RATE = 0.004;
/** Monod half-saturation constant for glucose, mM. Source: PMC5874891 table 2. */
export const K_GLUCOSE = 1.0;
/** Lactate inhibition constant, mM: growth is halved at this lactate level. Source: PMC5874891 table 2. */
export const KI_LACTATE = 43;
/** Ammonium inhibition constant, mM. Source: PMC5874891 table 2. */
export const KI_AMMONIUM = 6.51;
/** Cells formed per mmol of glucose taken up for growth. Source: PMC5874891 table 2 (0.357e9 cells/mmol). */
export const YIELD_CELLS_PER_GLUCOSE = 0.357e9;
/** Lactate made per glucose, mmol/mmol. Source: PMC5874891 table 2. Applied to growth-linked uptake (README). */
export const YIELD_LACTATE_PER_GLUCOSE = 0.7;
/** Glucose used for maintenance, mmol/cell/h. Source: PMC5874891 table 2 (69.2e-12). */
export const GLUCOSE_MAINTENANCE = 69.2e-12;
/** Antibody made per viable cell, g/cell/h (about 36 pg/cell/day). Source: PMC5874891 table 2 (1.51e-12). */
export const SPECIFIC_PRODUCTIVITY = 1.51e-12;

// ---- Extra terms the game needs (no single literature value: tuning, documented in README) ----------------------------
/** Ammonium released per new cell, mmol/cell (glutamine breakdown). Tuning: gives 5-8 mM by day 14, as in fed-batch reports. */
export const AMMONIUM_PER_NEW_CELL = 4.0e-10;
/** Share of kd that applies before any by-product has built up. Tuning: young cultures stay above 95 % viable. */
export const BASAL_DEATH_FLOOR = 0.2;
/** Dead cells break apart (lyse) and leave the count, 1/h. Tuning: dead cells disappear over a few days. */
export const LYSIS_RATE = 0.02;
/** Extra death rate when glucose runs out, 1/h. Tuning: starving cultures lose most viability within 2-3 days. */
export const STARVATION_DEATH_RATE = 0.03;
/** Glucose level, mM, at which the starvation death term is half its maximum. Tuning. */
export const K_STARVATION = 0.3;
/** Lactate taken back up per cell once growth slows (the "metabolic shift"), mmol/cell/h. Tuning. */
export const LACTATE_UPTAKE_MAX = 4.0e-11;
/** Half-saturation of lactate uptake, mM. Tuning. */
export const K_LACTATE_UPTAKE = 5;
/** Specific growth rate below which cells switch to taking lactate back up, 1/h. Tuning. */
export const LACTATE_SHIFT_GROWTH_RATE = 0.015;
/** Glucose above this, mM, makes the medium too concentrated (osmotic stress). Tuning: fed-batch keeps 10-40 mM. */
export const GLUCOSE_OSMOTIC_LIMIT = 60;

// ---- Feeding ------------------------------------------------------------------------------------------------------
/** Glucose added by one feed bolus, mM (about 3.6 g/L, with the nutrients of the feed medium). Tuning. */
export const FEED_GLUCOSE_BOLUS = 20;

// ---- Temperature (Bollati-Fogolin et al., "Temperature reduction in cultures of CHO cells") ------------------------
export const TEMPERATURE_STANDARD = 37;
/** A shift to about 33 C. Source: Bollati-Fogolin et al. */
export const TEMPERATURE_SHIFTED = 33;
/** How fast the jacket moves the culture temperature, C/h. Tuning (a few hours for a pilot vessel). */
export const TEMPERATURE_RAMP_PER_HOUR = 1;
/** Growth at 33 C relative to 37 C. Source: Bollati-Fogolin et al. report slower growth; the factor is tuning. */
export const GROWTH_FACTOR_AT_SHIFTED = 0.5;
/** Death at 33 C relative to 37 C. Bollati-Fogolin et al.: viability stays higher; the factor is tuning. */
export const DEATH_FACTOR_AT_SHIFTED = 0.55;
/** Productivity at 33 C relative to 37 C. Bollati-Fogolin et al.: specific productivity rises; the factor is tuning. */
export const PRODUCTIVITY_FACTOR_AT_SHIFTED = 1.15;

// ---- pH (PMC2796705: 6.9-7.4 keeps growth near maximum; 7.2 a common setpoint) -----------------------------------------
export const PH_SETPOINT = 7.2;
/** Start pH of fresh, CO2-equilibrated medium. Tuning (slightly above the setpoint, as in practice). */
export const INITIAL_PH = 7.25;
/** Growth is near maximum between these pH values. Source: PMC2796705. */
export const PH_OPTIMUM_LOW = 6.9;
export const PH_OPTIMUM_HIGH = 7.4;
/** How quickly growth falls outside the optimum (Gaussian width, pH units). Tuning. */
export const PH_TOLERANCE_WIDTH = 0.22;
/** The lowest and highest pH the culture can reach in the game (sensor range). Game limit. */
export const PH_MIN = 6.2;
export const PH_MAX = 8.0;
/** pH drop per mM of lactate produced (bicarbonate-buffered medium). Tuning. */
export const PH_DROP_PER_LACTATE = 0.02;
/** pH rise per hour per oxygen level from CO2 stripped out by aeration. Tuning. */
export const PH_RISE_PER_AERATION_LEVEL = 0.0006;
/** pH change of one dose of base (sodium carbonate) or one CO2 sparge. Tuning. */
export const PH_CONTROL_DOSE = 0.1;
/** Extra death rate at a pH far outside the optimum, 1/h. Tuning. */
export const PH_STRESS_DEATH_RATE = 0.03;

// ---- Dissolved oxygen (30-50 % air saturation setpoints: bioprocess practice) ---------------------------------------
/** Oxygen transfer coefficient kLa (1/h) for each stirring/aeration level 1..5. Tuning: CHO vessels run 2-20 /h. */
export const KLA_BY_OXYGEN_LEVEL = [3, 6, 10, 15, 20] as const;
export const OXYGEN_LEVEL_MIN = 1;
export const OXYGEN_LEVEL_MAX = 5;
export const INITIAL_OXYGEN_LEVEL = 2;
/** Oxygen use, in % air saturation per hour per 1e6 viable cells/mL. Tuning: about 0.2 pmol O2/cell/h. */
export const OXYGEN_UPTAKE_PER_MILLION_CELLS = 100;
/** Dissolved oxygen setpoint range, % air saturation. Source: bioprocess practice (science.md). */
export const DO_SETPOINT_LOW = 30;
export const DO_SETPOINT_HIGH = 50;
/** Below this DO, % air saturation, growth slows in proportion. Tuning. */
export const DO_LIMITING = 15;
/** Extra death rate in a culture without oxygen, 1/h. Tuning. */
export const HYPOXIA_DEATH_RATE = 0.02;
/** Extra death rate from shear at the two highest stirring levels, 1/h. Tuning (bubble bursting damages cells). */
export const SHEAR_DEATH_RATE_BY_OXYGEN_LEVEL = [0, 0, 0, 0.0005, 0.0015] as const;

// ---- Harvest and scoring ------------------------------------------------------------------------------------------
/** Harvest viability below this fails the batch (dying cells release host-cell proteins). Game rule. */
export const HARVEST_VIABILITY_THRESHOLD = 0.6;
/** Titre bands for 1, 2 and 3 stars, g/L. Source: typical fed-batch titres are 1-5 g/L (PMC3974816). */
export const STAR_TITRE_BANDS = [1, 2.5, 4] as const;
