// The science of Pipette Pro, pure: what volume each transfer really delivers from the technique chosen (ISO 8655-2
// limits for the pipette, effect sizes of each mistake in constants.ts), the concentrations of the 1:10 series that
// follow, and the series' accuracy (systematic error) and precision (CV) against the ISO limits for the volume.

import {
  CARRYOVER_FILM_FRACTION,
  DILUTION_FACTOR,
  FIRST_STOP_DISPENSE_ERROR,
  INSTRUMENT_SHARE_OF_RANDOM_MPE,
  INSTRUMENT_SHARE_OF_SYSTEMATIC_MPE,
  NOISE_CLIP_SD,
  NO_PREWET_ERROR,
  PIPETTES,
  SECOND_STOP_DRAW_ERROR,
  STOCK_NG_PER_ML,
  TILTED_ERROR,
  TILTED_EXTRA_RANDOM,
  TOO_DEEP_ERROR,
  TOO_SHALLOW_ERROR,
  TOO_SHALLOW_EXTRA_RANDOM,
  UNMIXED_BIAS,
  UNMIXED_SPREAD,
  type PipetteId,
  type PipetteSpec,
} from './constants';

/** The technique of one transfer, as the player chose it. */
export interface TransferTechnique {
  readonly newTip: boolean;
  readonly prewet: boolean;
  readonly depth: 'shallow' | 'right' | 'deep';
  readonly vertical: boolean;
  readonly drawFirstStop: boolean;
  readonly blowOut: boolean;
  readonly mixed: boolean;
}

/** Seeded draws fixed at the start of a run (one set per transfer), so the series is a pure function of the choices. */
export interface TransferNoise {
  /** Standard normal draw for the volume's random error (clipped at ±NOISE_CLIP_SD). */
  readonly volume: number;
  /** Uniform in [-1, 1]: how an unmixed tube's layer differs from draw to draw. */
  readonly layer: number;
}

export interface SeriesInput {
  readonly pipette: PipetteId;
  /** Volume set on the pipette, µL. */
  readonly setVolumeUl: number;
  readonly diluentUl: number;
  /** Sign (+1 or -1) of this pipette's own small systematic error, from the seed. */
  readonly instrumentSign: number;
  readonly transfers: readonly TransferTechnique[];
  readonly noise: readonly TransferNoise[];
}

export interface TubeResult {
  /** Volume the pipette really delivered into this tube, µL. */
  readonly deliveredUl: number;
  /** Concentration of the liquid a draw from this tube takes (after mixing or not), ng/mL. */
  readonly concentration: number;
  readonly target: number;
  /** Dilution of this step against the 1:10 wanted: (reading / previous reading) x 10 - 1. */
  readonly stepError: number;
}

export function pipetteSpec(id: PipetteId): PipetteSpec {
  const spec = PIPETTES.find((pipette) => pipette.id === id);
  if (!spec) throw new Error(`unknown pipette ${id}`);
  return spec;
}

/** Whether a volume is inside the pipette's useful range (10-100 % of nominal). */
export function fitsPipette(id: PipetteId, volumeUl: number): boolean {
  const spec = pipetteSpec(id);
  return volumeUl >= spec.minimum - 1e-9 && volumeUl <= spec.nominal + 1e-9;
}

/** The right pipette for a volume: the smallest whose range holds it (METTLER TOLEDO Rainin: the lowest that fits). */
export function bestPipetteFor(volumeUl: number): PipetteId {
  const fitting = PIPETTES.find((pipette) => fitsPipette(pipette.id, volumeUl));
  if (!fitting) throw new Error(`no pipette for ${volumeUl} µL`);
  return fitting.id;
}

/** The transfer volume of a 1:10 dilution into this much diluent: 1 part in 10, so diluent / 9. */
export function transferVolumeFor(diluentUl: number): number {
  return diluentUl / (DILUTION_FACTOR - 1);
}

export function targetConcentration(tube: number): number {
  return STOCK_NG_PER_ML / DILUTION_FACTOR ** tube;
}

/** The relative systematic error of a transfer's volume from its technique (sum of the mistakes' effects). */
export function techniqueSystematicError(technique: TransferTechnique): number {
  let error = 0;
  if (!technique.prewet) error += NO_PREWET_ERROR;
  if (technique.depth === 'shallow') error += TOO_SHALLOW_ERROR;
  if (technique.depth === 'deep') error += TOO_DEEP_ERROR;
  if (!technique.vertical) error += TILTED_ERROR;
  if (!technique.drawFirstStop) error += SECOND_STOP_DRAW_ERROR;
  if (!technique.blowOut) error += FIRST_STOP_DISPENSE_ERROR;
  return error;
}

export function techniqueExtraRandom(technique: TransferTechnique): number {
  return (technique.depth === 'shallow' ? TOO_SHALLOW_EXTRA_RANDOM : 0) + (technique.vertical ? 0 : TILTED_EXTRA_RANDOM);
}

const clip = (value: number): number => Math.max(-NOISE_CLIP_SD, Math.min(NOISE_CLIP_SD, value));

/** The series tube by tube (index 0 is the first dilution; the stock itself is not listed). */
export function computeSeries(input: SeriesInput): TubeResult[] {
  const spec = pipetteSpec(input.pipette);
  const volume = input.setVolumeUl;
  const instrumentSystematic = (input.instrumentSign * INSTRUMENT_SHARE_OF_SYSTEMATIC_MPE * spec.mpeSystematicUl) / volume;
  const instrumentRandom = (INSTRUMENT_SHARE_OF_RANDOM_MPE * spec.mpeRandomUl) / volume;
  const tubes: TubeResult[] = [];
  let sourceReading = STOCK_NG_PER_ML;
  let previousSourceReading: number | null = null;
  input.transfers.forEach((technique, index) => {
    const noise = input.noise[index] ?? { volume: 0, layer: 0 };
    const relativeError = instrumentSystematic + techniqueSystematicError(technique) + (instrumentRandom + techniqueExtraRandom(technique)) * clip(noise.volume);
    const delivered = volume * (1 + relativeError);
    // A kept tip still holds a film of the liquid it last drew (the previous, stronger tube).
    const carried = !technique.newTip && previousSourceReading !== null ? CARRYOVER_FILM_FRACTION * volume * previousSourceReading : 0;
    const concentration = (delivered * sourceReading + carried) / (delivered + input.diluentUl);
    const layer = technique.mixed ? 1 : 1 + UNMIXED_BIAS + UNMIXED_SPREAD * Math.max(-1, Math.min(1, noise.layer));
    const reading = concentration * layer;
    tubes.push({ deliveredUl: delivered, concentration: reading, target: targetConcentration(index + 1), stepError: (reading / sourceReading) * DILUTION_FACTOR - 1 });
    previousSourceReading = sourceReading;
    sourceReading = reading;
  });
  return tubes;
}

export interface SeriesQuality {
  /** Mean step error: the series' systematic error (accuracy), as a fraction. */
  readonly systematic: number;
  /** Coefficient of variation of the steps' dilution: the series' random error (precision), as a fraction. */
  readonly cv: number;
  /** ISO 8655-2 limits for the right pipette at the right volume, as fractions of that volume. */
  readonly systematicLimit: number;
  readonly randomLimit: number;
  readonly withinIso: boolean;
  /** Last tube against its target, as a fraction (what the QC test sees). */
  readonly finalError: number;
}

export function seriesQuality(tubes: readonly TubeResult[], diluentUl: number): SeriesQuality {
  const volume = transferVolumeFor(diluentUl);
  const spec = pipetteSpec(bestPipetteFor(volume));
  const systematicLimit = spec.mpeSystematicUl / volume;
  const randomLimit = spec.mpeRandomUl / volume;
  const factors = tubes.map((tube) => 1 + tube.stepError);
  const n = factors.length;
  const mean = n === 0 ? 1 : factors.reduce((sum, value) => sum + value, 0) / n;
  const variance = n < 2 ? 0 : factors.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const cv = Math.sqrt(variance) / mean;
  const systematic = mean - 1;
  const last = tubes[tubes.length - 1];
  const finalError = last ? last.concentration / last.target - 1 : 0;
  return { systematic, cv, systematicLimit, randomLimit, withinIso: n > 0 && Math.abs(systematic) <= systematicLimit && cv <= randomLimit, finalError };
}
