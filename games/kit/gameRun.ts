// The state every run of every game shares, in one place: paused, finished, torn down; progress reported to the hub
// only when it moved on; the end of the run (after a short look at the final picture); and everything to undo in
// destroy(), timers included. Games ask `run.accepting` before acting on input or time.

import type { GameResult, GameSdk } from '../sdk/types';
import type { RunClock } from './runClock';

/** Time to see the final picture (harvested vessel, last infusion, finished product) before the results. */
export const END_DELAY_MS = 1500;

export class GameRun {
  private pausedNow = false;
  private finishedNow = false;
  private destroyedNow = false;
  private lastMilestone = -1;
  private readonly disposers: (() => void)[] = [];
  private readonly pauseListeners: ((paused: boolean) => void)[] = [];

  /** The clock is paused with the run and stays stopped once the run is finished. */
  constructor(
    readonly sdk: GameSdk,
    readonly clock: RunClock | null = null,
  ) {}

  get paused(): boolean {
    return this.pausedNow;
  }

  get finished(): boolean {
    return this.finishedNow;
  }

  get destroyed(): boolean {
    return this.destroyedNow;
  }

  /** Whether input and time may change the game now. */
  get accepting(): boolean {
    return !this.pausedNow && !this.finishedNow && !this.destroyedNow;
  }

  /**
   * Reports progress (0..1) to the hub when it moved on: when the fraction differs from the last report, or, given a
   * milestone (the day of a culture), only when the milestone does.
   */
  progress(fraction: number, milestone: number = fraction): void {
    if (milestone === this.lastMilestone) return;
    this.lastMilestone = milestone;
    this.sdk.track({ kind: 'progress', progress: fraction });
  }

  /** Stops the run; the hub gets the result after `delayMs`, unless the game is torn down first. Once per run. */
  finish(result: () => GameResult, delayMs: number = END_DELAY_MS): void {
    if (this.finishedNow || this.destroyedNow) return;
    this.finishedNow = true;
    this.clock?.pause();
    if (delayMs <= 0) {
      this.sdk.end(result());
      return;
    }
    this.after(delayMs, () => this.sdk.end(result()));
  }

  /** A timer that never fires after destroy(). */
  after(delayMs: number, action: () => void): () => void {
    const timer = setTimeout(() => {
      cancel();
      if (!this.destroyedNow) action();
    }, delayMs);
    const cancel = (): void => {
      clearTimeout(timer);
      const index = this.disposers.indexOf(cancel);
      if (index >= 0) this.disposers.splice(index, 1);
    };
    this.disposers.push(cancel);
    return cancel;
  }

  /** Something destroy() must undo; run in reverse order of registration. */
  own(dispose: () => void): void {
    this.disposers.push(dispose);
  }

  onPauseChange(listener: (paused: boolean) => void): void {
    this.pauseListeners.push(listener);
  }

  setPaused(paused: boolean): void {
    if (this.destroyedNow || paused === this.pausedNow) return;
    this.pausedNow = paused;
    if (paused) this.clock?.pause();
    else if (!this.finishedNow) this.clock?.resume();
    for (const listener of this.pauseListeners) listener(paused);
  }

  destroy(): void {
    if (this.destroyedNow) return;
    this.destroyedNow = true;
    for (const dispose of this.disposers.splice(0).reverse()) dispose();
  }
}
