/**
 * A token bucket, as Auth0 rate-limits its Management API: `burst` requests at once, refilled at
 * `ratePerSecond`. Pure: the caller passes the time. `reset` is when the bucket is full again
 * (epoch seconds, rounded up), which is what `x-ratelimit-reset` carries.
 */
export interface BucketAnswer {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  readonly resetEpochSeconds: number;
  /** Seconds until one more request is allowed (for Retry-After), 0 when allowed now. */
  readonly retryAfterSeconds: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly burst: number,
    readonly ratePerSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(nowMs: number): BucketAnswer {
    this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.last) / 1000) * this.ratePerSecond);
    this.last = nowMs;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const missing = this.burst - this.tokens;
    return {
      allowed,
      limit: this.burst,
      remaining: Math.floor(this.tokens),
      resetEpochSeconds: Math.ceil((nowMs + (missing / this.ratePerSecond) * 1000) / 1000),
      retryAfterSeconds: allowed ? 0 : Math.ceil((1 - this.tokens) / this.ratePerSecond),
    };
  }
}
