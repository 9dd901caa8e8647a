// Harvest ends the run, so it takes two presses: the first arms it for 4 s (the button says "press again"), the
// second harvests. Nothing is lost by a stray tap. The disarm timer belongs to the run, so it never outlives it.

import type { GameRun } from '../kit/gameRun';

/** A first press on Harvest arms it for this long; a second press harvests (no accidental end of a run). */
const HARVEST_CONFIRM_MS = 4000;

export class HarvestGuard {
  private armedUntil = 0;
  private cancelDisarm: (() => void) | null = null;

  /** `onChange` redraws the button when it is armed and when the time to confirm runs out. */
  constructor(
    private readonly run: GameRun,
    private readonly onChange: () => void,
  ) {}

  get armed(): boolean {
    return performance.now() < this.armedUntil;
  }

  /** Whether this press stops here: a first press on an available Harvest arms it; an unavailable one does nothing. */
  holds(control: string, available: boolean): boolean {
    if (control !== 'harvest' || this.armed) return false;
    if (available) this.arm();
    return true;
  }

  private arm(): void {
    this.armedUntil = performance.now() + HARVEST_CONFIRM_MS;
    this.cancelDisarm?.();
    this.cancelDisarm = this.run.after(HARVEST_CONFIRM_MS + 50, () => {
      this.cancelDisarm = null;
      this.onChange();
    });
    this.onChange();
  }

  /** Any action done disarms a pending confirmation. */
  reset(): void {
    this.armedUntil = 0;
  }
}
