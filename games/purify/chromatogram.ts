// The polishing step's chromatogram: how much antibody monomer, aggregate and host-cell protein comes off the
// cation-exchange column in each fraction, and what a cut (first to last fraction kept) gives. Pure functions, so the
// chromatogram the scene draws and the numbers the score uses are the same.

import { AGGREGATE_PEAK, FRACTION_COUNT, HCP_PEAKS, MONOMER_PEAK } from './constants';

/** Error function, Abramowitz & Stegun 7.1.26 (max error 1.5e-7). */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign * (1 - poly * Math.exp(-z * z));
}

/** Share of a Gaussian peak (centre, spread in fractions) that falls in fraction i (1-based, covering [i-1, i]). */
export function peakShare(centre: number, spread: number, fraction: number): number {
  const cdf = (x: number): number => 0.5 * (1 + erf((x - centre) / (spread * Math.SQRT2)));
  return Math.max(0, cdf(fraction) - cdf(fraction - 1));
}

export interface FractionContent {
  readonly fraction: number;
  /** Shares of each species' total that elute in this fraction (0..1). */
  readonly monomer: number;
  readonly aggregate: number;
  readonly hcp: number;
}

export interface PeakShift {
  /** Seeded run-to-run shift of all peaks, in fractions (columns never elute exactly alike). */
  readonly offset: number;
}

export function fractionContents(shift: PeakShift): FractionContent[] {
  return Array.from({ length: FRACTION_COUNT }, (_, index) => {
    const fraction = index + 1;
    return {
      fraction,
      monomer: peakShare(MONOMER_PEAK.centre + shift.offset, MONOMER_PEAK.spread, fraction),
      aggregate: peakShare(AGGREGATE_PEAK.centre + shift.offset, AGGREGATE_PEAK.spread, fraction),
      hcp: HCP_PEAKS.reduce((sum, peak) => sum + peak.share * peakShare(peak.centre + shift.offset, peak.spread, fraction), 0),
    };
  });
}

export interface CutResult {
  /** Share of the monomer kept (0..1). */
  readonly monomerYield: number;
  /** Share of the aggregates kept. */
  readonly aggregateKept: number;
  /** Share of the host-cell protein kept. */
  readonly hcpKept: number;
}

/** What keeping fractions start..end (inclusive, 1-based) keeps of each species. */
export function cutResult(contents: readonly FractionContent[], start: number, end: number): CutResult {
  let monomerYield = 0;
  let aggregateKept = 0;
  let hcpKept = 0;
  for (const content of contents) {
    if (content.fraction < start || content.fraction > end) continue;
    monomerYield += content.monomer;
    aggregateKept += content.aggregate;
    hcpKept += content.hcp;
  }
  return { monomerYield, aggregateKept, hcpKept };
}

/** Purity after a cut, from the purity before it: HCP in ppm of antibody and aggregates in % of antibody. */
export function purityAfterCut(cut: CutResult, hcpPpmIn: number, aggregatePctIn: number): { hcpPpm: number; aggregatePct: number } {
  if (cut.monomerYield <= 0) return { hcpPpm: 0, aggregatePct: 0 };
  const monomerIn = 100 - aggregatePctIn;
  const monomerOut = monomerIn * cut.monomerYield;
  const aggregateOut = aggregatePctIn * cut.aggregateKept;
  const totalOut = monomerOut + aggregateOut;
  // HCP ppm is relative to all antibody (monomer and aggregate) in the pool.
  const hcpOut = (hcpPpmIn * 100 * cut.hcpKept) / totalOut;
  return { hcpPpm: hcpOut, aggregatePct: (100 * aggregateOut) / totalOut };
}
