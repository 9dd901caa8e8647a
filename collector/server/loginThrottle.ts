// Per-client limits on staff logins, kept in memory only (a client's address is a Map key here and is never written
// to the database, a file or a log): at most a few logins of one client in flight, a delay after each failure past
// the first few that doubles with every further failure, and a cap on password hashes computed at once (each
// scrypt check costs about 32 MB and 50 ms), so a flood of guesses queues behind itself instead of before staff.

export interface LoginThrottleSettings {
  /** Logins of one client being checked at the same time. */
  readonly inFlightPerClient: number;
  /** Failures of one client, in a row, that cost no wait. */
  readonly freeFailures: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** Password hashes computed at once, all clients together, and how many more may wait for a turn. */
  readonly hashesAtOnce: number;
  readonly hashesWaiting: number;
}

export const LOGIN_THROTTLE: LoginThrottleSettings = {
  inFlightPerClient: 2,
  freeFailures: 3,
  firstDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  hashesAtOnce: 4,
  hashesWaiting: 32,
};

export type LoginAdmission =
  | { readonly allowed: true; readonly finish: (outcome: 'success' | 'failure', now: number) => void }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface ClientState {
  inFlight: number;
  failures: number;
  waitUntil: number;
}

/** Clients remembered at most; past this, the ones with nothing pending are forgotten first. */
const MAX_CLIENTS = 10_000;

export class LoginThrottle {
  private readonly settings: LoginThrottleSettings;
  private readonly clients = new Map<string, ClientState>();
  private hashing = 0;
  private readonly queue: (() => void)[] = [];

  constructor(settings: LoginThrottleSettings = LOGIN_THROTTLE) {
    this.settings = settings;
  }

  /** Lets a login of `client` go ahead, or says how long the client must wait. */
  admit(client: string, now: number): LoginAdmission {
    let state = this.clients.get(client);
    if (state !== undefined && state.waitUntil > now) return { allowed: false, retryAfterSeconds: Math.ceil((state.waitUntil - now) / 1000) };
    if (state !== undefined && state.inFlight >= this.settings.inFlightPerClient) return { allowed: false, retryAfterSeconds: 1 };
    if (state === undefined) {
      if (this.clients.size >= MAX_CLIENTS) this.forgetIdle(now);
      state = { inFlight: 0, failures: 0, waitUntil: 0 };
      this.clients.set(client, state);
    }
    const current = state;
    current.inFlight += 1;
    let finished = false;
    return {
      allowed: true,
      finish: (outcome, at) => {
        if (finished) return;
        finished = true;
        current.inFlight -= 1;
        if (outcome === 'success') current.failures = 0;
        else {
          current.failures += 1;
          const beyond = current.failures - this.settings.freeFailures;
          if (beyond > 0) current.waitUntil = at + Math.min(this.settings.maxDelayMs, this.settings.firstDelayMs * 2 ** Math.min(beyond - 1, 30));
        }
      },
    };
  }

  /**
   * Runs one password check when a hashing turn is free; null (do not check) when too many already wait, so memory
   * and CPU stay bounded whatever the number of clients.
   */
  async withHashTurn<T>(work: () => Promise<T>): Promise<T | null> {
    if (this.hashing >= this.settings.hashesAtOnce) {
      if (this.queue.length >= this.settings.hashesWaiting) return null;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.hashing += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next === undefined) this.hashing -= 1;
      else next(); // the turn passes on directly: `hashing` stays counted for it
    }
  }

  private forgetIdle(now: number): void {
    for (const [client, state] of this.clients) if (state.inFlight === 0 && state.waitUntil <= now) this.clients.delete(client);
    // Still full: every client is waiting or in flight. Forget the oldest, so memory stays bounded.
    while (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
  }
}
