/**
 * One try of one request: an undici Pool per origin (keep-alive), a deadline for the whole try,
 * and no answer read past MAX_ANSWER_BYTES. Transport failures become NetworkErrors worded for
 * people; an answer of any status is returned as it came.
 */
import type { Dispatcher } from 'undici';
import { Pool, requestOn } from './pool.js';
import { formatDuration } from '../core/duration.js';
import { HooksyncError, NetworkError } from '../core/errors.js';
import { MAX_ANSWER_BYTES } from './defaults.js';
import type { HttpRequest, HttpResponse, Timeouts } from './types.js';

/** An answer larger than hooksync reads: not retried, since the next would be as large. */
export class AnswerTooLarge extends HooksyncError {
  constructor(host: string, bytes: number | undefined) {
    super('HOOKSYNC_API', `${host} sent an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB${bytes !== undefined ? ` (${bytes} bytes announced)` : ''}, far more than any hook list page; it was not read`);
    this.name = 'AnswerTooLarge';
  }
}

/**
 * A try cut off by its deadline while the answer was arriving: the vendor answered, then sent
 * it too slowly to finish. That is the vendor misbehaving, not a blip, so it is retried once.
 */
export class TrickledAnswer extends NetworkError {}

export class Transport {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly timeouts: Timeouts,
    private readonly connections: number,
  ) {}

  async once(req: HttpRequest, deadlineMs: number): Promise<HttpResponse> {
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
    let answering = false;
    try {
      const res = await requestOn(this.pool(url.origin), {
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        body,
        signal: deadline,
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
      } as Dispatcher.RequestOptions);
      answering = true;
      const flat: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(res.headers)) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const text = await readCapped(res.body, url.host, flat['content-length']);
      return { status: res.statusCode, headers: flat, text };
    } catch (e) {
      if (e instanceof AnswerTooLarge) throw e;
      if (deadline.aborted && answering) throw new TrickledAnswer(`the answer was still arriving after ${formatDuration(deadlineMs)} (--request-timeout, or what --max-wait had left)`, e);
      if (deadline.aborted) throw new NetworkError(`no whole answer within ${formatDuration(deadlineMs)} (--request-timeout, or what --max-wait had left)`, e);
      throw new NetworkError(describeNetworkError(e), e);
    }
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: this.connections, connect: { timeout: this.timeouts.connectMs } });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    this.pools.clear();
  }
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

/** The error code undici or Node gave a failed try, if any. */
export function errorCode(e: unknown): string | undefined {
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
    case 'UND_ERR_INVALID_ARG':
    case 'ERR_INVALID_CHAR':
    case 'ERR_INVALID_HTTP_TOKEN':
      return 'the request could not be sent: a header holds a character HTTP forbids (a line break in a token or header value?)';
    default:
      return `network error${code ? ` (${code})` : ''}`;
  }
}
