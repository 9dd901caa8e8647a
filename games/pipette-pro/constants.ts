// Every number of Pipette Pro, with its source or marked "tuning". The science and the sources are in README.md.
// Volumes are in microlitres (µL); errors are fractions of the volume (0.025 = 2.5 %) unless the name says µL.

export type PipetteId = 'p10' | 'p20' | 'p200' | 'p1000';

export interface PipetteSpec {
  readonly id: PipetteId;
  /** Nominal (largest) volume, µL. */
  readonly nominal: number;
  /** Smallest volume of its useful range, µL: 10 % of nominal (Rainin/Eppendorf ranges, e.g. L-200 20-200 µL). */
  readonly minimum: number;
  /** ISO 8655-2:2002, Table 1: maximum permissible systematic error at nominal volume, ± µL (applies over the range). */
  readonly mpeSystematicUl: number;
  /** ISO 8655-2:2002, Table 1: maximum permissible random error (repeatability standard deviation) at nominal, µL. */
  readonly mpeRandomUl: number;
}

/**
 * The four pipettes on the bench, smallest first. MPEs: ISO 8655-2:2002 Table 1 (single-channel, variable volume):
 * 10 µL ±0.12/0.08 µL (1.2 %/0.8 %), 20 µL ±0.20/0.10 µL (1.0 %/0.5 %), 200 µL ±1.6/0.6 µL (0.8 %/0.3 %),
 * 1000 µL ±8/3 µL (0.8 %/0.3 %). The µL values hold over the whole range, so at 200 µL a 1000 µL pipette may be 4 %
 * off (Table 2 of the TSI Journals calibration study, 2019, quoting ISO 8655: 200 µL -> ±8 µL = 4 %, 3 µL = 1.5 %).
 */
export const PIPETTES: readonly PipetteSpec[] = [
  { id: 'p10', nominal: 10, minimum: 1, mpeSystematicUl: 0.12, mpeRandomUl: 0.08 },
  { id: 'p20', nominal: 20, minimum: 2, mpeSystematicUl: 0.2, mpeRandomUl: 0.1 },
  { id: 'p200', nominal: 200, minimum: 20, mpeSystematicUl: 1.6, mpeRandomUl: 0.6 },
  { id: 'p1000', nominal: 1000, minimum: 100, mpeSystematicUl: 8, mpeRandomUl: 3 },
];

/**
 * A well-kept pipette in calibration uses only part of its allowance. Tuning: its own systematic error is 30 % of
 * the ISO MPE (sign from the seed) and its own random error 30 % of the random MPE, the noise cut at ±2 standard
 * deviations, so a run with perfect technique on the right pipette always stays inside the ISO limits (tested).
 */
export const INSTRUMENT_SHARE_OF_SYSTEMATIC_MPE = 0.3;
export const INSTRUMENT_SHARE_OF_RANDOM_MPE = 0.3;
export const NOISE_CLIP_SD = 2;

/** The dilution the QC test needs: each tube 1 part sample in 10 parts in total (a 1:10 series). */
export const DILUTION_FACTOR = 10;
/** Concentration of the stock solution, ng/mL. Tuning: round, so the series reads 1000, 100, 10, 1, 0.1. */
export const STOCK_NG_PER_ML = 10000;

/**
 * Not pre-wetting a new tip: the dry air cushion takes up vapour and the tip delivers less. Artel (Lab Report 2 and
 * "Is your pipetting technique causing problems?"): a 20 µL pipette delivered about 0.5 µL low without pre-wetting,
 * i.e. -2.5 %, consistently (a systematic error). Thermo Fisher "10 steps" and Rodrigues 2006: pre-wet 3 times.
 */
export const NO_PREWET_ERROR = -0.025;
/**
 * Tip touching the surface only (about 1 mm, too shallow for the volume): air can be drawn in with the liquid.
 * Rules: Eppendorf and Rainin guides, 2-3 mm for small tips and 3-6 mm for large ones. Size: tuning, -4 % with
 * 1.5 % extra random error (air is drawn irregularly).
 */
export const TOO_SHALLOW_ERROR = -0.04;
export const TOO_SHALLOW_EXTRA_RANDOM = 0.015;
/** Tip 10 mm deep: liquid clings to the outside of the tip and is carried over. Rule as above; size tuning: +2 %. */
export const TOO_DEEP_ERROR = 0.02;
/**
 * Drawing with the pipette tilted (45°) instead of vertical: METTLER TOLEDO Rainin "Pipetting techniques" asks for
 * no more than 20° off vertical while aspirating; a tilted column draws in more liquid. Size: tuning, +2.5 % with
 * 0.5 % extra random error.
 */
export const TILTED_ERROR = 0.025;
export const TILTED_EXTRA_RANDOM = 0.005;
/**
 * Pressing to the second stop before drawing: the blow-out stroke is drawn in too (the "reverse" mode, which Thermo
 * Fisher's guide says over-delivers). Size: tuning, +6 % of the set volume.
 */
export const SECOND_STOP_DRAW_ERROR = 0.06;
/** Dispensing to the first stop only: the last drop stays in the tip (forward mode needs the blow-out). Tuning: -3 %. */
export const FIRST_STOP_DISPENSE_ERROR = -0.03;
/**
 * Keeping the tip of the previous, ten times stronger tube: a film left in the tip adds sample. Tuning: the film is
 * 0.5 % of the transfer volume, at the previous tube's concentration (about +5 % of sample in a 1:10 series).
 */
export const CARRYOVER_FILM_FRACTION = 0.005;
/**
 * A tube not mixed after dispensing: the sample sits as a layer, and the next draw (or the QC test) takes liquid
 * of the wrong strength. Tuning: 30 % weaker on average, ±10 % from draw to draw.
 */
export const UNMIXED_BIAS = -0.3;
export const UNMIXED_SPREAD = 0.1;

/**
 * The QC test accepts a dilution within ±10 % of its target (tuning, within the ±10-20 % acceptance ranges common in
 * bioassays); outside it, a good batch can be rejected or a bad one released.
 */
export const QC_TOLERANCE = 0.1;

/** Points: per right choice, for a series within the ISO limits, and for a last tube within the QC tolerance. */
export const POINTS_PER_RIGHT_CHOICE = 10;
export const POINTS_ISO = 150;
export const POINTS_QC = 100;
