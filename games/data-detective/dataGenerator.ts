// Seeded sensor data for Data Detective: in-control noise (slightly autocorrelated, like real process data) and three
// kinds of fault (a spike, a step shift, a slow drift). Every generated sequence is checked against the control rules:
// an in-control sequence breaks none, a faulty one breaks at least one after the fault begins. So the game's "truth"
// always agrees with the rules it teaches. Values are z-scores; sensorValue() turns them into real units.

import type { Random } from '../../common/random/seededRandom';
import { DRIFT_SIGMA_PER_POINT, SENSORS, SENSOR_SPECS, SHIFT_SIGMA, SPIKE_SIGMA, type SensorId } from './constants';
import { firstHitUpTo, type RuleHit } from './controlRules';
import type { FaultKind } from './levels';

/** Lag-1 autocorrelation of in-control noise: real probes and control loops are not white noise. Tuning. */
const NOISE_AUTOCORRELATION = 0.3;
/** Redraws before giving up on a clean (or a rule-breaking) sequence; in practice a handful suffice. */
const MAX_ATTEMPTS = 200;

export interface Fault {
  readonly kind: FaultKind;
  /** First point the fault affects. */
  readonly start: number;
}

export interface GeneratedSeries {
  readonly z: readonly number[];
  readonly fault: Fault | null;
  /** The first control-rule hit, null for an in-control series. */
  readonly firstHit: RuleHit | null;
}

export function sensorValue(sensor: SensorId, z: number): number {
  const spec = SENSOR_SPECS[sensor];
  return spec.centre + z * spec.sigma;
}

function noise(random: Random, length: number): number[] {
  const scale = Math.sqrt(1 - NOISE_AUTOCORRELATION ** 2);
  const values: number[] = [];
  let previous = random.normal();
  for (let i = 0; i < length; i++) {
    previous = i === 0 ? previous : NOISE_AUTOCORRELATION * previous + scale * random.normal();
    values.push(previous);
  }
  return values;
}

function applyFault(random: Random, base: number[], kind: FaultKind): Fault {
  const length = base.length;
  const side = random.chance(0.5) ? 1 : -1;
  if (kind === 'spike') {
    const start = random.int(Math.floor(length * 0.3), length - 2);
    base[start] = side * random.range(SPIKE_SIGMA[0], SPIKE_SIGMA[1]);
    return { kind, start };
  }
  if (kind === 'shift') {
    const start = random.int(Math.floor(length * 0.2), Math.floor(length * 0.45));
    const size = side * random.range(SHIFT_SIGMA[0], SHIFT_SIGMA[1]);
    for (let i = start; i < length; i++) base[i] = (base[i] ?? 0) + size;
    return { kind, start };
  }
  const start = random.int(Math.floor(length * 0.15), Math.floor(length * 0.35));
  const slope = side * random.range(DRIFT_SIGMA_PER_POINT[0], DRIFT_SIGMA_PER_POINT[1]);
  for (let i = start; i < length; i++) base[i] = (base[i] ?? 0) + slope * (i - start + 1);
  return { kind, start };
}

/** A series of the given length: in control when kind is null, otherwise with that fault, checked against the rules. */
export function generateSeries(random: Random, length: number, kind: FaultKind | null): GeneratedSeries {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const z = noise(random, length);
    if (kind === null) {
      if (firstHitUpTo(z, length - 1) === null) return { z, fault: null, firstHit: null };
      continue;
    }
    const fault = applyFault(random, z, kind);
    const firstHit = firstHitUpTo(z, length - 1);
    if (firstHit !== null && firstHit.index >= fault.start) return { z, fault, firstHit };
  }
  // Not reached in practice (tested over many seeds); a flat, certain series keeps the game going if it ever were.
  const z = Array.from({ length }, (_, i) => (kind === null ? 0 : i === length - 1 ? 3.5 : 0));
  return { z, fault: kind === null ? null : { kind: 'spike', start: length - 1 }, firstHit: firstHitUpTo(z, length - 1) };
}

export interface Batch {
  readonly index: number;
  /** One z-score series per sensor. */
  readonly series: Readonly<Record<SensorId, GeneratedSeries>>;
  /** The sensor with the fault, or null for a good batch. */
  readonly faultySensor: SensorId | null;
}

/** Round 1 batches: faulty ones chosen by the seed, never the first (the player first sees what "normal" looks like). */
export function generateBatches(random: Random, batches: number, faultyBatches: number, kinds: readonly FaultKind[], length: number): Batch[] {
  const candidates = Array.from({ length: Math.max(0, batches - 1) }, (_, i) => i + 1);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [candidates[i], candidates[j]] = [candidates[j] as number, candidates[i] as number];
  }
  const faulty = new Set(candidates.slice(0, faultyBatches));
  const result: Batch[] = [];
  for (let index = 0; index < batches; index++) {
    const faultySensor = faulty.has(index) ? random.pick(SENSORS) : null;
    const kind = faultySensor ? random.pick(kinds) : null;
    const series = Object.fromEntries(SENSORS.map((sensor) => [sensor, generateSeries(random, length, sensor === faultySensor ? kind : null)])) as Record<SensorId, GeneratedSeries>;
    result.push({ index, series, faultySensor });
  }
  return result;
}

export interface LabelledWindow {
  readonly sensor: SensorId;
  readonly z: readonly number[];
  /** The truth, from the control rules: true when the window breaks one. */
  readonly faulty: boolean;
  readonly kind: FaultKind | null;
}

/** Round 2 windows: `faultyCount` of `count` carry a fault, in a seeded order. */
export function generateWindows(random: Random, count: number, faultyCount: number, kinds: readonly FaultKind[], length: number): LabelledWindow[] {
  const flags = Array.from({ length: count }, (_, i) => i < faultyCount);
  for (let i = flags.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [flags[i], flags[j]] = [flags[j] as boolean, flags[i] as boolean];
  }
  return flags.map((faulty) => {
    const sensor = random.pick(SENSORS);
    const kind = faulty ? random.pick(kinds) : null;
    const series = generateSeries(random, length, kind);
    return { sensor, z: series.z, faulty, kind };
  });
}
