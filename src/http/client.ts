/**
 * One HTTP path for every provider: an undici Pool per origin (keep-alive), timeouts, and
 * retries through p-retry. A response of any status is returned to the caller, which knows how
 * its vendor words errors; only transport failures throw here.
 *
 * What is retried: 408, 429 and 5xx answers and transport errors, for requests that are safe to
 * repeat. A POST is repeated only when the server certainly did not act on it (429, or a
 * connection that was refused): a lost answer to a create must never make a duplicate.
 */
import pRetry, { AbortError } from 'p-retry';
import { Pool, type Dispatcher } from 'undici';
import { NetworkError } from '../errors.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';

export interface Timeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  readonly bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };

export interface WaitInfo {
  readonly reason: string;
  readonly ms: number;
  readonly attempt: number;
}

export interface HttpOptions {
  readonly timeouts?: Timeouts;
  readonly retries?: number;
  /** Total time all retry waits of one request may add up to. */
  readonly maxWaitMs?: number;
  readonly backoff?: BackoffOptions;
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
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly text: string;
}

const repeatable = (req: HttpRequest): boolean => req.method !== 'POST' || req.repeatable === true;
const RETRYABLE_STATUS = (s: number): boolean => s === 408 || s === 429 || s >= 500;
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ENOTFOUND', 'EAI_AGAIN']);

class RetryableResponse extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`);
  }
}

export class HttpClient {
  private readonly pools = new Map<string, Pool>();
  private readonly timeouts: Timeouts;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: HttpOptions = {}) {
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const maxWait = this.options.maxWaitMs ?? 120_000;
    let waited = 0;
    let lastWait = 0;
    try {
      return await pRetry(
        async () => {
          let res: HttpResponse;
          try {
            res = await this.once(req);
          } catch (e) {
            const err = e instanceof NetworkError ? e : new NetworkError(String(e), e);
            const code = errorCode(err.cause);
            const safe = repeatable(req) || (code !== undefined && NOT_SENT_CODES.has(code));
            throw safe ? err : new AbortError(err);
          }
          if (RETRYABLE_STATUS(res.status) && (repeatable(req) || res.status === 429)) throw new RetryableResponse(res);
          return res;
        },
        {
          retries: this.options.retries ?? 5,
          minTimeout: 0,
          maxTimeout: 0,
          onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft === 0) return;
            const res = error instanceof RetryableResponse ? error.response : undefined;
            const hinted = res ? parseRetryAfter(res.headers['retry-after'], this.now()) : undefined;
            const ms = hinted ?? backoffDelay(attemptNumber, this.random, this.options.backoff ?? DEFAULT_BACKOFF);
            if (waited + ms > maxWait) throw error; // over budget: give up with this failure
            const reason = res ? (res.status === 429 ? 'rate limited (429)' : `server answered ${res.status}`) : `network error (${(error as NetworkError).message})`;
            this.options.onWait?.({ reason: hinted !== undefined ? `${reason}, Retry-After` : reason, ms, attempt: attemptNumber });
            waited += ms;
            lastWait = ms;
            await this.sleep(ms);
          },
        },
      );
    } catch (e) {
      // Out of retries or budget: hand the last answer to the caller to word it.
      if (e instanceof RetryableResponse) return e.response;
      if (e instanceof NetworkError && waited > 0) {
        e.message = `${e.message} (gave up after ${Math.round(waited / 1000)}s of retries; last wait ${lastWait} ms)`;
      }
      throw e;
    }
  }

  private async once(req: HttpRequest): Promise<HttpResponse> {
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
    try {
      const res = await this.pool(url.origin).request({
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        body,
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
      } as Dispatcher.RequestOptions);
      const text = await res.body.text();
      const flat: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(res.headers)) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      return { status: res.statusCode, headers: flat, text };
    } catch (e) {
      throw new NetworkError(describeNetworkError(e), e);
    }
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: 8, connect: { timeout: this.timeouts.connectMs } });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    this.pools.clear();
  }
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
