/**
 * The one retry decision: which failed tries are tried again, and how long to wait first.
 *
 * What is retried: 408, 429 and 5xx answers and transport errors, for requests that are safe to
 * repeat (PATCH and DELETE send absolute values). A POST is repeated only when the server
 * certainly did not act on it (429, or a connection that was refused): a lost answer to a create
 * is the caller's to resolve (apply re-lists), never a blind resend.
 *
 * How long: a 429 the limiter has learned from (with any Retry-After) waits in the limiter, so
 * the retry waits nothing more; otherwise the vendor's Retry-After as given, else full-jitter
 * backoff.
 */
import type { NetworkError } from '../core/errors.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { retryAfterOf } from './refusal.js';
import { errorCode } from './transport.js';
import type { HttpRequest, HttpResponse } from './types.js';

const RETRYABLE_STATUS = (s: number): boolean => s === 408 || s === 429 || s >= 500;
/** Failures that show the request never reached the server, so even a POST may go again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'ENOTFOUND', 'EAI_AGAIN']);

const repeatable = (req: HttpRequest): boolean => req.method !== 'POST' || req.repeatable === true;

/** Whether an answer is a failure to try again. */
export const retriesAnswer = (req: HttpRequest, status: number): boolean => RETRYABLE_STATUS(status) && (repeatable(req) || status === 429);

/** Failures of a request that cannot be sent at all (a header HTTP forbids): no try will differ. */
const UNSENDABLE_CODES = new Set(['UND_ERR_INVALID_ARG', 'ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN']);

/** Whether a transport failure may be tried again. */
export function retriesTransportFailure(req: HttpRequest, err: NetworkError): boolean {
  const code = errorCode(err.cause);
  if (code !== undefined && UNSENDABLE_CODES.has(code)) return false;
  return repeatable(req) || (code !== undefined && NOT_SENT_CODES.has(code));
}

export interface RetryContext {
  readonly now: number;
  readonly random: () => number;
  readonly backoff?: BackoffOptions;
  /** Whether the target's limiter will hold the next try back by itself. */
  readonly limiterWaits?: () => boolean;
}

/** The wait before try `attempt + 1` after a failed answer (or a transport failure), and its reason. */
export function retryWait(response: HttpResponse | undefined, error: Error, attempt: number, ctx: RetryContext): { ms: number; reason: string } {
  const hinted = response ? retryAfterOf(response.headers, ctx.now) : undefined;
  // A limiter has already learned from a 429 (and from any Retry-After) and will make the next
  // try wait as long as needed; the backoff is for failures it cannot see, and for a 429 it did
  // not see coming (it would send again at once).
  const limiterWaits = ctx.limiterWaits !== undefined && (response?.status === 429 || (response?.status === 503 && hinted !== undefined)) && ctx.limiterWaits();
  const ms = limiterWaits ? 0 : (hinted ?? backoffDelay(attempt, ctx.random, ctx.backoff ?? DEFAULT_BACKOFF));
  const reason = response ? `server answered ${response.status}` : `network error (${error.message})`;
  return { ms, reason: `${hinted !== undefined ? `${reason}, Retry-After` : reason}; try ${attempt + 1}` };
}
