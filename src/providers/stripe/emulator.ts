/**
 * A Stripe emulator for webhook endpoints (`/v1/webhook_endpoints`), as providers-stripe.md
 * describes the API and as the unchanged `stripe` SDK (v23) drives it: API keys of two modes
 * (a test and a live account, each seeing only its own endpoints), form bodies in the SDK's and
 * the docs' spellings, `Stripe-Version` checked, `Request-Id` on answers, `{error: {type, code,
 * message, param}}` errors, newest-first lists paged by `starting_after`/`ending_before` with
 * `has_more`, the `whsec_` secret only in the create answer, metadata that merges, idempotent
 * POSTs replayed (`Idempotent-Replayed: true`) or refused when their parameters differ, 16
 * endpoints per account, and the documented pace: 25 requests a second in test mode, 100 live,
 * past which a 429.
 *
 * [unsure] in providers-stripe.md, options here: the status of an idempotency mismatch (400),
 * the error for a 17th endpoint (400 `webhook_endpoint_limit`? a guess), whether a rate-limit
 * 429 says `Stripe-Should-Retry` (true by default, as "perfectly safe to retry" reads), and the
 * error of a `starting_after` that names no endpoint (400 `resource_missing`).
 */
import { createHash } from 'node:crypto';
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { EmulatedApi } from '../../sandbox/vendor-emulator.js';
import type { EmulatorOptions } from '../../sandbox/server.js';
import { randomId } from '../../sandbox/tokens.js';
import { deliver, hmacSha256 } from '../../sandbox/deliver.js';
import { FormError, parseForm, type FormValue } from './form.js';
import { STRIPE_API_VERSIONS, STRIPE_EVENTS } from './events.js';

export interface StripeEndpoint {
  id: string;
  object: 'webhook_endpoint';
  api_version: string | null;
  application: string | null;
  created: number;
  description: string | null;
  enabled_events: string[];
  livemode: boolean;
  metadata: Record<string, string>;
  status: 'enabled' | 'disabled';
  url: string;
}

export interface StripeEmulatorOptions extends EmulatorOptions {
  readonly testKey?: string;
  readonly liveKey?: string;
  readonly maxEndpoints?: number;
  /** Requests a second per mode: the documented 25 (test) and 100 (live). */
  readonly perSecond?: { readonly test: number; readonly live: number };
  readonly rateLimitShouldRetry?: boolean;
  readonly idempotencyMismatchStatus?: number;
  readonly now?: () => number;
}

type Mode = 'test' | 'live';
const LIST_PATH = '/v1/webhook_endpoints';
const CREATE_PARAMS = ['url', 'enabled_events', 'description', 'metadata', 'api_version', 'connect', 'expand'];
const UPDATE_PARAMS = ['url', 'enabled_events', 'description', 'metadata', 'disabled', 'expand'];
const VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;

interface Saved {
  readonly fingerprint: string;
  readonly answer: EmulatorAnswer;
}

export class StripeEmulator extends EmulatedApi {
  testKey: string;
  liveKey: string;
  private readonly endpoints = new Map<string, StripeEndpoint & { secret: string; seq: number }>();
  private readonly saved = new Map<string, Saved>();
  private readonly recent: Record<Mode, number[]> = { test: [], live: [] };
  private readonly now: () => number;
  private seq = 0;
  /** Every Idempotency-Key received, in order, with whether the answer was a replay (tests read it). */
  readonly idempotency: { key: string; replayed: boolean; path: string }[] = [];
  /** Every 429 sent. */
  rateLimited = 0;
  private readonly rolled: string[] = [];

  constructor(private readonly options: StripeEmulatorOptions = {}) {
    super(options);
    this.testKey = options.testKey ?? `sk_test_${randomId(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
    this.liveKey = options.liveKey ?? `sk_live_${randomId(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
    this.now = options.now ?? Date.now;
    this.server.trigger = ({ event }) => this.trigger(event);
  }

  /** The API keys in force (tests search outputs for them). */
  issuedTokens(): string[] {
    return [this.testKey, this.liveKey, ...this.rolled];
  }

  /** Rolls both keys, as a key revoked in the dashboard: the old ones answer 401 from now on. */
  revokeTokens(): void {
    this.rolled.push(this.testKey, this.liveKey);
    this.testKey = `sk_test_${randomId(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
    this.liveKey = `sk_live_${randomId(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
  }

  /** An endpoint made directly (tests, the demo); its secret is returned once, as Stripe does. */
  seed(input: { url: string; enabled_events?: string[]; description?: string | null; metadata?: Record<string, string>; api_version?: string | null; disabled?: boolean; livemode?: boolean }): StripeEndpoint & { secret: string } {
    const e = {
      id: `we_${randomId(24, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      object: 'webhook_endpoint' as const,
      api_version: input.api_version ?? null,
      application: null,
      created: Math.floor(this.now() / 1000),
      description: input.description ?? null,
      // Copies: a test's objects must not change when the endpoint does.
      enabled_events: [...(input.enabled_events ?? ['*'])],
      livemode: input.livemode ?? false,
      metadata: { ...input.metadata },
      status: input.disabled ? ('disabled' as const) : ('enabled' as const),
      url: input.url,
      secret: `whsec_${randomId(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      seq: this.seq++,
    };
    this.endpoints.set(e.id, e);
    return { ...view(e), secret: e.secret };
  }

  /** Every endpoint as the API shows it, with its secret (for tests that check a secret was handed over). */
  all(mode: Mode = 'test'): (StripeEndpoint & { secret: string })[] {
    return this.sorted(mode).map((e) => ({ ...view(e), secret: e.secret }));
  }

  /**
   * An event happens: each enabled endpoint of the mode subscribed to it (or to `*`) gets a POST
   * signed as Stripe signs: `Stripe-Signature: t=<unix s>,v1=<hex HMAC-SHA256 of "t.body" under
   * the endpoint's secret>`.
   */
  async trigger(event: string, mode: Mode = 'test'): Promise<void> {
    for (const e of this.sorted(mode).filter((x) => x.status === 'enabled' && (x.enabled_events.includes(event) || x.enabled_events.includes('*')))) {
      const t = Math.floor(this.now() / 1000);
      const body = JSON.stringify({ id: `evt_${randomId(24)}`, object: 'event', api_version: e.api_version, created: t, type: event, livemode: e.livemode, data: { object: {} } });
      await deliver(e.url, body, { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'stripe-signature': `t=${t},v1=${hmacSha256(e.secret, `${t}.${body}`)}` }, this.now);
    }
  }

  protected handle(req: EmulatorRequest): EmulatorAnswer {
    const requestId = { 'request-id': `req_${randomId(14)}` };
    const mode = this.modeOf(req.headers.authorization);
    if (mode === 'none') return error(401, 'invalid_request_error', undefined, "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.", undefined, {});
    if (typeof mode === 'object') return error(401, 'invalid_request_error', undefined, `Invalid API Key provided: ${mask(mode.key)}`, undefined, {});
    if (this.overPace(mode)) {
      this.rateLimited++;
      return { ...error(429, 'invalid_request_error', 'rate_limit', 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.', undefined, requestId), headers: { ...requestId, 'stripe-should-retry': String(this.options.rateLimitShouldRetry ?? true), 'stripe-rate-limited-reason': 'global-rate' } };
    }
    const version = req.headers['stripe-version'];
    if (version !== undefined && (Array.isArray(version) || !VERSION.test(version) || !STRIPE_API_VERSIONS.includes(version))) return error(400, 'invalid_request_error', undefined, `Invalid Stripe API version: ${Array.isArray(version) ? version.join(', ') : version}`, undefined, requestId);
    if (!req.path.startsWith(LIST_PATH)) return error(404, 'invalid_request_error', undefined, `Unrecognized request URL (${req.method}: ${req.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`, undefined, requestId);
    const id = req.path.slice(LIST_PATH.length).replace(/^\//, '');
    if (id.includes('/')) return error(404, 'invalid_request_error', undefined, `Unrecognized request URL (${req.method}: ${req.path}).`, undefined, requestId);

    let params: Record<string, FormValue>;
    try {
      params = parseForm(req.method === 'POST' ? req.rawBody : req.query.toString());
    } catch (e) {
      if (e instanceof FormError) return error(400, 'invalid_request_error', undefined, e.message, e.param, requestId);
      throw e;
    }
    const key = headerOf(req.headers['idempotency-key']);
    if (req.method === 'POST' && key !== undefined) {
      const scope = `${mode} ${key}`;
      const fingerprint = createHash('sha256').update(`${req.path}\n${req.rawBody}`).digest('hex');
      const saved = this.saved.get(scope);
      if (saved) {
        this.idempotency.push({ key, replayed: saved.fingerprint === fingerprint, path: req.path });
        if (saved.fingerprint !== fingerprint) return error(this.options.idempotencyMismatchStatus ?? 400, 'idempotency_error', undefined, `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`, undefined, requestId);
        return { ...saved.answer, headers: { ...saved.answer.headers, 'idempotent-replayed': 'true', 'idempotency-key': key } };
      }
      const answer = this.route(req.method, id, params, mode, requestId);
      this.idempotency.push({ key, replayed: false, path: req.path });
      // What failed validation is not saved, so a corrected request may use the key again.
      if (answer.status !== 400) this.saved.set(scope, { fingerprint, answer });
      return { ...answer, headers: { ...answer.headers, 'idempotency-key': key } };
    }
    return this.route(req.method, id, params, mode, requestId);
  }

  private route(method: string, id: string, params: Record<string, FormValue>, mode: Mode, requestId: Record<string, string>): EmulatorAnswer {
    if (id === '') {
      if (method === 'GET') return this.list(params, mode, requestId);
      if (method === 'POST') return this.create(params, mode, requestId);
      return error(404, 'invalid_request_error', undefined, `Unrecognized request URL (${method}: ${LIST_PATH}).`, undefined, requestId);
    }
    const e = this.endpoints.get(id);
    if (!e || e.livemode !== (mode === 'live')) {
      const other = e ? ` ; a similar object exists in ${e.livemode ? 'live' : 'test'} mode, but a ${mode} mode key was used to make this request.` : '';
      return error(404, 'invalid_request_error', 'resource_missing', `No such webhook endpoint: '${id}'${other.replace(' ;', ';')}`, 'webhook_endpoint', requestId);
    }
    if (method === 'GET') return ok(view(e), requestId);
    if (method === 'DELETE') {
      this.endpoints.delete(id);
      return ok({ id, object: 'webhook_endpoint', deleted: true }, requestId);
    }
    if (method === 'POST') return this.update(e, params, requestId);
    return error(404, 'invalid_request_error', undefined, `Unrecognized request URL (${method}: ${LIST_PATH}/${id}).`, undefined, requestId);
  }

  private list(params: Record<string, FormValue>, mode: Mode, requestId: Record<string, string>): EmulatorAnswer {
    const limit = params.limit === undefined ? 10 : Number(params.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return error(400, 'invalid_request_error', 'parameter_invalid_integer', 'This value must be greater than or equal to 1 and less than or equal to 100.', 'limit', requestId);
    const all = this.sorted(mode);
    const after = typeof params.starting_after === 'string' ? params.starting_after : undefined;
    const before = typeof params.ending_before === 'string' ? params.ending_before : undefined;
    if (after && before) return error(400, 'invalid_request_error', undefined, 'You may only specify one of these parameters: ending_before, starting_after.', 'ending_before', requestId);
    const cursor = after ?? before;
    const at = cursor === undefined ? -1 : all.findIndex((x) => x.id === cursor);
    if (cursor !== undefined && at === -1) return error(400, 'invalid_request_error', 'resource_missing', `No such webhook endpoint: '${cursor}'`, after ? 'starting_after' : 'ending_before', requestId);
    const from = before ? Math.max(0, at - limit) : at + 1;
    const to = before ? at : from + limit;
    const page = all.slice(from, to);
    const hasMore = before ? from > 0 : to < all.length;
    return ok({ object: 'list', data: page.map(view), has_more: hasMore, url: LIST_PATH }, requestId);
  }

  private create(params: Record<string, FormValue>, mode: Mode, requestId: Record<string, string>): EmulatorAnswer {
    const unknown = Object.keys(params).find((k) => !CREATE_PARAMS.includes(k));
    if (unknown) return error(400, 'invalid_request_error', 'parameter_unknown', `Received unknown parameter: ${unknown}`, unknown, requestId);
    if (params.url === undefined) return error(400, 'invalid_request_error', 'parameter_missing', 'Missing required param: url.', 'url', requestId);
    if (params.enabled_events === undefined) return error(400, 'invalid_request_error', 'parameter_missing', 'Missing required param: enabled_events.', 'enabled_events', requestId);
    const problem = checkFields(params);
    if (problem) return error(400, 'invalid_request_error', problem.code, problem.message, problem.param, requestId);
    if (params.api_version !== undefined && (typeof params.api_version !== 'string' || !STRIPE_API_VERSIONS.includes(params.api_version))) {
      return error(400, 'invalid_request_error', undefined, `Invalid api_version: ${String(params.api_version)}`, 'api_version', requestId);
    }
    if (this.sorted(mode).length >= (this.options.maxEndpoints ?? 16)) {
      return error(400, 'invalid_request_error', 'webhook_endpoint_limit', `You have reached the maximum of ${this.options.maxEndpoints ?? 16} webhook endpoints on this account.`, undefined, requestId);
    }
    const made = this.seed({
      url: params.url as string,
      enabled_events: [...new Set(params.enabled_events as string[])],
      description: typeof params.description === 'string' && params.description !== '' ? params.description : null,
      metadata: Object.fromEntries(Object.entries((params.metadata as Record<string, string> | undefined) ?? {}).filter(([, v]) => v !== '')),
      api_version: (params.api_version as string | undefined) ?? null,
      livemode: mode === 'live',
    });
    // POST answers 200, not 201, and only this answer carries the secret.
    return ok(made, requestId);
  }

  private update(e: StripeEndpoint, params: Record<string, FormValue>, requestId: Record<string, string>): EmulatorAnswer {
    const unknown = Object.keys(params).find((k) => !UPDATE_PARAMS.includes(k));
    if (unknown) return error(400, 'invalid_request_error', 'parameter_unknown', `Received unknown parameter: ${unknown}`, unknown, requestId);
    const problem = checkFields(params);
    if (problem) return error(400, 'invalid_request_error', problem.code, problem.message, problem.param, requestId);
    if (params.disabled !== undefined && params.disabled !== 'true' && params.disabled !== 'false') return error(400, 'invalid_request_error', undefined, 'Invalid boolean: ' + String(params.disabled), 'disabled', requestId);
    if (typeof params.url === 'string') e.url = params.url;
    if (Array.isArray(params.enabled_events)) e.enabled_events = [...new Set(params.enabled_events as string[])];
    if (params.description !== undefined) e.description = params.description === '' ? null : (params.description as string);
    if (params.metadata === '') e.metadata = {};
    else if (params.metadata !== undefined && typeof params.metadata === 'object' && !Array.isArray(params.metadata)) {
      // Keys merge: one sent empty is removed, one not sent stays.
      for (const [k, v] of Object.entries(params.metadata)) {
        if (v === '') delete e.metadata[k];
        else e.metadata[k] = v as string;
      }
    }
    if (params.disabled !== undefined) e.status = params.disabled === 'true' ? 'disabled' : 'enabled';
    return ok(view(e), requestId);
  }

  private modeOf(authorization: string | undefined): Mode | 'none' | { key: string } {
    if (!authorization) return 'none';
    const bearer = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const basic = /^Basic (\S+)$/.exec(authorization)?.[1];
    const key = bearer ?? (basic ? Buffer.from(basic, 'base64').toString('utf8').replace(/:$/, '') : undefined);
    if (!key) return 'none';
    if (key === this.testKey) return 'test';
    if (key === this.liveKey) return 'live';
    return { key };
  }

  /** The documented pace per mode, in any second: past it, a 429. */
  private overPace(mode: Mode): boolean {
    const now = this.now();
    const limit = (this.options.perSecond ?? { test: 25, live: 100 })[mode];
    const times = this.recent[mode].filter((t) => now - t < 1000);
    this.recent[mode] = times;
    if (times.length >= limit) return true;
    times.push(now);
    return false;
  }

  private sorted(mode: Mode): (StripeEndpoint & { secret: string; seq: number })[] {
    return [...this.endpoints.values()].filter((e) => e.livemode === (mode === 'live')).sort((a, b) => b.created - a.created || b.seq - a.seq);
  }
}

/** The checks create and update share: a list of known events, a URL, the lengths. */
function checkFields(params: Record<string, FormValue>): { code?: string; message: string; param: string } | undefined {
  if (params.url !== undefined) {
    let url: URL | undefined;
    try {
      url = typeof params.url === 'string' ? new URL(params.url) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { code: 'url_invalid', message: 'Not a valid URL', param: 'url' };
  }
  if (params.enabled_events !== undefined) {
    if (!Array.isArray(params.enabled_events)) return { message: 'Invalid array', param: 'enabled_events' };
    const events = params.enabled_events.filter((x) => x !== undefined);
    const bad = events.findIndex((x) => typeof x !== 'string' || !STRIPE_EVENTS.includes(x));
    if (bad !== -1) return { message: `Invalid enabled_events[${bad}]: must be one of ${STRIPE_EVENTS.filter((x) => x !== '*').join(', ')}, or *`, param: `enabled_events[${bad}]` };
  }
  if (typeof params.description === 'string' && params.description.length > 5000) return { message: 'Invalid string: must be at most 5000 characters', param: 'description' };
  if (params.metadata !== undefined && params.metadata !== '') {
    if (typeof params.metadata !== 'object' || Array.isArray(params.metadata)) return { message: 'Invalid hash', param: 'metadata' };
    const keys = Object.keys(params.metadata);
    if (keys.length > 50) return { code: 'parameter_invalid_empty', message: 'You can only have 50 metadata keys.', param: 'metadata' };
    const long = keys.find((k) => k.length > 40);
    if (long) return { message: `Metadata keys must be at most 40 characters: ${long}`, param: `metadata[${long}]` };
    const big = Object.entries(params.metadata).find(([, v]) => typeof v !== 'string' || v.length > 500);
    if (big) return { message: `Metadata values must be strings of at most 500 characters: ${big[0]}`, param: `metadata[${big[0]}]` };
  }
  return undefined;
}

const view = (e: StripeEndpoint): StripeEndpoint => {
  const { id, object, api_version, application, created, description, enabled_events, livemode, metadata, status, url } = e;
  return structuredClone({ id, object, api_version, application, created, description, enabled_events, livemode, metadata, status, url });
};

const ok = (body: unknown, requestId: Record<string, string>): EmulatorAnswer => ({ status: 200, body, headers: { ...requestId } });

function error(status: number, type: string, code: string | undefined, message: string, param: string | undefined, requestId: Record<string, string>): EmulatorAnswer {
  const docUrl = code ? { doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}` } : {};
  return { status, body: { error: { type, ...(code ? { code } : {}), message, ...(param ? { param } : {}), ...docUrl } }, headers: { ...requestId } };
}

const headerOf = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** A key as Stripe shows it in errors: its prefix, stars, its last four characters. */
const mask = (key: string): string => (key.length <= 12 ? '*'.repeat(key.length) : `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`);
