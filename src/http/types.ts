/** The shapes requests and answers travel in between adapters and the HTTP client. */

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

/**
 * Whether an answer other than 429 is a rate limit, and the wait it implies when it carries no
 * Retry-After. Undefined: it is not one (a permissions 403 must never be waited on).
 */
export type RateLimitSign = (res: HttpResponse) => { readonly retryAfterSeconds?: number } | undefined;

export interface Timeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  /** Longest pause between two chunks of an answer. */
  readonly bodyMs: number;
  /** Longest one try may take in all: an answer that trickles in never resets this one. */
  readonly requestMs?: number;
}
