/**
 * One target's rate limiter. It learns from every answer and spaces requests so the vendor
 * rarely has to refuse one. Its parts, one job each:
 *
 * - quota-mirror.ts: where answers carry a quota (`X-RateLimit-*`, IETF `RateLimit`), a mirror
 *   of the vendor's bucket, spent down to a reserve and waited on until it refills.
 * - window-pace.ts: a window limit, stated (hooks.yaml `rateLimit`) or learned, kept to.
 * - silent-walls.ts: what bare 429s teach where a vendor says nothing.
 * - this file: the turns (the first to ask is the first to go), requests in flight, and pauses
 *   (`Retry-After`, obeyed as given and never capped: if it is longer than the wait budget, the
 *   request fails with a message that says so rather than coming back early).
 *
 * Time comes from the injected clock and sleep, so tests count instead of timing.
 */
import { formatDuration } from '../core/duration.js';
import type { RateLimitPolicy } from '../core/model.js';
import { QuotaMirror } from './quota-mirror.js';
import { readRateSignal, type Headers } from './rate-headers.js';
import { pauseAsked } from './refusal.js';
import { SilentWalls } from './silent-walls.js';
import { OverBudget, type LimitWait, type Sent, type Ticket } from './waits.js';
import { WindowPace } from './window-pace.js';

export { OverBudget, type LimitWait, type Ticket } from './waits.js';


export interface LimiterOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The target's stated limit (hooks.yaml `rateLimit`). */
  readonly policy?: RateLimitPolicy | undefined;
  /** The vendor's quota refills continuously (a token bucket) rather than at `reset`. */
  readonly tokenBucket?: boolean;
  /** Requests kept in hand, for other clients of the same tenant and rounding: default 1. */
  readonly reserve?: number;
  /** For the jitter of backoffs after bare 429s. */
  readonly random?: () => number;
}

export class RateLimiter {
  readonly stats = { throttled: 0 };
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly quota: QuotaMirror;
  private readonly pace: WindowPace;
  private readonly walls: SilentWalls;
  private turn: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private answered: { promise: Promise<void>; resolve: () => void } | undefined;
  private pausedUntil = 0;
  private pauseReason = '';

  constructor(options: LimiterOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.quota = new QuotaMirror(options.tokenBucket === true, options.reserve ?? 1);
    this.pace = new WindowPace(options.policy);
    this.walls = new SilentWalls(this.pace, options.random ?? Math.random);
  }

  /** What the limiter has learned, for messages: `10 requests per 1s (learned from 429s)`. */
  describe(): string | undefined {
    return this.pace.describe() ?? this.quota.describe();
  }

  /**
   * Waits until a request may go out, then counts it as in flight. Requests take turns, so the
   * first to ask is the first to go. Throws OverBudget, having sent nothing, when the wait it
   * would need exceeds `budgetMs`.
   */
  async acquire(budgetMs: number, onWait?: (w: LimitWait) => void): Promise<{ ticket: Ticket; waitedMs: number }> {
    const previous = this.turn;
    let done!: () => void;
    this.turn = new Promise((resolve) => (done = resolve));
    await previous;
    try {
      let waited = 0;
      for (let wait = this.delay(this.now()); wait; wait = this.delay(this.now())) {
        if (wait === 'answer') {
          await this.nextAnswer();
          continue;
        }
        if (waited + wait.ms > budgetMs) throw new OverBudget(wait, waited);
        onWait?.(wait);
        waited += wait.ms;
        await this.sleep(wait.ms);
      }
      return { ticket: this.take(this.now()), waitedMs: waited };
    } finally {
      done();
    }
  }

  /** Whether the next request would have to wait: after a 429, whether the limiter will pause it. */
  wouldWait(): boolean {
    return this.delay(this.now()) !== undefined;
  }

  /** An answer came: learn from its status and headers. */
  settle(ticket: Ticket, status: number, headers: Headers): void {
    const now = this.now();
    this.landed(ticket, now);
    const signal = readRateSignal(headers, now);
    const retryAfter = pauseAsked(status, headers, now);
    if (status === 429) this.stats.throttled++;
    if (retryAfter !== undefined) this.pause(now + retryAfter, `the API asked to wait ${formatDuration(retryAfter)} (Retry-After)`);
    if (signal) this.quota.observe(signal, status, now, this.inFlight);
    const pause = this.walls.answered(ticket, status, now, signal === undefined && retryAfter === undefined);
    if (pause) this.pause(pause.until, pause.reason);
  }

  /** The request failed in transit: free its place, learn nothing. */
  abandon(ticket: Ticket): void {
    this.landed(ticket, this.now());
  }

  private landed(ticket: Ticket, now: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    Object.assign(ticket as Sent, { at: now, answered: true });
    this.answered?.resolve();
    this.answered = undefined;
  }

  private nextAnswer(): Promise<void> {
    if (!this.answered) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.answered = { promise, resolve };
    }
    return this.answered.promise;
  }

  private take(now: number): Ticket {
    this.quota.take(now, this.inFlight);
    const sent: Sent = { sentAt: now, at: now, answered: false };
    this.pace.sent(sent);
    this.inFlight++;
    return sent;
  }

  /** How long the next request must wait, or 'answer' when that depends on a request in flight. */
  private delay(now: number): LimitWait | 'answer' | undefined {
    if (this.pausedUntil > now) return { ms: this.pausedUntil - now, kind: 'pause', reason: this.pauseReason };
    if (this.walls.probing && this.inFlight > 0) return 'answer';
    return this.pace.delay(now) ?? this.quota.delay(now, this.inFlight);
  }

  private pause(until: number, reason: string): void {
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.pauseReason = reason;
    }
  }
}
