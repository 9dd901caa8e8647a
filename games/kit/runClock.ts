// Fixed steps from real time: a model advances only by whole steps, while the screen runs at whatever frame rate the
// machine manages. The clock reads the performance clock itself rather than Phaser's frame delta, which is smoothed
// and under-reports on slow, software-rendered machines (the run would drag). Speeds compress time (1x, 2x, 4x).

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** A frame longer than this (tab in the background, debugger) is not caught up: the run just waits. */
const DEFAULT_MAX_FRAME_MS = 250;

/** For games whose steps animate one action (a column run, the polymerase): slow frames up to a second still count. */
export const SLOW_FRAME_MAX_MS = 1000;

export class RunClock {
  private accumulatedMs = 0;
  private currentSpeed: Speed = 1;
  private paused = false;
  private lastTickAt: number | null = null;

  constructor(
    private readonly msPerStep: number,
    private readonly maxFrameMs: number = DEFAULT_MAX_FRAME_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get speed(): Speed {
    return this.currentSpeed;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  setSpeed(speed: Speed): void {
    this.currentSpeed = speed;
  }

  /** The speed after this one, back to 1x after the fastest (one key cycles through them). */
  nextSpeed(): Speed {
    return SPEEDS[(SPEEDS.indexOf(this.currentSpeed) + 1) % SPEEDS.length] ?? 1;
  }

  pause(): void {
    this.paused = true;
  }

  /** Starts again from now: the time spent paused is not caught up. */
  resume(): void {
    this.paused = false;
    this.lastTickAt = null;
  }

  /** How many model steps are due after deltaMs of real time (0 while paused). */
  advance(deltaMs: number): number {
    if (this.paused || !Number.isFinite(deltaMs) || deltaMs <= 0) return 0;
    this.accumulatedMs += Math.min(deltaMs, this.maxFrameMs) * this.currentSpeed;
    const steps = Math.floor(this.accumulatedMs / this.msPerStep);
    this.accumulatedMs -= steps * this.msPerStep;
    return steps;
  }

  /** How many model steps are due since the previous call, by the real clock (the first call starts it). */
  tick(): number {
    const now = this.now();
    const deltaMs = this.lastTickAt === null ? 0 : now - this.lastTickAt;
    this.lastTickAt = now;
    return this.advance(deltaMs);
  }

  /** How far the clock is towards the next step, 0..1 (lets the view move smoothly between steps). */
  get stepFraction(): number {
    return Math.min(1, this.accumulatedMs / this.msPerStep);
  }
}
