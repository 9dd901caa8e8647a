// The chance that the medicine passes each phase, from the published rates (constants.ts) and the player's two
// science choices: the kind of molecule and whether the trials select patients with a biomarker. Only sourced ratios
// move the odds; the team, the money and luck never do. Pure.

import {
  BIOMARKER_PHASE2_SUCCESS,
  LOA_BIOLOGIC,
  LOA_BIOMARKER,
  LOA_CEILING,
  LOA_SMALL_MOLECULE,
  PHASES,
  TRANSITION_SUCCESS,
  type Phase,
} from './constants';

export type Modality = 'biologic' | 'smallMolecule';

/** No phase is ever certain. */
export const MAX_PHASE_SUCCESS = 0.99;

export function product(values: readonly number[]): number {
  return values.reduce((total, value) => total * value, 1);
}

/** Likelihood of approval from Phase I of the published rates (7.87 %, the report's 7.9 %). */
export const BASE_LOA = product(PHASES.map((phase) => TRANSITION_SUCCESS[phase]));

/**
 * Rates with a biomarker: Phase II "nearly one in two"; the rest of the reported doubling (15.9 % against 7.9 %)
 * spread evenly over the three other phases.
 */
export function biomarkerRates(): Record<Phase, number> {
  const phase2Ratio = BIOMARKER_PHASE2_SUCCESS / TRANSITION_SUCCESS.phase2;
  const otherRatio = Math.cbrt(LOA_BIOMARKER / BASE_LOA / phase2Ratio);
  return {
    phase1: TRANSITION_SUCCESS.phase1 * otherRatio,
    phase2: BIOMARKER_PHASE2_SUCCESS,
    phase3: TRANSITION_SUCCESS.phase3 * otherRatio,
    filing: TRANSITION_SUCCESS.filing * otherRatio,
  };
}

/** Each phase scaled evenly so the whole path gives the modality's reported likelihood of approval. */
export function modalityFactor(modality: Modality): number {
  return Math.pow((modality === 'biologic' ? LOA_BIOLOGIC : LOA_SMALL_MOLECULE) / BASE_LOA, 1 / 4);
}

export function phaseOdds(modality: Modality, biomarker: boolean): Record<Phase, number> {
  const rates = biomarker ? biomarkerRates() : { ...TRANSITION_SUCCESS };
  const factor = modalityFactor(modality);
  const odds = Object.fromEntries(PHASES.map((phase) => [phase, Math.min(MAX_PHASE_SUCCESS, rates[phase] * factor)])) as Record<Phase, number>;
  // Never better than the best disease area of the report: scale down evenly if the choices together would be.
  const loa = product(PHASES.map((phase) => odds[phase]));
  if (loa > LOA_CEILING) {
    const shrink = Math.pow(LOA_CEILING / loa, 1 / 4);
    for (const phase of PHASES) odds[phase] *= shrink;
  }
  return odds;
}

/** Chance of approval from the given phase on (that phase included). */
export function approvalOddsFrom(odds: Readonly<Record<Phase, number>>, from: Phase): number {
  return product(PHASES.slice(PHASES.indexOf(from)).map((phase) => odds[phase]));
}
