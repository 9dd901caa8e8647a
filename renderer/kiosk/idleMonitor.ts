// Decides when a kiosk visitor has gone: after the idle time without any touch, key or click, a "still there?"
// countdown starts; any activity cancels it; when it runs out the visit is over. Pure (time is passed in), so the
// timing rules are unit-tested without waiting.

export type IdlePhase =
  | { readonly kind: 'active' }
  | { readonly kind: 'warning'; readonly secondsLeft: number }
  | { readonly kind: 'expired' };

export interface IdleTimings {
  /** Time without activity before the countdown appears. */
  readonly idleMs: number;
  /** Length of the "still there?" countdown. */
  readonly countdownMs: number;
}

export class IdleMonitor {
  private lastActivity: number;

  constructor(
    private readonly timings: IdleTimings,
    now: number,
  ) {
    this.lastActivity = now;
  }

  /** A touch, click, key or scroll: the visitor is here. Ignored once the visit has expired. */
  activity(now: number): void {
    if (this.phase(now).kind === 'expired') return;
    this.lastActivity = now;
  }

  /** Starts counting from now, e.g. when a new visitor begins. */
  restart(now: number): void {
    this.lastActivity = now;
  }

  phase(now: number): IdlePhase {
    const idle = now - this.lastActivity;
    if (idle < this.timings.idleMs) return { kind: 'active' };
    const intoCountdown = idle - this.timings.idleMs;
    if (intoCountdown >= this.timings.countdownMs) return { kind: 'expired' };
    return { kind: 'warning', secondsLeft: Math.ceil((this.timings.countdownMs - intoCountdown) / 1000) };
  }
}
