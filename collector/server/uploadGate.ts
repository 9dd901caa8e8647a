// The collector-wide cap on uploads being received or stored at once. When a whole fleet reconnects after an outage,
// every device sends at the same moment; without a cap the collector holds every body in memory while the database
// works through them, and the devices' requests wait past their timeout. The gate admits up to `limit` uploads; the
// others are told when to come back: a Retry-After in whole seconds from the device's place in the queue of devices
// told to wait (kept when it comes back and still finds no place) and the rate at which admitted uploads finish now,
// with random jitter. No wait is promised beyond a short horizon: a device further back is told to ask again within
// it, so waits follow the gate as it speeds up or slows down instead of what it looked like when the wave began.

/** The default cap: enough to keep PostgreSQL's pool of 10 and a few slow senders busy, small enough for memory. */
export const DEFAULT_UPLOADS_AT_ONCE = 32;

/**
 * The longest wait the gate promises, whatever the queue. A device whose turn is further away is told to ask again
 * at a random time in the horizon's second half, and then hears a wait from its place and the rate at that time.
 */
export const BUSY_HORIZON_SECONDS = 30;

/** A device told to wait that has not come back this long after its time is no longer counted as waiting. */
const FORGET_WAITING_AFTER_MS = 30_000;
/** Before any upload has finished, an upload is assumed to hold its place this long. */
const INITIAL_HOLD_MS = 1_000;
/** Weight of the newest upload in the running mean of how long uploads hold their place. */
const HOLD_SMOOTHING = 0.1;
/** At most this many waiting devices are remembered (bounds memory whatever the fleet). */
const MAX_WAITING = 100_000;

export type GateDecision =
  | { readonly admitted: true; readonly leave: () => void }
  | { readonly admitted: false; readonly retryAfterSeconds: number };

export class UploadGate {
  private readonly limit: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private open = 0;
  private sweptAt = Number.NEGATIVE_INFINITY;
  private meanHoldMs = INITIAL_HOLD_MS;
  /**
   * Devices told to come back (by the key the caller names them with), with the time they are expected (epoch ms),
   * in the order they were first refused: a device's place in the queue is its position in this map, which it keeps
   * when it comes back and is refused again (Map.set on a present key keeps its position).
   */
  private readonly waiting = new Map<string, number>();

  /** `now` is the server clock (epoch ms); `random` returns [0, 1) for the jitter. */
  constructor(limit: number, now: () => number, random: () => number = Math.random) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`the uploads-at-once limit must be a whole number of at least 1, got ${limit}`);
    this.limit = limit;
    this.now = now;
    this.random = random;
  }

  /** Uploads holding a place now. */
  get uploadsOpen(): number {
    return this.open;
  }

  /** Devices told to wait and expected back. */
  get devicesWaiting(): number {
    return this.waiting.size;
  }

  /** Uploads that finish per second when the gate is full (Little's law: places ÷ mean time a place is held). */
  get finishRatePerSecond(): number {
    return this.limit / (this.meanHoldMs / 1000);
  }

  /**
   * Admits an upload of the device named `deviceKey` (any stable name: the ingest route uses its token's hash, so
   * that the gate answers before the database is asked who the device is), or says how many seconds to wait. An admitted upload must call `leave` exactly once
   * (later calls do nothing) when it is answered, has failed or its connection has closed.
   */
  enter(deviceKey: string): GateDecision {
    const now = this.now();
    this.forgetStale(now);
    if (this.open < this.limit) {
      // A device that comes back and finds a place leaves the queue.
      this.waiting.delete(deviceKey);
      this.open += 1;
      let left = false;
      return {
        admitted: true,
        leave: () => {
          if (left) return;
          left = true;
          this.open -= 1;
          this.meanHoldMs += HOLD_SMOOTHING * (Math.max(0, this.now() - now) - this.meanHoldMs);
        },
      };
    }
    const retryAfterSeconds = busyRetryAfterSeconds(this.placeOf(deviceKey), this.finishRatePerSecond, this.random());
    if (this.waiting.has(deviceKey) || this.waiting.size < MAX_WAITING) this.waiting.set(deviceKey, now + retryAfterSeconds * 1000);
    return { admitted: false, retryAfterSeconds };
  }

  /**
   * Devices ahead of one being refused: a newcomer queues behind every device told to wait; a device that came back
   * and still found no place keeps its place, behind only those refused before it that are still waiting (those
   * admitted or forgotten since have left), so that it is neither sent to the back nor told the wait it heard before.
   */
  private placeOf(deviceKey: string): number {
    if (!this.waiting.has(deviceKey)) return this.waiting.size;
    let ahead = 0;
    for (const other of this.waiting.keys()) {
      if (other === deviceKey) break;
      ahead += 1;
    }
    return ahead;
  }

  /** At most once a second: a device told to wait that never came back (switched off, moved) stops counting. */
  private forgetStale(now: number): void {
    if (now - this.sweptAt < 1_000) return;
    this.sweptAt = now;
    for (const [deviceKey, expectedAt] of this.waiting) {
      if (now - expectedAt > FORGET_WAITING_AFTER_MS) this.waiting.delete(deviceKey);
    }
  }
}

/**
 * The wait told to a device with `ahead` devices before it in the queue, when uploads finish at `finishRatePerSecond`
 * (`random` in [0, 1) for the jitter). Within the horizon: its turn, (ahead + 1) ÷ rate, plus a random quarter of
 * that (at least one second), so that devices told the same second do not come back together. A turn beyond the
 * horizon is not promised: the device is told a random time in the horizon's second half, spread evenly, to ask
 * again then; by that time the queue ahead of it has shrunk and the rate is measured anew.
 */
export function busyRetryAfterSeconds(ahead: number, finishRatePerSecond: number, random: number, horizonSeconds: number = BUSY_HORIZON_SECONDS): number {
  const turn = (ahead + 1) / finishRatePerSecond;
  const jittered = Math.ceil(turn + random * Math.max(1, turn / 4));
  if (jittered <= horizonSeconds) return Math.max(1, jittered);
  return Math.ceil(horizonSeconds / 2 + random * (horizonSeconds / 2));
}
