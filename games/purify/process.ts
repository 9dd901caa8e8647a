// The unit operations of the purification, as pure functions of the player's choices: how much antibody each step
// keeps and what it does to host-cell protein (HCP), aggregates, virus and buffer. The model strings them together.

import {
  ACID_AGGREGATES_PER_PH,
  ACID_AGGREGATION_PH,
  BREAKTHROUGH_WIDTH,
  DBC_BREAKTHROUGH,
  ELUTION_MAX_RECOVERY,
  ELUTION_MIDPOINT_PH,
  ELUTION_WIDTH_PH,
  HOLD_AGGREGATES_PER_HOUR_PH,
  HOLD_AGGREGATION_PH,
  LRV_ASSAY_LIMIT,
  LRV_PH_DECADE,
  LRV_REFERENCE_MINUTES,
  LRV_REFERENCE_PH,
  UFDF_BASE_YIELD,
  UFDF_LOSS_PER_DIAVOLUME,
  VIRUS_LRV_TARGET,
} from './constants';

/**
 * Share of the antibody loaded that runs through the column unbound (lost to the flow-through), for a load density
 * in mg/mL resin. Breakthrough follows a logistic curve in the amount loaded whose value is 10 % at the dynamic binding
 * capacity; the loss is its average over the whole load.
 */
export function flowThroughLoss(loadDensity: number, dynamicBindingCapacity: number): number {
  if (loadDensity <= 0) return 0;
  const w = BREAKTHROUGH_WIDTH;
  const midpoint = dynamicBindingCapacity + w * Math.log((1 - DBC_BREAKTHROUGH) / DBC_BREAKTHROUGH);
  // Integral of 1/(1+exp(-(m-mid)/w)) dm from 0 to L, divided by L (softplus form, stable for large arguments).
  const softplus = (x: number): number => (x > 30 ? x : Math.log1p(Math.exp(x)));
  const integral = w * (softplus((loadDensity - midpoint) / w) - softplus(-midpoint / w));
  return Math.min(1, Math.max(0, integral / loadDensity));
}

/** Protein A cycles needed for the whole harvest (the column is reused). */
export function captureCycles(antibodyGrams: number, loadDensity: number, columnVolumeL: number): number {
  const gramsPerCycle = loadDensity * columnVolumeL; // mg/mL = g/L
  return gramsPerCycle > 0 ? Math.max(1, Math.ceil(antibodyGrams / gramsPerCycle - 1e-9)) : Infinity;
}

/** Share of the bound antibody that lets go at an elution pH (it stays on the resin at a too-high pH). */
export function elutionRecovery(pH: number): number {
  return ELUTION_MAX_RECOVERY / (1 + Math.exp((pH - ELUTION_MIDPOINT_PH) / ELUTION_WIDTH_PH));
}

/** Aggregates (percentage points) that acid elution adds below the aggregation pH. */
export function elutionAggregates(pH: number): number {
  return Math.max(0, ACID_AGGREGATION_PH - pH) * ACID_AGGREGATES_PER_PH;
}

/** Log10 virus reduction of a low-pH hold: first-order inactivation, 5 log at the reference pH and time. */
export function virusLogReduction(pH: number, minutes: number): number {
  const ratePerMinute = (VIRUS_LRV_TARGET / LRV_REFERENCE_MINUTES) * 10 ** ((LRV_REFERENCE_PH - pH) / LRV_PH_DECADE);
  return Math.min(LRV_ASSAY_LIMIT, Math.max(0, ratePerMinute * minutes));
}

/** Aggregates (percentage points) that a long hold at a very low pH adds. */
export function holdAggregates(pH: number, minutes: number): number {
  return Math.max(0, HOLD_AGGREGATION_PH - pH) * HOLD_AGGREGATES_PER_HOUR_PH * (minutes / 60);
}

/** Share of the old buffer replaced after N diavolumes of constant-volume diafiltration: 1 - e^(-N). */
export function bufferExchange(diavolumes: number): number {
  return 1 - Math.exp(-diavolumes);
}

export function ufdfYield(diavolumes: number): number {
  return UFDF_BASE_YIELD - UFDF_LOSS_PER_DIAVOLUME * diavolumes;
}
