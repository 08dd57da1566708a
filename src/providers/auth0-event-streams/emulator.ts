/**
 * An Auth0 Management API v2 emulator for Event Streams, as providers-next.md describes it: the
 * same JSON client-credentials token and token bucket as the hooks API, cursor paging
 * (`from`/`take`, `{eventStreams, next}`), 201 / 200 / 204, `est_` ids, validation 400s in
 * Auth0's `{statusCode, error, message, errorCode}` shape, a webhook's `token` or `password`
 * never returned, a destination type (and an EventBridge configuration) that cannot change, and
 * streams Auth0 disabled after delivery failures that refuse to be enabled again.
 * [unsure] points are options: a PATCH that sends webhook_authorization without its secret
 * keeps the stored one (default) or drops it, whether names must be unique, the stream cap and
 * its status, the page size limit, Retry-After on 429.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { VendorEmulator, type CredentialOptions } from '../../sandbox/vendor-emulator.js';
import { TokenBucket } from '../../sandbox/token-bucket.js';
import { jsonBody, randomId } from '../../sandbox/tokens.js';
import { auth0TokenAnswer } from '../auth0/emulator-token.js';
import { isPlainObject } from '../../core/model.js';
import { EVENT_STREAM_TYPES } from './events.js';
import { StreamDeliveries } from './emulator-deliveries.js';

export interface EventStream {
  id: string;
  name: string;
  subscriptions: { event_type: string }[];
  destination: { type: string; configuration: Record<string, unknown> };
  status: 'enabled' | 'disabled';
  created_at: string;
  updated_at: string;
  /** Delivery failures: past 5,000 Auth0 disables the stream and refuses to enable it. */
  failures: number;
}

export interface EventStreamsEmulatorOptions extends CredentialOptions {
  readonly rateLimit?: { readonly burst: number; readonly perSecond: number };
  readonly retryAfter?: boolean;
  /** A PATCH with webhook_authorization and no token/password: keep the stored one, or drop it [unsure]. */
  readonly patchWithoutSecret?: 'keep' | 'drop';
  /** Tries after the first for an event whose delivery failed (Auth0 retries; how often is [unsure]): default 2. A test is tried once. */
  readonly deliveryRetries?: number;
  /** Names unique per tenant, a create with a taken name answered 409 [unsure]. */
  readonly uniqueNames?: boolean;
  /** Streams per tenant [unsure: not documented]; past it a create is answered 409. */
  readonly maxStreams?: number;
  /** Largest `take` [unsure]. */
  readonly maxTake?: number;
  /** The list as `{eventStreams, next}` (every SDK but one, and the reference) or a bare array (node-auth0 5 typed it so) [unsure]. */
  readonly listShape?: 'object' | 'array';
  /** Event types this tenant knows [unsure: older tenants may lack group.*]. */
  readonly events?: readonly string[];
  /** Whether a webhook endpoint must be https [unsure: a server check is not confirmed]. */
  readonly requireHttps?: boolean;
  readonly now?: () => number;
}

const PATH = '/api/v2/event-streams';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const error = (status: number, name: string, message: string, errorCode?: string): EmulatorAnswer => ({ status, body: { statusCode: status, error: name, message, ...(errorCode ? { errorCode } : {}) } });
const invalid = (message: string) => error(400, 'Bad Request', `Payload validation error: ${message}`, 'invalid_body');

export class EventStreamsEmulator extends VendorEmulator {
  private readonly streams = new Map<string, EventStream>();
  private readonly deliveries: StreamDeliveries;
  private readonly bucket: TokenBucket;
  private readonly now: () => number;

  constructor(private readonly options: EventStreamsEmulatorOptions = {}) {
    super(options, () => randomId(32), () => randomId(64));
    this.now = options.now ?? Date.now;
    this.deliveries = new StreamDeliveries(this.now, options.deliveryRetries ?? 2);
    const rate = options.rateLimit ?? { burst: 50, perSecond: 16 };
    this.bucket = new TokenBucket(rate.burst, rate.perSecond, this.now());
    this.server.trigger = ({ event }) => this.trigger(event);
  }

  /** Puts a stream straight into the store, as if created earlier (tests and the demo). */
  seed(input: { name: string; subscriptions?: string[]; destination?: EventStream['destination']; status?: 'enabled' | 'disabled'; failures?: number }): EventStream {
    const at = new Date(this.now()).toISOString();
    const stream: EventStream = {
      id: `est_${Array.from({ length: 22 }, () => BASE62[Math.floor(Math.random() * 62)]).join('')}`,
      name: input.name,
      subscriptions: (input.subscriptions ?? ['user.created']).map((event_type) => ({ event_type })),
      destination: input.destination ?? { type: 'webhook', configuration: { webhook_endpoint: 'https://events.example.com/auth0', webhook_authorization: { method: 'bearer', token: randomId(24) } } },
      status: input.status ?? 'enabled',
      created_at: at,
      updated_at: at,
      failures: input.failures ?? 0,
    };
    if (stream.failures >= 5000) stream.status = 'disabled';
    this.streams.set(stream.id, stream);
    return structuredClone(stream);
  }

  /** Every stream with its secrets, as stored. */
  all(): EventStream[] {
    return [...this.streams.values()].map((s) => structuredClone(s));
  }

  protected async handle(req: EmulatorRequest): Promise<EmulatorAnswer> {
    if (req.path === '/oauth/token') return this.token(req);
    if (!req.path.startsWith(PATH)) return error(404, 'Not Found', 'Not Found');
    // Every API answer counts against the bucket and carries its state, a 401 included.
    const rate = this.bucket.take(this.now());
    const headers: Record<string, string> = { 'x-ratelimit-limit': String(rate.limit), 'x-ratelimit-remaining': String(rate.remaining), 'x-ratelimit-reset': String(rate.resetEpochSeconds) };
    if (!rate.allowed) {
      return { ...error(429, 'Too Many Requests', 'Global limit has been reached; see the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers'), headers: { ...headers, ...(this.options.retryAfter ? { 'retry-after': String(rate.retryAfterSeconds) } : {}) } };
    }
    const answer = await this.api(req);
    return { ...answer, headers: { ...headers, ...answer.headers } };
  }

  /** An event happens: every enabled webhook stream subscribed to it gets a delivery. */
  trigger(eventType: string): Promise<void> {
    return this.deliveries.trigger([...this.streams.values()], eventType);
  }

  private api(req: EmulatorRequest): EmulatorAnswer | Promise<EmulatorAnswer> {
    const auth = this.tokens.check(req.headers.authorization);
    if (!auth.ok) return error(401, 'Unauthorized', auth.why === 'missing' ? 'Missing authentication' : 'Invalid token', 'invalid_token');
    const [rawId = '', sub] = req.path.slice(PATH.length).replace(/^\//, '').split('/');
    const id = decodeURIComponent(rawId);
    if (sub !== undefined) {
      const stream = this.streams.get(id);
      if (!stream) return error(404, 'Not Found', 'The event stream does not exist.', 'inexistent_event_stream');
      if (sub === 'test' && req.method === 'POST') {
        const parsed = jsonBody(req.rawBody);
        return this.deliveries.test(stream, parsed.ok ? parsed.value : undefined);
      }
      if (sub === 'deliveries' && req.method === 'GET') {
        const take = req.query.get('take') === null ? 50 : Number(req.query.get('take'));
        if (!Number.isInteger(take) || take < 1 || take > 100) return error(400, 'Bad Request', "Query validation error: 'take' must be an integer from 1 to 100.", 'invalid_query_string');
        return { status: 200, body: this.deliveries.list(stream.id, take) };
      }
      return error(404, 'Not Found', 'Not Found');
    }
    if (id === '') {
      if (req.method === 'GET') return this.list(req);
      if (req.method === 'POST') return this.create(req);
      return error(404, 'Not Found', 'Not Found');
    }
    const stream = this.streams.get(id);
    if (!stream) return error(404, 'Not Found', 'The event stream does not exist.', 'inexistent_event_stream');
    if (req.method === 'GET') return { status: 200, body: shown(stream) };
    if (req.method === 'DELETE') {
      this.streams.delete(id);
      return { status: 204 };
    }
    if (req.method === 'PATCH') return this.update(req, stream);
    return error(404, 'Not Found', 'Not Found');
  }

  private list(req: EmulatorRequest): EmulatorAnswer {
    const take = req.query.get('take') === null ? 50 : Number(req.query.get('take'));
    if (!Number.isInteger(take) || take < 1 || take > (this.options.maxTake ?? 100)) return error(400, 'Bad Request', `Query validation error: 'take' must be an integer from 1 to ${this.options.maxTake ?? 100}.`, 'invalid_query_string');
    const all = [...this.streams.values()];
    const from = req.query.get('from');
    let start = 0;
    if (from !== null) {
      start = all.findIndex((s) => s.id === Buffer.from(from, 'base64url').toString('utf8'));
      if (start === -1) return error(400, 'Bad Request', "Query validation error: 'from' is not a valid checkpoint.", 'invalid_query_string');
    }
    const page = all.slice(start, start + take);
    const after = all[start + take];
    if (this.options.listShape === 'array') return { status: 200, body: all.map(shown) };
    return { status: 200, body: { eventStreams: page.map(shown), ...(after ? { next: Buffer.from(after.id).toString('base64url') } : {}) } };
  }

  private create(req: EmulatorRequest): EmulatorAnswer {
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok || !isPlainObject(parsed.value)) return invalid('Invalid JSON body');
    const body = parsed.value;
    const problem = checkStream(body, true, this.options);
    if (problem) return invalid(problem);
    if (this.options.maxStreams !== undefined && this.streams.size >= this.options.maxStreams) return error(409, 'Conflict', `You have reached the maximum number of event streams for your tenant (${this.options.maxStreams}).`, 'event_stream_limit_reached');
    if (this.options.uniqueNames && [...this.streams.values()].some((s) => s.name === body.name)) return error(409, 'Conflict', `An event stream with the name "${String(body.name)}" already exists.`, 'event_stream_conflict');
    const made = this.seed({
      name: typeof body.name === 'string' ? body.name : `stream-${randomId(6)}`,
      subscriptions: Array.isArray(body.subscriptions) ? (body.subscriptions as { event_type: string }[]).map((s) => s.event_type) : [],
      destination: stored(body.destination as EventStream['destination']),
      status: body.status === 'disabled' ? 'disabled' : 'enabled',
    });
    return { status: 201, body: shown(this.streams.get(made.id)!) };
  }

  private update(req: EmulatorRequest, stream: EventStream): EmulatorAnswer {
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok || !isPlainObject(parsed.value)) return invalid('Invalid JSON body');
    const body = parsed.value;
    const problem = checkStream(body, false, this.options);
    if (problem) return invalid(problem);
    if (isPlainObject(body.destination)) {
      const next = body.destination as EventStream['destination'];
      if (next.type !== stream.destination.type) return invalid(`destination.type cannot be changed (it is ${stream.destination.type}); delete the event stream and create it anew`);
      if (next.type === 'eventbridge' && JSON.stringify(sortedKeys(next.configuration)) !== JSON.stringify(sortedKeys(withoutServerKeys(stream.destination.configuration)))) return invalid('an eventbridge destination configuration cannot be changed');
      stream.destination = this.keepSecret(stored(next), stream.destination);
    }
    if (body.status === 'enabled' && stream.failures >= 5000) {
      return error(409, 'Conflict', 'The event stream was disabled after too many failed deliveries and cannot be enabled until they are below 5,000; redeliver or let them expire first.', 'event_stream_failures');
    }
    if (typeof body.name === 'string') stream.name = body.name;
    if (Array.isArray(body.subscriptions)) stream.subscriptions = (body.subscriptions as { event_type: string }[]).map((s) => ({ event_type: s.event_type }));
    if (body.status === 'enabled' || body.status === 'disabled') stream.status = body.status;
    stream.updated_at = new Date(this.now()).toISOString();
    return { status: 200, body: shown(stream) };
  }

  /** A PATCH that leaves the token or password out, with the same method: kept or dropped [unsure]. */
  private keepSecret(next: EventStream['destination'], before: EventStream['destination']): EventStream['destination'] {
    const auth = next.configuration.webhook_authorization as Record<string, unknown> | undefined;
    const old = before.configuration.webhook_authorization as Record<string, unknown> | undefined;
    if (!auth || !old || auth.method !== old.method || (this.options.patchWithoutSecret ?? 'keep') === 'drop') return next;
    const key = auth.method === 'basic' ? 'password' : 'token';
    if (auth[key] !== undefined || old[key] === undefined) return next;
    return { ...next, configuration: { ...next.configuration, webhook_authorization: { ...auth, [key]: old[key] } } };
  }

  private token(req: EmulatorRequest): EmulatorAnswer {
    return auth0TokenAnswer(req, { clientId: this.clientId, clientSecret: this.clientSecret, url: this.url, tokens: this.tokens, scope: 'read:event_streams create:event_streams update:event_streams delete:event_streams' });
  }
}

/** What a read shows: never a webhook's token or password, nor the failure count. */
function shown(s: EventStream): Record<string, unknown> {
  const configuration = { ...s.destination.configuration };
  const auth = configuration.webhook_authorization;
  if (isPlainObject(auth)) {
    const { token: _token, password: _password, ...visible } = auth;
    configuration.webhook_authorization = visible;
  }
  return { id: s.id, name: s.name, subscriptions: s.subscriptions.map((x) => ({ ...x })), destination: { type: s.destination.type, configuration }, status: s.status, created_at: s.created_at, updated_at: s.updated_at };
}

/** EventBridge destinations gain the partner event source Auth0 made for them. */
function stored(destination: EventStream['destination']): EventStream['destination'] {
  const copy = structuredClone(destination);
  if (copy.type === 'eventbridge') copy.configuration.aws_partner_event_source = `aws.partner/auth0.com/tenant-${randomId(8)}/auth0.logs`;
  return copy;
}

const withoutServerKeys = (c: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'aws_partner_event_source'));
const sortedKeys = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

/** The first thing wrong with a create or update body, in Auth0's words, or undefined. */
function checkStream(body: Record<string, unknown>, create: boolean, options: EventStreamsEmulatorOptions): string | undefined {
  const allowed = ['name', 'subscriptions', 'destination', 'status'];
  const stray = Object.keys(body).find((k) => !allowed.includes(k));
  if (stray) return `Additional properties not allowed: ${stray}`;
  if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 128)) return "'name' must be a string of 1 to 128 characters";
  if (body.status !== undefined && body.status !== 'enabled' && body.status !== 'disabled') return `'status' must be one of: enabled, disabled`;
  if (body.subscriptions !== undefined) {
    if (!Array.isArray(body.subscriptions) || body.subscriptions.length < 1) return "'subscriptions' must be an array with at least 1 item";
    for (const s of body.subscriptions) {
      if (!isPlainObject(s) || typeof s.event_type !== 'string') return "each of 'subscriptions' must be an object with an 'event_type'";
      if (!(options.events ?? EVENT_STREAM_TYPES).includes(s.event_type)) return `'${s.event_type}' is not a valid event type`;
    }
  }
  if (create && body.destination === undefined) return "Missing required property: destination";
  if (body.destination === undefined) return undefined;
  const d = body.destination;
  if (!isPlainObject(d) || !isPlainObject(d.configuration)) return "'destination' must have a 'type' and a 'configuration'";
  if (d.type === 'webhook') {
    const c = d.configuration;
    if (typeof c.webhook_endpoint !== 'string' || !((options.requireHttps ?? true) ? /^https:\/\/\S+$/ : /^https?:\/\/\S+$/).test(c.webhook_endpoint)) return "'destination.configuration.webhook_endpoint' must be an https:// URL";
    const a = c.webhook_authorization;
    if (!isPlainObject(a)) return "Missing required property: destination.configuration.webhook_authorization";
    if (a.method === 'bearer') return typeof a.token === 'string' || !create ? undefined : "Missing required property: destination.configuration.webhook_authorization.token";
    if (a.method === 'basic') return typeof a.username !== 'string' ? "Missing required property: destination.configuration.webhook_authorization.username" : typeof a.password === 'string' || !create ? undefined : 'Missing required property: destination.configuration.webhook_authorization.password';
    return "'destination.configuration.webhook_authorization.method' must be one of: basic, bearer";
  }
  if (d.type === 'eventbridge') {
    const c = d.configuration;
    if (typeof c.aws_account_id !== 'string' || !/^\d{12}$/.test(c.aws_account_id)) return "'destination.configuration.aws_account_id' must be a 12-digit AWS account id";
    if (typeof c.aws_region !== 'string') return "Missing required property: destination.configuration.aws_region";
    return undefined;
  }
  if (d.type === 'action') return typeof d.configuration.action_id === 'string' ? undefined : "Missing required property: destination.configuration.action_id";
  return "'destination.type' must be one of: webhook, eventbridge, action";
}
