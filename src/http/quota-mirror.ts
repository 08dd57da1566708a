/**
 * A mirror of the vendor's quota, for vendors whose answers carry one (`X-RateLimit-*`, IETF
 * `RateLimit`): the last `remaining` it was told, minus the requests still in flight (they may
 * not have been counted yet). The limiter sends while more than `reserve` requests are left,
 * then waits for the quota to come back: at the refill rate measured here (a token bucket such
 * as Auth0's refills continuously) or else at `reset` (a fixed window refills all at once). The
 * refill is measured against recent answers (see learnRefill), each figure a lower bound; every
 * answer re-syncs the mirror, so an estimate that is too low costs little and one that is too
 * high is caught by the reserve (and halved by the 429 it causes). Time comes in as arguments.
 */
import type { RateSignal } from './rate-headers.js';
import type { LimitWait } from './waits.js';

/** No vendor's quota resets more than a day ahead; a header that says so is not believed. */
const MAX_PLAUSIBLE_RESET_MS = 24 * 3_600_000;
/** The shortest span a refill is measured over: long enough for rounding to matter little. */
const MEASURE_SPAN_MS = 250;
/** Answers kept to measure against: some seconds' worth at the rates vendors allow. */
const HISTORY = 128;

export class QuotaMirror {
  private tokens: number | undefined;
  private tokensAt = 0;
  private limit: number | undefined;
  private resetAt: number | undefined;
  private measuredPerMs = 0;
  private boundPerMs = 0;
  private consumed = 0;
  /** Recent answers' quota, oldest first, to measure the refill against. */
  private readonly history: { at: number; remaining: number; consumed: number; inFlight: number; resetAt: number | undefined }[] = [];

  constructor(
    /** The vendor's quota refills continuously (a token bucket) rather than at `reset`. */
    private readonly tokenBucket: boolean,
    /** Requests kept in hand, for other clients of the same tenant and rounding. */
    private readonly reserve: number,
  ) {}

  /** `a quota of 100, refilled at 2.0/s (from the API's headers)`, once headers said one. */
  describe(): string | undefined {
    if (this.limit === undefined) return undefined;
    return `a quota of ${this.limit}${this.measuredPerMs > 0 ? `, refilled at ${(this.measuredPerMs * 1000).toFixed(1)}/s` : ''} (from the API's headers)`;
  }

  /** A request goes out now: it takes a token from the mirror. */
  take(now: number, inFlight: number): void {
    if (this.tokens === undefined) return;
    this.tokens = this.available(now, inFlight) - 1;
    this.tokensAt = now;
  }

  /** How long the next request must wait for the quota, 'answer' to wait for one in flight. */
  delay(now: number, inFlight: number): LimitWait | 'answer' | undefined {
    if (this.tokens === undefined) return undefined;
    const available = this.available(now, inFlight);
    const needed = 1 + this.reserve;
    if (available >= needed) return undefined;
    if (this.tokenBucket && this.measuredPerMs === 0 && available >= 1) {
      // A bucket whose refill is not yet known: rather than wait for it to be full, spend the
      // reserve on one probe, alone and a moment after the last answer; its answer shows how
      // much came back meanwhile.
      if (inFlight > 0) return 'answer';
      const probeAt = (this.history.at(-1)?.at ?? 0) + MEASURE_SPAN_MS;
      if (now >= probeAt) return undefined;
      return { ms: probeAt - now, kind: 'pace', reason: 'measuring how fast the quota refills' };
    }
    const rate = Math.max(this.measuredPerMs, this.boundPerMs);
    const untilRefill = rate > 0 ? Math.ceil((needed - available) / rate) : Infinity;
    const untilReset = this.resetAt !== undefined && this.resetAt > now ? this.resetAt - now : Infinity;
    const soonest = Math.min(untilRefill, untilReset);
    const ms = Math.max(1, Number.isFinite(soonest) ? soonest : 1000);
    return { ms, kind: 'pace', reason: `${Math.max(0, Math.floor(available))} of ${this.limit ?? '?'} requests left` };
  }

  /** An answer's quota headers: re-sync the mirror and learn the refill. */
  observe(signal: RateSignal, status: number, now: number, inFlight: number): void {
    if (status !== 429) this.consumed++;
    this.limit = signal.limit ?? this.limit;
    // A reset more than a day away (year 5138, say) is implausible, not something to wait for:
    // treat it as unknown. Without a reset time, assume the quota may have moved within a second.
    const plausible = signal.resetAt !== undefined && signal.resetAt - now <= MAX_PLAUSIBLE_RESET_MS ? signal.resetAt : undefined;
    this.resetAt = plausible ?? now + (signal.windowMs ?? 1000);
    this.tokens = signal.remaining - inFlight;
    this.tokensAt = now;
    this.learnRefill(plausible === signal.resetAt ? signal : { ...signal, resetAt: undefined }, now, status, inFlight);
  }

  /** The mirror's tokens now: refilled at the known rate, and whole again after `reset`. */
  private available(now: number, inFlight: number): number {
    const full = this.limit ?? 1 + this.reserve;
    const tokens = this.tokens ?? full;
    // Whole again after the reset, less what is in flight: those were sent on the old answer and
    // will be counted against the new quota.
    if (this.resetAt !== undefined && now >= this.resetAt) return Math.max(tokens, full - inFlight);
    const rate = Math.max(this.measuredPerMs, this.boundPerMs);
    return Math.min(full, tokens + rate * (now - this.tokensAt));
  }

  private learnRefill(signal: RateSignal, now: number, status: number, inFlight: number): void {
    // A token bucket's reset is when it is full again: it refills at least this fast. The −1
    // covers `remaining` being rounded down.
    if (this.tokenBucket && signal.limit !== undefined && signal.resetAt !== undefined && signal.resetAt > now) {
      this.boundPerMs = Math.max(0, signal.limit - signal.remaining - 1) / (signal.resetAt - now);
    }
    // Refused although paced: the measured rate was too high. Halve it; answers raise it again.
    if (status === 429) this.measuredPerMs /= 2;
    // Measured against every earlier answer at least MEASURE_SPAN_MS old: long spans make the
    // rounding small. Every term errs low, so each figure is a lower bound and the highest is
    // kept: requests in flight at the earlier answer may already have been in its `remaining`,
    // `remaining` is rounded down, and a bucket that was full for a while hid part of its refill.
    for (const o of this.history) {
      if (now - o.at < MEASURE_SPAN_MS) break;
      if (!this.tokenBucket && o.resetAt !== undefined && now >= o.resetAt) continue; // a window reset in between
      const refilled = signal.remaining - o.remaining + (this.consumed - o.consumed) - o.inFlight - 1;
      if (refilled > 0) this.measuredPerMs = Math.max(this.measuredPerMs, refilled / (now - o.at));
    }
    this.history.push({ at: now, remaining: signal.remaining, consumed: this.consumed, inFlight, resetAt: this.resetAt });
    if (this.history.length > HISTORY) this.history.shift();
  }
}
