// Time compression: turns real milliseconds into whole model steps, so 14 simulated days take about 3 minutes at 1x.
// The scene's update loop feeds it real time; the model itself only ever advances by fixed steps.

import { HOURS_PER_STEP, REAL_SECONDS_PER_RUN_AT_1X, RUN_HOURS } from './constants';

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Real milliseconds per model step at 1x: 180 s / 336 steps, about 0.54 s per simulated hour. */
export const MS_PER_STEP_AT_1X = (REAL_SECONDS_PER_RUN_AT_1X * 1000) / (RUN_HOURS / HOURS_PER_STEP);

/** A frame longer than this (tab in the background, debugger) is not caught up: the run just waits. */
const MAX_FRAME_MS = 250;

export class RunClock {
  private accumulatedMs = 0;
  private currentSpeed: Speed = 1;
  private paused = false;

  constructor(private readonly msPerStep: number = MS_PER_STEP_AT_1X) {}

  get speed(): Speed {
    return this.currentSpeed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  setSpeed(speed: Speed): void {
    this.currentSpeed = speed;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** How many model steps are due after deltaMs of real time (0 while paused). */
  advance(deltaMs: number): number {
    if (this.paused || !Number.isFinite(deltaMs) || deltaMs <= 0) return 0;
    this.accumulatedMs += Math.min(deltaMs, MAX_FRAME_MS) * this.currentSpeed;
    const steps = Math.floor(this.accumulatedMs / this.msPerStep);
    this.accumulatedMs -= steps * this.msPerStep;
    return steps;
  }

  /** How far the clock is towards the next step, 0..1 (lets the view move smoothly between steps). */
  get stepFraction(): number {
    return Math.min(1, this.accumulatedMs / this.msPerStep);
  }
}
