// Score and stars of a Gowning Up run, derived from the final model state (never stored). Points reward correct
// steps, speed, a clean particle counter and faults found at the first look; stars compare the score with the best
// score possible for the level, and a run that broke the grade B limit or ran out of time earns at most one star.

import type { Stars } from '../sdk/types';
import { GOWNING_SEQUENCE } from './items';
import type { GowningState, SpotOutcome } from './model';
import { particleStatus } from './particles';
import type { ParticleStatus } from './particles';

export const POINTS_PER_STEP = 40;
export const POINTS_PER_ROUND_ONE_MISTAKE = 30;
/** Awarded in full for a finish at zero seconds, in proportion to the time left otherwise. */
export const MAX_TIME_BONUS = 200;
export const PARTICLE_BONUS: Readonly<Record<ParticleStatus, number>> = { green: 150, amber: 50, red: 0 };
export const SPOT_POINTS: Readonly<Record<SpotOutcome, number>> = { firstTry: 100, secondTry: 50, revealed: 0 };
/** Fractions of the maximum score for one, two and three stars. */
export const STAR_THRESHOLDS = [0.25, 0.5, 0.75] as const;

export interface GowningScore {
  readonly score: number;
  readonly maxScore: number;
  readonly stars: Stars;
  /** The operator was fully gowned before the clock ran out. */
  readonly dressedInTime: boolean;
  readonly stepPoints: number;
  readonly mistakePenalty: number;
  readonly timeBonus: number;
  readonly particleBonus: number;
  readonly spotPoints: number;
  /** Worst counter status during round 1 (from the peak reading). */
  readonly worstStatus: ParticleStatus;
}

export function maxScoreFor(pictureCount: number): number {
  return GOWNING_SEQUENCE.length * POINTS_PER_STEP + MAX_TIME_BONUS + PARTICLE_BONUS.green + pictureCount * SPOT_POINTS.firstTry;
}

export function scoreGowning(state: GowningState): GowningScore {
  const dressedInTime = !state.timedOut && state.worn.length === GOWNING_SEQUENCE.length;
  const mistakes = state.orderMistakes + state.decoyMistakes;
  const stepPoints = state.worn.length * POINTS_PER_STEP;
  const mistakePenalty = Math.min(stepPoints, mistakes * POINTS_PER_ROUND_ONE_MISTAKE);
  const remaining = Math.max(0, state.dressingLimitMs - state.elapsedMs);
  const timeBonus = dressedInTime ? Math.round((MAX_TIME_BONUS * remaining) / state.dressingLimitMs) : 0;
  const worstStatus = particleStatus(state.peakParticles);
  const particleBonus = dressedInTime ? PARTICLE_BONUS[worstStatus] : 0;
  const spotPoints = state.spotOutcomes.reduce((sum, outcome) => sum + SPOT_POINTS[outcome], 0);
  const score = stepPoints - mistakePenalty + timeBonus + particleBonus + spotPoints;
  const maxScore = maxScoreFor(state.pictures.length);
  return {
    score,
    maxScore,
    stars: starsFor(score / maxScore, dressedInTime && worstStatus !== 'red'),
    dressedInTime,
    stepPoints,
    mistakePenalty,
    timeBonus,
    particleBonus,
    spotPoints,
    worstStatus,
  };
}

function starsFor(fraction: number, mayExceedOne: boolean): Stars {
  const earned = STAR_THRESHOLDS.filter((threshold) => fraction >= threshold).length;
  const capped = mayExceedOne ? earned : Math.min(1, earned);
  return capped === 3 ? 3 : capped === 2 ? 2 : capped === 1 ? 1 : 0;
}
