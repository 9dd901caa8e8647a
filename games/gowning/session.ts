// One run of Gowning Up: holds the model state, turns real frame time into fixed model ticks, and tells its
// listeners (the Phaser scene, the DOM layer, the SDK bridge) what changed. No DOM, no Phaser: mount.ts wires it.
// Listeners are removed through the function subscribe() returns; dispose() drops them all.

import type { Random } from '../../common/random/seededRandom';
import type { GowningLevelId } from './levels';
import { TICK_MS, createGowningState, reduceGowning } from './model';
import type { GowningAction, GowningState } from './model';

export type SessionListener = (next: GowningState, previous: GowningState) => void;

/** After a long stall (tab in the background, a slow frame) the clock catches up by at most this much. */
const MAX_CATCH_UP_MS = 500;

export class GowningSession {
  private current: GowningState;
  private readonly listeners = new Set<SessionListener>();
  private pendingMs = 0;
  private paused = false;

  constructor(level: GowningLevelId, random: Random) {
    this.current = createGowningState(level, random);
  }

  get state(): GowningState {
    return this.current;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a player action; ignored while paused (the hub shows its pause screen over the game). */
  dispatch(action: GowningAction): void {
    if (this.paused) return;
    this.commit(reduceGowning(this.current, action));
  }

  /** Feeds real elapsed time; the model only ever sees whole TICK_MS steps. */
  advance(elapsedMs: number): void {
    if (this.paused || this.current.phase !== 'dressing') {
      this.pendingMs = 0;
      return;
    }
    this.pendingMs = Math.min(MAX_CATCH_UP_MS, this.pendingMs + Math.max(0, elapsedMs));
    let state = this.current;
    while (this.pendingMs >= TICK_MS) {
      this.pendingMs -= TICK_MS;
      state = reduceGowning(state, { type: 'tick' });
    }
    this.commit(state);
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.pendingMs = 0;
  }

  dispose(): void {
    this.listeners.clear();
  }

  private commit(next: GowningState): void {
    if (next === this.current) return;
    const previous = this.current;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }
}
