/**
 * One HTTP path for every provider: the transport (transport.ts), a rate limiter per target,
 * and retries through p-retry, decided in retry.ts. A response of any status is returned to the
 * caller, which knows how its vendor words errors; only transport failures, and a rate limit
 * that outlasts the wait budget, throw here.
 *
 * One request's whole life, its tries as well as the limiter's and the retries' waits, comes out
 * of one budget (`--max-wait`); each try also has its own deadline (`--request-timeout`). Waits
 * are announced: every pause after a refusal, and pacing waits of a second or more.
 */
import pRetry, { AbortError } from 'p-retry';
import { formatDuration } from '../core/duration.js';
import { HooksyncError, NetworkError } from '../core/errors.js';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from './defaults.js';
import type { BackoffOptions } from './backoff.js';
import { OverBudget, RateLimiter, type LimitWait, type Ticket } from './limiter.js';
import { asRateLimit } from './refusal.js';
import { retriesAnswer, retriesTransportFailure, retryWait } from './retry.js';
import { AnswerTooLarge, Transport, TrickledAnswer } from './transport.js';
import type { Http, HttpRequest, HttpResponse, RateLimitSign, Timeouts } from './types.js';
import { WriteGate } from './write-gate.js';

export type { Http, HttpRequest, HttpResponse, RateLimitSign, Timeouts } from './types.js';
export { AnswerTooLarge } from './transport.js';

/** Pacing waits shorter than this are not worth a line of output. */
const ANNOUNCE_PACE_MS = 1000;

export interface WaitInfo {
  readonly target: string | undefined;
  readonly reason: string;
  readonly ms: number;
}

export interface HttpOptions {
  readonly timeouts?: Timeouts;
  /** Retries of one request after its first try. */
  readonly retries?: number;
  /** Total time all waits of one request (limiter and retries) may add up to. */
  readonly maxWaitMs?: number;
  readonly backoff?: BackoffOptions;
  /** Connections per origin. */
  readonly connections?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly onWait?: (info: WaitInfo) => void;
}

/** A target's requests: its name for messages, and its own limiter. */
export interface Scope {
  readonly target: string;
  readonly limiter: RateLimiter;
  /** Its writes, one at a time and spaced (see write-gate.ts); absent: writes are not gated. */
  readonly writes?: WriteGate;
  /** Its vendor's other words for "rate limited" (GitHub: some 403s); absent: only 429. */
  readonly rateLimited?: RateLimitSign;
}

/** Per-target settings a provider gives the client. */
export interface TargetHttp {
  readonly writeGapMs?: number;
  readonly rateLimited?: RateLimitSign;
  /** A write gate shared with other targets on the same credentials (one pace per token). */
  readonly writes?: WriteGate;
}

/** A rate limit outlasted the retries or the wait budget; nothing more was sent. */
export class RateLimitError extends HooksyncError {
  constructor(message: string) {
    super('HOOKSYNC_API', message);
    this.name = 'RateLimitError';
  }
}

class RetryableResponse extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`);
  }
}

export class HttpClient implements Http {
  private readonly transport: Transport;
  private readonly timeouts: Timeouts;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  readonly maxWaitMs: number;

  constructor(private readonly options: HttpOptions = {}) {
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.transport = new Transport(this.timeouts, options.connections ?? 16);
  }

  /** Requests for one target, paced by its limiter. */
  /** A write gate on this client's clock: one per set of credentials, shared by its targets. */
  writeGate(gapMs: number): WriteGate {
    return new WriteGate(gapMs, this.now, this.sleep);
  }

  forTarget(target: string, limiter: RateLimiter, settings: TargetHttp = {}): Http {
    const writes = settings.writes ?? (settings.writeGapMs ? this.writeGate(settings.writeGapMs) : undefined);
    const scope: Scope = { target, limiter, ...(writes ? { writes } : {}), ...(settings.rateLimited ? { rateLimited: settings.rateLimited } : {}) };
    return { request: (req) => this.request(req, scope) };
  }

  async request(req: HttpRequest, scope?: Scope): Promise<HttpResponse> {
    const limiter = req.unmetered ? undefined : scope?.limiter;
    const who = scope ? `target ${scope.target}` : new URL(req.url).host;
    // The budget counts the tries' own time as well as the waits between them (counted as asked
    // for, so an injected sleep and a real one add up the same).
    let waited = 0;
    let trying = 0;
    const spent = () => waited + trying;
    let tries = 0;
    let throttled = 0;
    let trickled = 0;
    const announce = (ms: number, reason: string) => this.options.onWait?.({ target: scope?.target, ms, reason });
    const limiterWait = (w: LimitWait) => {
      if (w.kind === 'pause' || w.ms >= ANNOUNCE_PACE_MS) announce(w.ms, w.reason);
    };
    try {
      return await pRetry(
        async () => {
          let ticket: Ticket | undefined;
          if (limiter) {
            try {
              const got = await limiter.acquire(this.maxWaitMs - spent(), limiterWait);
              waited += got.waitedMs;
              ticket = got.ticket;
            } catch (e) {
              if (e instanceof OverBudget) throw new AbortError(this.overBudget(who, e, spent() + e.waitedMs, limiter));
              throw e;
            }
          }
          let res: HttpResponse;
          // A write waits for its turn after the limiter: the gate paces, the limiter counts.
          const gate = req.method !== 'GET' && !req.unmetered ? await scope?.writes?.enter() : undefined;
          if (gate) waited += gate.waitedMs;
          try {
            const left = this.maxWaitMs - spent();
            if (left <= 0) throw new AbortError(new NetworkError(`${who}: gave up: --max-wait of ${formatDuration(this.maxWaitMs)} spent on this request before it could be tried again`));
            tries++;
            const t0 = this.now();
            try {
              res = await this.transport.once(req, Math.min(this.timeouts.requestMs ?? DEFAULT_TIMEOUTS.requestMs, left));
            } finally {
              trying += this.now() - t0;
            }
          } catch (e) {
            if (ticket) limiter?.abandon(ticket);
            gate?.release();
            if (e instanceof AnswerTooLarge) throw new AbortError(e);
            if (e instanceof AbortError) throw e;
            const err = e instanceof NetworkError ? e : new NetworkError(String(e), e);
            // An answer that trickles is tried once more, never again: each try costs a whole
            // --request-timeout, and a vendor that does it twice will do it a third time.
            if (err instanceof TrickledAnswer && ++trickled >= 2) {
              err.message = `${err.message}, on 2 tries; an answer that trickles in is the vendor misbehaving, so it is tried once more and no further`;
              throw new AbortError(err);
            }
            throw retriesTransportFailure(req, err) ? err : new AbortError(err);
          }
          gate?.release();
          res = asRateLimit(res, scope?.rateLimited);
          if (ticket) limiter?.settle(ticket, res.status, res.headers);
          if (res.status === 429) throttled++;
          if (retriesAnswer(req, res.status)) throw new RetryableResponse(res);
          return res;
        },
        {
          retries: this.options.retries ?? DEFAULT_RETRIES,
          minTimeout: 0,
          maxTimeout: 0,
          onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft === 0) return;
            const res = error instanceof RetryableResponse ? error.response : undefined;
            const wait = retryWait(res, error, attemptNumber, { now: this.now(), random: this.random, ...(this.options.backoff ? { backoff: this.options.backoff } : {}), ...(limiter ? { limiterWaits: () => limiter.wouldWait() } : {}) });
            if (spent() + wait.ms > this.maxWaitMs) throw error; // over budget: give up with this failure
            if (wait.ms === 0) return;
            announce(wait.ms, wait.reason);
            waited += wait.ms;
            await this.sleep(wait.ms);
          },
        },
      );
    } catch (e) {
      if (e instanceof RetryableResponse && e.response.status === 429) {
        const learned = limiter?.describe();
        throw new RateLimitError(`${who}: still rate limited (429) after ${throttled} refusals in ${formatDuration(spent())}${learned ? `; limit in force: ${learned}` : ''}; nothing more was sent for this request. Raise --max-wait, or state the limit with rateLimit: {requests, per} on the target`);
      }
      // Out of retries or budget: hand the last answer to the caller to word it.
      if (e instanceof RetryableResponse) return e.response;
      if (e instanceof NetworkError && (waited > 0 || tries > 1) && !e.message.includes('gave up')) {
        e.message = `${e.message} (gave up after ${tries} ${tries === 1 ? 'try' : 'tries'} in ${formatDuration(spent())})`;
      }
      throw e;
    }
  }

  private overBudget(who: string, e: OverBudget, waitedMs: number, limiter: RateLimiter): RateLimitError {
    const learned = limiter.describe();
    return new RateLimitError(
      `${who}: rate limited: the next request would have to wait ${formatDuration(e.wait.ms)} (${e.wait.reason}), past the --max-wait budget of ${formatDuration(this.maxWaitMs)} (${formatDuration(waitedMs)} already spent on this request)${learned ? `; limit in force: ${learned}` : ''}; nothing more was sent for this request. Raise --max-wait or run again later`,
    );
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}
