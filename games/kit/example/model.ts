// The smallest game the kit can run, as the pattern to copy (games/README.md): grow a culture to a target by feeding
// it, one feed per step of the clock at most. Pure: no Phaser, React or DOM, so it is tested without a browser.

/** Cells after each feed; the run ends at the target. */
export const CELLS_PER_FEED = 2;
export const TARGET_CELLS = 10;
/** Real milliseconds per model step; a feed "digests" for one step before the next is taken. */
export const STEP_MS = 500;

export interface ExampleSnapshot {
  readonly cells: number;
  readonly feeds: number;
  /** True while the last feed is still being digested (a feed now is refused). */
  readonly digesting: boolean;
  readonly finished: boolean;
}

export class ExampleModel {
  private cells = 0;
  private feeds = 0;
  private digesting = false;

  /** Feeds the culture; false when refused (still digesting, or already grown). */
  feed(): boolean {
    if (this.digesting || this.isFinished) return false;
    this.cells += CELLS_PER_FEED;
    this.feeds += 1;
    this.digesting = true;
    return true;
  }

  /** One fixed step of time: the feed is digested. */
  step(): void {
    this.digesting = false;
  }

  get isFinished(): boolean {
    return this.cells >= TARGET_CELLS;
  }

  snapshot(): ExampleSnapshot {
    return { cells: this.cells, feeds: this.feeds, digesting: this.digesting, finished: this.isFinished };
  }
}

export function exampleProgress(snapshot: ExampleSnapshot): number {
  return Math.min(1, snapshot.cells / TARGET_CELLS);
}
