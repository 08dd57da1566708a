/**
 * One HTTP path for every provider: an undici Pool per origin (keep-alive), timeouts, a rate
 * limiter per target, and retries through p-retry. A response of any status is returned to the
 * caller, which knows how its vendor words errors; only transport failures, and a rate limit
 * that outlasts the wait budget, throw here.
 *
 * What is retried: 408, 429 and 5xx answers and transport errors, for requests that are safe to
 * repeat (PATCH and DELETE send absolute values). A POST is repeated only when the server
 * certainly did not act on it (429, or a connection that was refused): a lost answer to a create
 * is the caller's to resolve (apply re-lists), never a blind resend.
 *
 * One request's whole life, its tries as well as the limiter's and the retries' waits, comes out
 * of one budget (`--max-wait`); each try also has its own deadline (`--request-timeout`), and no
 * answer is read past MAX_ANSWER_BYTES. Waits are announced: every pause after a refusal, and
 * pacing waits of a second or more.
 */
import pRetry, { AbortError } from 'p-retry';
import { Pool, type Dispatcher } from 'undici';
import { HooksyncError, NetworkError } from '../errors.js';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_RETRIES, DEFAULT_TIMEOUTS, MAX_ANSWER_BYTES } from './defaults.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { formatDuration } from './duration.js';
import { OverBudget, RateLimiter, type LimitWait, type Ticket } from './limiter.js';
import { parseRetryAfter } from './retry-after.js';
import { WriteGate } from './write-gate.js';

export interface Timeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  /** Longest pause between two chunks of an answer. */
  readonly bodyMs: number;
  /** Longest one try may take in all: an answer that trickles in never resets this one. */
  readonly requestMs?: number;
}

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

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly form?: Readonly<Record<string, string>>;
  /** A POST that may be sent twice without harm (a token request). Other methods always may. */
  readonly repeatable?: boolean;
  /** Outside the target's API quota (a token request): the limiter neither waits nor counts. */
  readonly unmetered?: boolean;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly text: string;
}

/** What adapters are given: requests on behalf of one target. */
export interface Http {
  request(req: HttpRequest): Promise<HttpResponse>;
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

/**
 * Whether an answer other than 429 is a rate limit, and the wait it implies when it carries no
 * Retry-After. Undefined: it is not one (a permissions 403 must never be waited on).
 */
export type RateLimitSign = (res: HttpResponse) => { readonly retryAfterSeconds?: number } | undefined;

/** Per-target settings a provider gives the client. */
export interface TargetHttp {
  readonly writeGapMs?: number;
  readonly rateLimited?: RateLimitSign;
}

/** A rate limit outlasted the retries or the wait budget; nothing more was sent. */
export class RateLimitError extends HooksyncError {
  constructor(message: string) {
    super('HOOKSYNC_API', message);
    this.name = 'RateLimitError';
  }
}

const repeatable = (req: HttpRequest): boolean => req.method !== 'POST' || req.repeatable === true;
const RETRYABLE_STATUS = (s: number): boolean => s === 408 || s === 429 || s >= 500;
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ENOTFOUND', 'EAI_AGAIN']);

/** An answer larger than hooksync reads: not retried, since the next would be as large. */
export class AnswerTooLarge extends HooksyncError {
  constructor(host: string, bytes: number | undefined) {
    super('HOOKSYNC_API', `${host} sent an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB${bytes !== undefined ? ` (${bytes} bytes announced)` : ''}, far more than any hook list page; it was not read`);
    this.name = 'AnswerTooLarge';
  }
}

class RetryableResponse extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`);
  }
}

export class HttpClient implements Http {
  private readonly pools = new Map<string, Pool>();
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
  }

  /** Requests for one target, paced by its limiter. */
  forTarget(target: string, limiter: RateLimiter, settings: TargetHttp = {}): Http {
    const writes = settings.writeGapMs ? new WriteGate(settings.writeGapMs, this.now, this.sleep) : undefined;
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
              res = await this.once(req, Math.min(this.timeouts.requestMs ?? DEFAULT_TIMEOUTS.requestMs, left));
            } finally {
              trying += this.now() - t0;
            }
          } catch (e) {
            if (ticket) limiter?.abandon(ticket);
            gate?.release();
            if (e instanceof AnswerTooLarge) throw new AbortError(e);
            if (e instanceof AbortError) throw e;
            const err = e instanceof NetworkError ? e : new NetworkError(String(e), e);
            const code = errorCode(err.cause);
            const safe = repeatable(req) || (code !== undefined && NOT_SENT_CODES.has(code));
            throw safe ? err : new AbortError(err);
          }
          gate?.release();
          res = asRateLimit(res, scope?.rateLimited);
          if (ticket) limiter?.settle(ticket, res.status, res.headers);
          if (res.status === 429) throttled++;
          if (RETRYABLE_STATUS(res.status) && (repeatable(req) || res.status === 429)) throw new RetryableResponse(res);
          return res;
        },
        {
          retries: this.options.retries ?? DEFAULT_RETRIES,
          minTimeout: 0,
          maxTimeout: 0,
          onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft === 0) return;
            const res = error instanceof RetryableResponse ? error.response : undefined;
            const hinted = res ? parseRetryAfter(res.headers['retry-after'], this.now()) : undefined;
            // A limiter has already learned from a 429 (and from any Retry-After) and will make
            // the next try wait as long as needed; the backoff is for failures it cannot see, and
            // for a 429 it did not see coming (it would send again at once).
            const limiterWaits = limiter !== undefined && (res?.status === 429 || (res?.status === 503 && hinted !== undefined)) && limiter.wouldWait();
            const ms = limiterWaits ? 0 : (hinted ?? backoffDelay(attemptNumber, this.random, this.options.backoff ?? DEFAULT_BACKOFF));
            if (spent() + ms > this.maxWaitMs) throw error; // over budget: give up with this failure
            if (ms === 0) return;
            const reason = res ? `server answered ${res.status}` : `network error (${(error as NetworkError).message})`;
            announce(ms, `${hinted !== undefined ? `${reason}, Retry-After` : reason}; try ${attemptNumber + 1}`);
            waited += ms;
            await this.sleep(ms);
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

  private async once(req: HttpRequest, deadlineMs: number): Promise<HttpResponse> {
    const url = new URL(req.url);
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    let body: string | undefined;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['content-type'] = 'application/json';
    } else if (req.form) {
      body = new URLSearchParams(req.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const deadline = AbortSignal.timeout(Math.max(1, deadlineMs));
    try {
      const res = await this.pool(url.origin).request({
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        body,
        signal: deadline,
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
      } as Dispatcher.RequestOptions);
      const flat: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(res.headers)) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const text = await readCapped(res.body, url.host, flat['content-length']);
      return { status: res.statusCode, headers: flat, text };
    } catch (e) {
      if (e instanceof AnswerTooLarge) throw e;
      if (deadline.aborted) throw new NetworkError(`no whole answer within ${formatDuration(deadlineMs)} (--request-timeout, or what --max-wait had left)`, e);
      throw new NetworkError(describeNetworkError(e), e);
    }
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: this.options.connections ?? 16, connect: { timeout: this.timeouts.connectMs } });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    this.pools.clear();
  }
}

/**
 * An answer the vendor means as a rate limit, seen as the 429 the limiter and the retries know,
 * with the wait it implies as Retry-After when it gave none. Any other answer is as it came.
 */
function asRateLimit(res: HttpResponse, sign: RateLimitSign | undefined): HttpResponse {
  if (res.status === 429 || !sign) return res;
  const limit = sign(res);
  if (!limit) return res;
  const retryAfter = res.headers['retry-after'] ?? (limit.retryAfterSeconds !== undefined ? String(limit.retryAfterSeconds) : undefined);
  return { ...res, status: 429, headers: { ...res.headers, ...(retryAfter !== undefined ? { 'retry-after': retryAfter } : {}) } };
}

/** The answer as text, or AnswerTooLarge as soon as it passes the cap (announced or read). */
async function readCapped(body: Dispatcher.ResponseData['body'], host: string, announced: string | undefined): Promise<string> {
  const length = announced === undefined ? undefined : Number(announced);
  if (length !== undefined && length > MAX_ANSWER_BYTES) {
    body.destroy();
    throw new AnswerTooLarge(host, length);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new AnswerTooLarge(host, undefined);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string } } | undefined;
  return err?.code ?? err?.cause?.code;
}

function describeNetworkError(e: unknown): string {
  const code = errorCode(e);
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the endpoint right, and is the service up?)';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'timed out connecting';
    case 'UND_ERR_HEADERS_TIMEOUT':
      return 'timed out waiting for an answer';
    case 'UND_ERR_BODY_TIMEOUT':
      return 'timed out reading the answer';
    case 'UND_ERR_SOCKET':
    case 'ECONNRESET':
      return 'the connection was closed before an answer came';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    default:
      return `network error${code ? ` (${code})` : ''}`;
  }
}
