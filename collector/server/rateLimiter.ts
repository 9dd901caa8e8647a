// Per-device token buckets: a device may burst `burst` requests, then `perMinute` a minute. The answer says how
// long to wait, which becomes the Retry-After header. Kept in memory per process (documented in docs/collector.md).

import type { RateLimitSettings } from '../settings';

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_TRACKED_KEYS = 100_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly settings: RateLimitSettings;

  constructor(settings: RateLimitSettings) {
    this.settings = settings;
  }

  take(key: string, now: number): RateDecision {
    const perMs = this.settings.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.settings.burst, updatedAt: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    if (!this.buckets.has(key)) {
      // Full buckets carry no information; forgetting them bounds memory whatever the number of devices.
      if (this.buckets.size >= MAX_TRACKED_KEYS) this.forgetFull(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private forgetFull(now: number): void {
    const perMs = this.settings.perMinute / 60_000;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * perMs >= this.settings.burst) this.buckets.delete(key);
    }
  }
}
