/**
 * A Logto Management API emulator for hooks: token endpoint with a credential check, bearer
 * auth (401 missing / 401 bad / 403 without the `all` scope), list in both pagination modes
 * with Total-Number and Link, create (201), get, PATCH with whole-`config` replacement, delete,
 * signing-key rotation, and the server-made `id`, `signingKey`, `createdAt`.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { VendorEmulator, type CredentialOptions } from '../../sandbox/vendor-emulator.js';
import { guardHook, type HookInput } from './emulator-rules.js';
import { clientCredentials, jsonBody, randomId } from '../../sandbox/tokens.js';
import { LogtoDeliveries } from './emulator-deliveries.js';

export interface LogtoHook {
  id: string;
  tenantId: string;
  name: string;
  event: string | null;
  events: string[];
  config: Record<string, unknown>;
  signingKey: string;
  enabled: boolean;
  createdAt: number;
}

export interface LogtoEmulatorOptions extends CredentialOptions {
  /** The server runs with dev features on and takes TrustedDevice.* events (a production one answers 400). */
  readonly devFeatures?: boolean;
  /** The resource indicator the token endpoint accepts. */
  readonly resource?: string;
  readonly tokenTtlSeconds?: number;
}

const err = (status: number, code: string, message: string, extra: object = {}): EmulatorAnswer => ({ status, body: { code, message, ...extra } });
/** Logto's own words for some OIDC errors; the rest get its generic message. */
const OIDC_MESSAGES: Readonly<Record<string, string>> = { invalid_target: 'Invalid resource indicator.', unsupported_grant_type: 'Unsupported `grant_type` requested.' };
const oidcError = (status: number, error: string, description: string): EmulatorAnswer => ({ status, body: { code: `oidc.${error}`, error, error_description: description, message: OIDC_MESSAGES[error] ?? `An OIDC error occurred: oidc.${error}.` } });
/** Logto's 422 when its SQL gets nothing to work with: a PATCH with nothing left once unknown keys are dropped, a fractional page size. */
const valueListEmpty = (): EmulatorAnswer => err(422, 'entity.invalid_input', 'Invalid input. Value list must not be empty.');

/** Header names as the real server spells them; each Link relation is a header of its own. */
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'application/json; charset=utf-8' };

export class LogtoEmulator extends VendorEmulator {
  private readonly hooks = new Map<string, LogtoHook & { seq: number }>();
  /** The hooks in the server's order, kept until one is added or deleted: paging 10,000 hooks should not sort them 100 times. */
  private order: (LogtoHook & { seq: number })[] | undefined;
  /** Deliveries made, for executionStats; tests and the sandbox trigger events with trigger(). */
  private readonly deliveries = new LogtoDeliveries();
  private seq = 0;
  private readonly resource: string;
  private readonly ttl: number;
  private readonly devFeatures: boolean;

  constructor(options: LogtoEmulatorOptions = {}) {
    super(options, () => `m2m-${randomId(12)}`, () => randomId(32));
    this.resource = options.resource ?? 'https://default.logto.app/api';
    this.ttl = options.tokenTtlSeconds ?? 3600;
    this.devFeatures = options.devFeatures === true;
    this.server.trigger = ({ event }) => this.trigger(event);
  }

  /** Puts hooks straight into the store, as if created earlier (tests and the demo). */
  seed(input: Partial<LogtoHook> & { name: string }): LogtoHook {
    const hook = {
      id: input.id ?? randomId(21),
      tenantId: 'default',
      name: input.name,
      event: input.event ?? null,
      events: input.events ?? ['PostRegister'],
      config: input.config ?? { url: 'https://example.com/hook' },
      signingKey: input.signingKey ?? signingKey(),
      enabled: input.enabled ?? true,
      createdAt: input.createdAt ?? Date.now(),
      seq: ++this.seq,
    };
    this.hooks.set(hook.id, hook);
    this.order = undefined;
    return this.view(hook);
  }

  all(): LogtoHook[] {
    return this.sorted().map((h) => this.view(h));
  }

  protected handle(req: EmulatorRequest): EmulatorAnswer | Promise<EmulatorAnswer> {
    if (req.path === '/oidc/token') return this.token(req);
    if (!req.path.startsWith('/api/')) return { status: 404, body: 'Not Found', headers: { 'content-type': 'text/plain' } };
    const auth = this.authorize(req);
    if (auth) return auth;

    const parsed = req.method === 'POST' || req.method === 'PATCH' ? jsonBody(req.rawBody) : { ok: true as const, value: undefined };
    if (!parsed.ok) return { status: 400, body: { message: parsed.message } };
    const body = parsed.value;
    const parts = req.path.split('/').filter(Boolean); // api, hooks, id?, signing-key?
    if (parts[1] !== 'hooks' || parts.length > 4) return { status: 404, body: 'Not Found', headers: { 'content-type': 'text/plain' } };
    const id = parts[2];
    if (id === undefined) {
      if (req.method === 'GET') return this.list(req);
      if (req.method === 'POST') return this.create(body);
    } else if (parts[3] === 'test') {
      if (req.method === 'POST') return this.hooks.has(id) ? this.deliveries.test(this.hooks.get(id)!, body) : this.withHook(id, 'POST', () => ({ status: 204 }));
    } else if (parts[3] === 'recent-logs') {
      if (req.method === 'GET') return this.deliveries.recentLogs(id, req, this.url);
    } else if (parts[3] === 'signing-key') {
      if (req.method === 'PATCH') return this.withHook(id, req.method, (h) => ((h.signingKey = signingKey()), { status: 200, body: this.view(h) }));
    } else if (parts.length === 3) {
      const stats = req.query.get('includeExecutionStats') === 'true';
      if (req.method === 'GET') return this.withHook(id, req.method, (h) => ({ status: 200, body: this.view(h, stats) }));
      if (req.method === 'PATCH') return this.withHook(id, req.method, (h) => this.update(h, body));
      if (req.method === 'DELETE') return this.withHook(id, req.method, (h) => (this.hooks.delete(h.id), (this.order = undefined), { status: 204 }));
    }
    return { status: 405, body: 'Method Not Allowed', headers: { 'content-type': 'text/plain' } };
  }

  private token(req: EmulatorRequest): EmulatorAnswer {
    const form = new URLSearchParams(req.rawBody);
    const logBody = { grant_type: form.get('grant_type'), resource: form.get('resource'), scope: form.get('scope') };
    const { id, secret } = clientCredentials(req.headers.authorization, form);
    // The real server (oidc-provider inside Logto): no GET route at all, 400 for a client it does
    // not know and 401 for a known one with the wrong secret, each error with Logto's own code.
    if (req.method !== 'POST') return { status: 404, body: 'Not Found', headers: { 'content-type': 'text/plain' }, logBody };
    if (id !== this.clientId) return { ...oidcError(400, 'invalid_client', `invalid client ${id}`), logBody };
    if (secret !== this.clientSecret) {
      const answer = oidcError(401, 'invalid_client', 'client authentication failed');
      return { ...answer, headers: { 'www-authenticate': `Basic realm="${this.url}/oidc", error="invalid_client", error_description="client authentication failed"` }, logBody };
    }
    if (form.get('grant_type') !== 'client_credentials') return { ...oidcError(400, 'unsupported_grant_type', 'unsupported grant_type requested'), logBody };
    if (form.get('resource') !== this.resource) return { ...oidcError(400, 'invalid_target', 'resource indicator is missing, or unknown'), logBody };
    const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s === 'all');
    // A JWT whose issuer is the server's own endpoint, whichever spelling of it was asked.
    const token = this.tokens.issue(this.ttl, scopes, { iss: `${this.url}/oidc`, aud: this.resource, client_id: id, scope: scopes.join(' ') });
    return { status: 200, body: { access_token: token, expires_in: this.ttl, token_type: 'Bearer', ...(scopes.length > 0 ? { scope: scopes.join(' ') } : {}) }, logBody };
  }

  private authorize(req: EmulatorRequest): EmulatorAnswer | undefined {
    const token = this.tokens.check(req.headers.authorization);
    if (!token.ok && token.why === 'missing') return err(401, 'auth.authorization_header_missing', 'Authorization header is missing.');
    if (!token.ok) return err(401, 'auth.unauthorized', 'Unauthorized. Please check credentials and its scope.');
    if (!token.scopes.includes('all')) return err(403, 'auth.forbidden', 'Forbidden. Please check your permissions.');
    return undefined;
  }

  private list(req: EmulatorRequest): EmulatorAnswer {
    // Copies are made of the page only: the emulator should not be the slow part of a benchmark.
    const all = this.sorted();
    const stats = req.query.get('includeExecutionStats') === 'true';
    // An empty parameter counts as none, as on the real server: `?page=&page_size=` is everything.
    const pageRaw = req.query.get('page') || null;
    const sizeRaw = req.query.get('page_size') || null;
    if (pageRaw === null && sizeRaw === null) return { status: 200, body: all.map((h) => this.view(h, stats)), headers: BASE_HEADERS };
    const page = pageRaw === null ? 1 : Number(pageRaw);
    const size = sizeRaw === null ? 20 : Number(sizeRaw);
    // A fractional size passes Logto's guard and fails its SQL: 422, not the guard's 400.
    if (Number.isFinite(size) && size >= 1 && size <= 100 && !Number.isInteger(size)) return valueListEmpty();
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 100) {
      return err(400, 'guard.invalid_pagination', 'The request pagination value is invalid.');
    }
    const last = Math.max(1, Math.ceil(all.length / size));
    // The real server's links repeat the query as it came, with the page replaced.
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(req.query);
      q.set('page', String(p));
      return `<${this.url}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links = [link(1, 'first')];
    if (page > 1) links.push(link(page - 1, 'prev')); // past the last page too: page 99 points back to 98
    if (page < last) links.push(link(page + 1, 'next'));
    links.push(link(last, 'last'));
    return { status: 200, body: all.slice((page - 1) * size, page * size).map((h) => this.view(h, stats)), headers: { ...BASE_HEADERS, 'Total-Number': String(all.length), Link: links } };
  }

  private create(body: unknown): EmulatorAnswer {
    const guarded = guardHook(body, this.devFeatures);
    if (!guarded.ok) return err(400, 'guard.invalid_input', 'The request body is invalid.', { details: guarded.details });
    const input = guarded.value;
    if (!input.events && !input.event) return err(400, 'hook.missing_events', 'You need to provide at least one event.');
    if (!input.config) return err(400, 'guard.invalid_input', 'The request body is invalid.', { details: 'config: Required' });
    // Logto stores '' when the name is left out.
    const hook = this.seed({ name: input.name ?? '', events: input.events ?? [], event: input.event ?? null, config: input.config, enabled: input.enabled ?? true });
    return { status: 201, body: hook };
  }

  private update(hook: LogtoHook, body: unknown): EmulatorAnswer {
    const guarded = guardHook(body, this.devFeatures);
    if (!guarded.ok) return err(400, 'guard.invalid_input', 'The request body is invalid.', { details: guarded.details });
    const input: HookInput = guarded.value;
    if (Object.keys(input).length === 0) return valueListEmpty();
    if (input.name !== undefined) hook.name = input.name;
    if (input.events !== undefined) hook.events = input.events;
    if (input.event !== undefined) hook.event = input.event;
    if (input.config !== undefined) hook.config = input.config; // a JSON column: replaced whole
    if (input.enabled !== undefined) hook.enabled = input.enabled;
    return { status: 200, body: this.view(hook) };
  }

  /** The hook, or the 404 the real server gives for that method: three codes, three messages. */
  private withHook(id: string, method: string, fn: (h: LogtoHook) => EmulatorAnswer): EmulatorAnswer {
    const hook = this.hooks.get(id);
    if (hook) return fn(hook);
    if (method === 'GET') return err(404, 'entity.not_exists_with_id', `The hooks with ID \`${id}\` does not exist.`);
    if (method === 'DELETE') return err(404, 'entity.not_found', 'The resource does not exist.');
    return err(404, 'entity.not_exists', 'The hook does not exist.');
  }

  private sorted(): (LogtoHook & { seq: number })[] {
    this.order ??= [...this.hooks.values()].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
    return this.order;
  }

  /** An event happens: every enabled hook subscribed to it gets a signed delivery, counted in its stats. */
  trigger(event: string): Promise<void> {
    return this.deliveries.trigger(this.sorted(), event);
  }

  /**
   * A hook as the API shows it; with `stats` (`?includeExecutionStats=true`), its deliveries of
   * the last 24 hours as Logto counts them (tests are not counted, as on the real server).
   */
  private view(h: LogtoHook, stats = false): LogtoHook {
    const { id, tenantId, name, event, events, config, signingKey, enabled, createdAt } = h;
    return structuredClone({ id, tenantId, name, event, events, config, signingKey, enabled, createdAt, ...(stats ? { executionStats: this.deliveries.stats(id) } : {}) });
  }
}

/** A signing key as the real server makes one: 32 letters of either case and digits (seen 2026-12-01). */
const signingKey = (): string => randomId(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
