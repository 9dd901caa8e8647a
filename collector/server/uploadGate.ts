// The collector-wide cap on uploads being received or stored at once. When a whole fleet reconnects after an outage,
// every device sends at the same moment; without a cap the collector holds every body in memory while the database
// works through them, and the devices' requests wait past their timeout. The gate admits up to `limit` uploads; the
// others are told, before their body is read, when to come back: a Retry-After in whole seconds proportional to the
// devices already told to wait and the rate at which admitted uploads finish, with random jitter, so that the wave
// returns spread over time at about the pace the database can take it.

/** The default cap: enough to keep PostgreSQL's pool of 10 and a few slow senders busy, small enough for memory. */
export const DEFAULT_UPLOADS_AT_ONCE = 32;

/** The longest wait the gate asks for, whatever the queue: a device is never parked for long. */
export const MAX_BUSY_RETRY_AFTER_SECONDS = 120;

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
  /** Devices told to come back (by the key the caller names them with), with the time they are expected (epoch ms). */
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
    // A device that comes back is no longer waiting, admitted or not.
    const expectedAt = this.waiting.get(deviceKey);
    this.waiting.delete(deviceKey);
    if (this.open < this.limit) {
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
    const retryAfterSeconds = this.retryAfterSeconds(this.aheadOf(expectedAt));
    if (this.waiting.size < MAX_WAITING) this.waiting.set(deviceKey, now + retryAfterSeconds * 1000);
    return { admitted: false, retryAfterSeconds };
  }

  /**
   * Devices ahead of one being refused: a newcomer queues behind every device told to wait; a device that came back
   * and still found no place (uploads finished slower than estimated) keeps its rank, behind only those that were
   * due before it, so that it is not sent to the back while the gate empties.
   */
  private aheadOf(expectedAt: number | undefined): number {
    if (expectedAt === undefined) return this.waiting.size;
    let ahead = 0;
    for (const other of this.waiting.values()) if (other < expectedAt) ahead += 1;
    return ahead;
  }

  /**
   * The wait for a device with `ahead` devices before it: they and it go in at the finish rate; a random quarter of
   * that (at least one second) spreads devices told the same.
   */
  private retryAfterSeconds(ahead: number): number {
    const base = (ahead + 1) / this.finishRatePerSecond;
    const spread = Math.max(1, base / 4);
    const seconds = Math.ceil(base + this.random() * spread);
    return Math.min(MAX_BUSY_RETRY_AFTER_SECONDS, Math.max(1, seconds));
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
