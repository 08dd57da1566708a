/**
 * One target's rate limiter. It learns from every answer and spaces requests so the vendor
 * rarely has to refuse one:
 *
 * - Where answers carry a quota (`X-RateLimit-*`, IETF `RateLimit`), it keeps a mirror of the
 *   vendor's bucket: the last `remaining` it was told, minus the requests still in flight (they
 *   may not have been counted yet). It sends while more than `reserve` requests are left, then
 *   waits for the quota to come back: at the refill rate it has measured (a token bucket such as
 *   Auth0's refills continuously) or else at `reset` (a fixed window refills all at once). The
 *   refill is measured against recent answers (see learnRefill), each figure a lower bound; every
 *   answer re-syncs the mirror, so an estimate that is too low costs little and one that is too
 *   high is caught by the reserve (and halved by the 429 it causes).
 * - Where a target states its limit (`rateLimit: {requests, per}` in hooks.yaml) it never sends
 *   more than `requests` in any `per`, which no fixed or sliding window of that size refuses.
 * - Where a vendor says nothing (Nursa: no headers, no Retry-After, an HTML 429), a bare 429 is
 *   not taken for a window limit on its own word: random refusals are not one. A lone 429 costs
 *   a short, jittered pause and one request alone; a refusal that persists across that probe is
 *   a wall, backed off exponentially with jitter (1-1.5 s, 2-3 s, 4-6 s, ..., at most 60 s a step)
 *   until a request goes through. A count is learned only when it repeats: two walls in a row,
 *   each in a window seen from its start, after the same number of accepted requests. hooksync
 *   then keeps to that count per window (the common length, 1 s, 10 s or 1 min, that covers how
 *   long the wall stood), and drops it again at the first refusal that comes before the count
 *   was reached, which shows the refusals were not about the count. A stated limit is never
 *   changed by a 429.
 * - `Retry-After` is obeyed as given, never capped: if it is longer than the wait budget, the
 *   request fails with a message that says so rather than coming back early.
 *
 * Time comes from the injected clock and sleep, so tests count instead of timing.
 */
import { formatDuration } from './duration.js';
import { readRateSignal, retryAfterMs, type Headers, type RateSignal } from './rate-headers.js';

export interface LimitPolicy {
  readonly requests: number;
  readonly perMs: number;
}

export interface LimiterOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The target's stated limit (hooks.yaml `rateLimit`). */
  readonly policy?: LimitPolicy | undefined;
  /** The vendor's quota refills continuously (a token bucket) rather than at `reset`. */
  readonly tokenBucket?: boolean;
  /** Requests kept in hand, for other clients of the same tenant and rounding: default 1. */
  readonly reserve?: number;
  /** For the jitter of backoffs after bare 429s. */
  readonly random?: () => number;
}

export interface LimitWait {
  readonly ms: number;
  /** `pace`: spacing requests before the limit; `pause`: after a 429 or a Retry-After. */
  readonly kind: 'pace' | 'pause';
  readonly reason: string;
}

/** A request's place: when it went out. */
export interface Ticket {
  readonly sentAt: number;
}

/** The limiter's own record behind a ticket. */
interface Sent extends Ticket {
  /** Send time, then answer time: the latest the server can have counted the request. */
  at: number;
  answered: boolean;
}

/** The wait the limiter needs is longer than the budget the request has left. */
export class OverBudget extends Error {
  constructor(readonly wait: LimitWait, readonly waitedMs: number) {
    super(`needs a wait of ${formatDuration(wait.ms)} (${wait.reason})`);
  }
}

/** Window lengths a silent vendor's window is rounded up to, once a wall shows it is real. */
const COMMON_WINDOWS_MS: readonly number[] = [1000, 10_000, 60_000];
/** The probe after a lone bare 429 waits this long, jittered down to half. */
const BLIP_PAUSE_MS = 500;
/** The longest single pause a bare 429 causes: random refusals cost seconds, never an hour. */
const MAX_SILENT_PAUSE_MS = 60_000;

interface Window {
  /** When its first accepted request went out. */
  readonly start: number;
  accepted: number;
  /** The window began with a probe after a wall, so its count is all ours. */
  readonly clean: boolean;
}

/** Bare 429s in a row: a blip until a probe is refused too. */
interface Wall {
  refusals: number;
  readonly firstAt: number;
  lastAt: number;
  /** Requests sent before this were in flight when it began: their 429s are the same refusal. */
  pauseEnd: number;
  /** The window it came in, and how much that window had accepted. */
  readonly window: Window;
}

export class RateLimiter {
  readonly stats = { throttled: 0 };
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly reserve: number;
  private turn: Promise<void> = Promise.resolve();
  private inFlight = 0;

  // What quota headers said.
  private tokens: number | undefined;
  private tokensAt = 0;
  private limit: number | undefined;
  private resetAt: number | undefined;
  private measuredPerMs = 0;
  private boundPerMs = 0;
  private consumed = 0;
  /** Recent answers' quota, oldest first, to measure the refill against. */
  private readonly history: { at: number; remaining: number; consumed: number; inFlight: number; resetAt: number | undefined }[] = [];

  // Stated or learned windows.
  private policy: LimitPolicy | undefined;
  private policySource: 'stated' | 'learned' | undefined;
  private readonly sends: Sent[] = [];
  private answered: { promise: Promise<void>; resolve: () => void } | undefined;
  private window: Window | undefined;
  private wall: Wall | undefined;
  /** The count the last wall came after, to be learned if the next wall comes after it too. */
  private candidate: number | undefined;
  private learning = false;
  private readonly random: () => number;
  private pausedUntil = 0;
  private pauseReason = '';

  constructor(private readonly options: LimiterOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.reserve = options.reserve ?? 1;
    this.random = options.random ?? Math.random;
    if (options.policy) {
      this.policy = options.policy;
      this.policySource = 'stated';
    }
  }

  /** What the limiter has learned, for messages: `10 requests per 1s (learned from 429s)`. */
  describe(): string | undefined {
    if (this.policy) return `${this.policy.requests} requests per ${formatDuration(this.policy.perMs)} (${this.policySource === 'stated' ? 'rateLimit in hooks.yaml' : 'learned from 429s'})`;
    if (this.limit !== undefined) return `a quota of ${this.limit}${this.measuredPerMs > 0 ? `, refilled at ${(this.measuredPerMs * 1000).toFixed(1)}/s` : ''} (from the API's headers)`;
    return undefined;
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
    const retryAfter = status === 429 || status === 503 ? retryAfterMs(headers, now) : undefined;
    if (status === 429) this.stats.throttled++;
    if (retryAfter !== undefined) this.pause(now + retryAfter, `the API asked to wait ${formatDuration(retryAfter)} (Retry-After)`);
    if (signal) this.observe(signal, status, now);
    this.count(ticket, status, now, signal === undefined && retryAfter === undefined);
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
    if (this.tokens !== undefined) {
      this.tokens = this.available(now) - 1;
      this.tokensAt = now;
    }
    const sent: Sent = { sentAt: now, at: now, answered: false };
    this.sends.push(sent);
    const keep = Math.max(this.policy?.requests ?? 0, 1);
    if (this.sends.length > keep * 2) this.sends.splice(0, this.sends.length - keep);
    this.inFlight++;
    return sent;
  }

  /**
   * How long the next request must wait, or 'answer' when that depends on a request still in
   * flight: a window limit counts a request from its answer (the latest the server can have
   * seen it), so the trip's length never lets two windows' worth land in one.
   */
  private delay(now: number): LimitWait | 'answer' | undefined {
    if (this.pausedUntil > now) return { ms: this.pausedUntil - now, kind: 'pause', reason: this.pauseReason };
    if (this.learning && this.inFlight > 0) return 'answer';
    if (this.policy && this.sends.length >= this.policy.requests) {
      const { requests, perMs } = this.policy;
      const nth = this.sends[this.sends.length - requests]!;
      if (!nth.answered) return 'answer';
      const free = nth.at + perMs + margin(perMs);
      if (free > now) return { ms: free - now, kind: 'pace', reason: `keeping to ${this.describe()}` };
    }
    if (this.tokens === undefined) return undefined;
    const available = this.available(now);
    const needed = 1 + this.reserve;
    if (available >= needed) return undefined;
    if (this.options.tokenBucket && this.measuredPerMs === 0 && available >= 1) {
      // A bucket whose refill is not yet known: rather than wait for it to be full, spend the
      // reserve on one probe, alone and a moment after the last answer; its answer shows how
      // much came back meanwhile.
      if (this.inFlight > 0) return 'answer';
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

  /** The mirror's tokens now: refilled at the known rate, and whole again after `reset`. */
  private available(now: number): number {
    const full = this.limit ?? 1 + this.reserve;
    const tokens = this.tokens ?? full;
    // Whole again after the reset, less what is in flight: those were sent on the old answer and
    // will be counted against the new quota.
    if (this.resetAt !== undefined && now >= this.resetAt) return Math.max(tokens, full - this.inFlight);
    const rate = Math.max(this.measuredPerMs, this.boundPerMs);
    return Math.min(full, tokens + rate * (now - this.tokensAt));
  }

  private observe(signal: RateSignal, status: number, now: number): void {
    if (status !== 429) this.consumed++;
    this.limit = signal.limit ?? this.limit;
    // A reset more than a day away (year 5138, say) is implausible, not something to wait for:
    // treat it as unknown. Without a reset time, assume the quota may have moved within a second.
    const plausible = signal.resetAt !== undefined && signal.resetAt - now <= MAX_PLAUSIBLE_RESET_MS ? signal.resetAt : undefined;
    this.resetAt = plausible ?? now + (signal.windowMs ?? 1000);
    this.tokens = signal.remaining - this.inFlight;
    this.tokensAt = now;
    this.learnRefill(plausible === signal.resetAt ? signal : { ...signal, resetAt: undefined }, now, status);
  }

  private learnRefill(signal: RateSignal, now: number, status: number): void {
    // A token bucket's reset is when it is full again: it refills at least this fast. The −1
    // covers `remaining` being rounded down.
    if (this.options.tokenBucket && signal.limit !== undefined && signal.resetAt !== undefined && signal.resetAt > now) {
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
      if (!this.options.tokenBucket && o.resetAt !== undefined && now >= o.resetAt) continue; // a window reset in between
      const refilled = signal.remaining - o.remaining + (this.consumed - o.consumed) - o.inFlight - 1;
      if (refilled > 0) this.measuredPerMs = Math.max(this.measuredPerMs, refilled / (now - o.at));
    }
    this.history.push({ at: now, remaining: signal.remaining, consumed: this.consumed, inFlight: this.inFlight, resetAt: this.resetAt });
    if (this.history.length > HISTORY) this.history.shift();
  }

  /** Window bookkeeping for vendors that say nothing, and what a bare 429 teaches. */
  private count(ticket: Ticket, status: number, now: number, silent: boolean): void {
    if (status !== 429) {
      if (this.wall && ticket.sentAt >= this.wall.pauseEnd) this.wallOver(ticket);
      this.window ??= { start: ticket.sentAt, accepted: 0, clean: false };
      this.window.accepted++;
      return;
    }
    if (!silent) return;
    const window = this.window ?? (this.window = { start: ticket.sentAt, accepted: 0, clean: false });
    if (this.wall && ticket.sentAt < this.wall.pauseEnd) return; // in flight when the wall began
    if (!this.wall) {
      this.unlearnIfRefusedEarly(now);
      // Perhaps a blip: a short, jittered pause, then one request alone to find out.
      this.wall = { refusals: 1, firstAt: now, lastAt: now, pauseEnd: now + jitter(BLIP_PAUSE_MS, this.random), window };
      this.learning = true;
      this.pause(this.wall.pauseEnd, 'rate limited (429) with no hint; trying one request again shortly');
      return;
    }
    // Refused again after the pause: a wall. Back off exponentially, jittered upwards.
    const wall = this.wall;
    wall.refusals++;
    wall.lastAt = now;
    wall.pauseEnd = now + Math.min(MAX_SILENT_PAUSE_MS, Math.round(1000 * 2 ** (wall.refusals - 2) * (1 + 0.5 * this.random())));
    this.pause(wall.pauseEnd, `rate limited (429) with no hint, ${wall.refusals} times in a row; backing off`);
  }

  /** A request went through after bare 429s. A wall that repeats the last one's count is learned. */
  private wallOver(ticket: Ticket): void {
    const wall = this.wall!;
    this.wall = undefined;
    this.learning = false;
    if (wall.refusals < 2) return; // a blip: the window goes on as it was
    this.window = { start: ticket.sentAt, accepted: 0, clean: true };
    // A count of one is too easily a coincidence of two refused probes in a row to be learned.
    if (!wall.window.clean || wall.window.accepted < 2 || this.policySource === 'stated') return;
    if (this.candidate === wall.window.accepted) {
      this.policy = { requests: wall.window.accepted, perMs: roundWindow(wall.lastAt - wall.firstAt) };
      this.policySource = 'learned';
    }
    this.candidate = wall.window.accepted;
  }

  /** A learned count refused before it was reached was not the vendor's count: forget it. */
  private unlearnIfRefusedEarly(now: number): void {
    if (this.policySource !== 'learned' || !this.policy) return;
    const { requests, perMs } = this.policy;
    if (this.sends.filter((x) => x.at >= now - perMs).length < requests) {
      this.policy = undefined;
      this.policySource = undefined;
      this.candidate = undefined;
    }
  }

  private pause(until: number, reason: string): void {
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.pauseReason = reason;
    }
  }
}

/** No vendor's quota resets more than a day ahead; a header that says so is not believed. */
const MAX_PLAUSIBLE_RESET_MS = 24 * 3_600_000;

/** The shortest span a refill is measured over: long enough for rounding to matter little. */
const MEASURE_SPAN_MS = 250;
/** Answers kept to measure against: some seconds' worth at the rates vendors allow. */
const HISTORY = 128;

/**
 * The common window length that covers `ms`, and never more than a minute: a vendor that says
 * nothing about its limits is not believed to keep an hour's window on the word of bare 429s.
 */
const roundWindow = (ms: number): number => COMMON_WINDOWS_MS.find((w) => w > ms) ?? MAX_SILENT_PAUSE_MS;

/** `ms` jittered down to as little as half, so clients that were refused together do not return together. */
const jitter = (ms: number, random: () => number): number => Math.round(ms * (0.5 + 0.5 * random()));

/** Slack for the trip to the server: its window starts when our first request arrives. */
const margin = (perMs: number): number => Math.max(25, Math.round(perMs * 0.01));
