// Every number of Data Detective, with its source or marked "tuning". Science: shared/content/science.md,
// "Digitalisation in biomanufacturing" (control-chart rules, soft sensors) and the CHO bioreactor table (setpoints).

export const SENSORS = ['temperature', 'pH', 'oxygen', 'biomass'] as const;
export type SensorId = (typeof SENSORS)[number];

export interface SensorSpec {
  /** Centre line of the control chart: the process setpoint. */
  readonly centre: number;
  /** One standard deviation of the in-control process (measurement noise plus normal control wobble). */
  readonly sigma: number;
  /** Digits to show. */
  readonly digits: number;
}

/**
 * Setpoints: 37 °C, pH 7.2 and 30-50 % dissolved oxygen are the CHO fed-batch values of science.md
 * (PMC6816350, PMC2796705, bioprocess practice). The soft sensor estimates viable biomass from the oxygen uptake rate
 * (Frontiers in Bioengineering 2019, 10.3389/fbioe.2019.00195); it is charted as a percentage of the "golden batch"
 * trajectory, so in control it sits at 100 %. Sigmas are tuning, of the order of probe accuracy (±0.1 °C, ±0.02 pH,
 * a few % DO) and of the soft sensor's error.
 */
export const SENSOR_SPECS: Readonly<Record<SensorId, SensorSpec>> = {
  temperature: { centre: 37.0, sigma: 0.08, digits: 2 },
  pH: { centre: 7.2, sigma: 0.02, digits: 2 },
  oxygen: { centre: 40, sigma: 2, digits: 1 },
  biomass: { centre: 100, sigma: 4, digits: 0 },
};

/** Round 1: points per batch (one reading every 45 min of a 12-hour production phase, compressed). Tuning. */
export const POINTS_PER_BATCH = 16;

/** Round 2: a labelled example or a test case is a window of this many points of one sensor. Tuning. */
export const WINDOW_POINTS = 10;
/** Examples the player labels, and test windows the trained model then flags. Tuning. */
export const TRAINING_EXAMPLES = 8;
export const TEST_WINDOWS = 24;
/** The "too few examples" experiment keeps only this many of the player's labels. */
export const FEW_EXAMPLES = 2;
/** The "wrong labels" experiment flips this many of the player's labels. */
export const FLIPPED_LABELS = 3;

/** Logistic regression training: plain gradient descent with a little L2 regularisation. Tuning. */
export const LEARNING_RATE = 0.5;
export const TRAINING_ITERATIONS = 400;
export const L2_PENALTY = 0.01;

/**
 * Fault sizes in sigmas. Tuning, chosen so each fault breaks a control rule within a batch (the generator checks it)
 * yet is not obvious at a glance: a spike (a sensor glitch or a real excursion) 3.3-4.2 sigma; a step shift
 * (e.g. a recalibrated probe or a changed feed) of 1.3-1.8 sigma; a slow drift (a fouling probe, a controller
 * wandering) of 0.18-0.3 sigma per point.
 */
export const SPIKE_SIGMA = [3.3, 4.2] as const;
export const SHIFT_SIGMA = [1.3, 1.8] as const;
export const DRIFT_SIGMA_PER_POINT = [0.18, 0.3] as const;
