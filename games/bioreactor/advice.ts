// When the advice line speaks: at once when the alerts change (but not more often than every 3 s, so a screen reader
// is not flooded), otherwise a routine reminder of the day every 15 s. Pure: the time is passed in.

import { cultureAlerts } from './describer';
import type { BioreactorSnapshot } from './model';

/** The advice line changes at most this often when alerts change, and repeats the day at most this often. */
const ADVICE_MIN_INTERVAL_MS = 3000;
const ADVICE_ROUTINE_INTERVAL_MS = 15000;

export class AdvicePacer {
  private lastAdviceAt = -Infinity;
  private lastAlerts = '';

  /** Whether to say the advice now; `force` always says it (start of the run). */
  due(snapshot: BioreactorSnapshot, now: number, force: boolean): boolean {
    const alerts = cultureAlerts(snapshot).slice(0, 2).join();
    const alertsChanged = alerts !== this.lastAlerts && now - this.lastAdviceAt >= ADVICE_MIN_INTERVAL_MS;
    if (!force && !alertsChanged && now - this.lastAdviceAt < ADVICE_ROUTINE_INTERVAL_MS) return false;
    this.lastAlerts = alerts;
    this.lastAdviceAt = now;
    return true;
  }
}
