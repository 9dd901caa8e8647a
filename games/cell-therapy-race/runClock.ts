// Time compression: real milliseconds to whole model steps (6 hours each). At 1x one simulated day takes 3.2 s, so
// a typical 35-45-day run of several patients lasts about 2-2.5 minutes plus thinking time; 2x and 4x skip waiting.

import { STEPS_PER_DAY } from './constants';

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Real milliseconds per simulated day at 1x. Tuning: long enough to read a card, short enough not to bore. */
export const MS_PER_DAY_AT_1X = 3200;
export const MS_PER_STEP_AT_1X = MS_PER_DAY_AT_1X / STEPS_PER_DAY;

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
}
