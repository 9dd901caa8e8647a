// The particle counter: EU GMP Annex 1 (2022) limits for particles >= 0.5 um per m3, the status colour the gauge and
// the describer show, and how the counter reacts to gowning. Limits come from the Annex 1 table in
// shared/content/science.md; the reaction constants are game tuning (see README.md, "Simplifications").

export type CleanroomGrade = 'A' | 'B' | 'C' | 'D';

export interface GradeLimits {
  readonly grade: CleanroomGrade;
  /** Maximum particles >= 0.5 um per m3 with equipment running but nobody working. */
  readonly atRest: number;
  /** Maximum during normal work; null where Annex 1 predetermines none (grade D in operation: the site sets it from
   *  its own risk assessment). */
  readonly inOperation: number | null;
}

/** EU GMP Annex 1 (2022), table 5, particles >= 0.5 um per m3. */
export const GRADE_LIMITS: readonly GradeLimits[] = [
  { grade: 'A', atRest: 3_520, inOperation: 3_520 },
  { grade: 'B', atRest: 3_520, inOperation: 352_000 },
  { grade: 'C', atRest: 352_000, inOperation: 3_520_000 },
  { grade: 'D', atRest: 3_520_000, inOperation: null },
];

export const GRADE_B_AT_REST_LIMIT = 3_520;
export const GRADE_B_IN_OPERATION_LIMIT = 352_000;

/**
 * Tuning, not literature: the counter in the final changing room (grade B at rest, Annex 1 4.13) starts around
 * 1,200 particles per m3 and wobbles by up to 150.
 */
export const BASELINE_PARTICLES = 1_200;
export const BASELINE_WOBBLE = 150;
/** Tuning: a correct step still sheds a little (moving people shed particles). */
export const PARTICLES_PER_CORRECT_STEP = 150;
/** Tuning: a garment in the wrong order lets skin flakes, hair and street dust out. */
export const PARTICLES_PER_ORDER_MISTAKE = 80_000;
/** Tuning: a lab coat, a wool hat or a scarf sheds fibres by the hundred thousand. */
export const PARTICLES_PER_DECOY = 160_000;
/**
 * Tuning: the air handling flushes extra particles back toward the baseline with this time constant. The 2008
 * Annex 1 gave 15-20 minutes as a guidance "clean-up" period from "in operation" to "at rest"; the game compresses it.
 */
export const CLEAN_UP_TIME_CONSTANT_MS = 10_000;
/** The gauge's upper end; the counter never reads higher. */
export const PARTICLE_CEILING = 9_000_000;
/** The gauge's lower end (logarithmic scale). */
export const PARTICLE_FLOOR = 100;

export type ParticleStatus = 'green' | 'amber' | 'red';

/** Green: within the at-rest limit. Amber: above it but within the in-operation limit. Red: over grade B. */
export function particleStatus(particlesPerCubicMetre: number): ParticleStatus {
  if (particlesPerCubicMetre <= GRADE_B_AT_REST_LIMIT) return 'green';
  if (particlesPerCubicMetre <= GRADE_B_IN_OPERATION_LIMIT) return 'amber';
  return 'red';
}

/** Position 0..1 of a reading on the gauge's logarithmic scale (100 .. 9,000,000). */
export function gaugeFraction(particlesPerCubicMetre: number): number {
  const clamped = Math.min(PARTICLE_CEILING, Math.max(PARTICLE_FLOOR, particlesPerCubicMetre));
  return Math.log10(clamped / PARTICLE_FLOOR) / Math.log10(PARTICLE_CEILING / PARTICLE_FLOOR);
}

/**
 * One fixed time step of the counter: the excess above the baseline decays exponentially (air changes).
 * `wobble` in [-1, 1] comes from the model's seeded noise.
 */
export function settleParticles(current: number, stepMs: number, wobble: number): number {
  const baseline = BASELINE_PARTICLES + wobble * BASELINE_WOBBLE;
  const excess = current - baseline;
  const decayed = baseline + excess * Math.exp(-stepMs / CLEAN_UP_TIME_CONSTANT_MS);
  return Math.round(Math.min(PARTICLE_CEILING, Math.max(0, decayed)));
}

export function addParticles(current: number, extra: number): number {
  return Math.min(PARTICLE_CEILING, Math.round(current + extra));
}
