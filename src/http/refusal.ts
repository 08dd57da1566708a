/**
 * What an answer means for pacing, decided in one place: whether the vendor refused for rate
 * (a 429, or an answer its provider declares a rate limit, such as some GitHub 403s), and how
 * long it asked to wait (`Retry-After`). The limiter and the retry decision both read it here.
 */
import type { Headers } from './rate-headers.js';
import { parseRetryAfter } from './retry-after.js';
import type { HttpResponse, RateLimitSign } from './types.js';

/** The wait an answer asks for with `Retry-After`, in milliseconds from `now`. */
export const retryAfterOf = (headers: Headers, now: number): number | undefined => parseRetryAfter(headers['retry-after'], now);

/** The pause a limiter keeps after this answer: a 429's or a 503's `Retry-After`. */
export const pauseAsked = (status: number, headers: Headers, now: number): number | undefined => (status === 429 || status === 503 ? retryAfterOf(headers, now) : undefined);

/**
 * An answer the vendor means as a rate limit, seen as the 429 the limiter and the retries know,
 * with the wait it implies as Retry-After when it gave none. Any other answer is as it came.
 */
export function asRateLimit(res: HttpResponse, sign: RateLimitSign | undefined): HttpResponse {
  if (res.status === 429 || !sign) return res;
  const limit = sign(res);
  if (!limit) return res;
  const retryAfter = res.headers['retry-after'] ?? (limit.retryAfterSeconds !== undefined ? String(limit.retryAfterSeconds) : undefined);
  return { ...res, status: 429, headers: { ...res.headers, ...(retryAfter !== undefined ? { 'retry-after': retryAfter } : {}) } };
}
