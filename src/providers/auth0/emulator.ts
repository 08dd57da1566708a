/**
 * An Auth0 Management API v2 emulator for hooks: JSON client-credentials token with an audience
 * check, bearer auth, list with page / per_page / include_totals, create (201) / PATCH (200, as
 * real traffic shows) / delete (204), name uniqueness (409), the /secrets calls with write-only
 * values, and a token bucket that stamps x-ratelimit-limit / remaining / reset (epoch seconds)
 * on every answer. [unsure] in providers.md, options here: Retry-After on 429 (off by default),
 * the answer to a second enabled hook on one trigger (409 by default, or allowed), and the
 * "disabled for your tenant" 403 of tenants where hooks are gone, and whether the list carries
 * each hook's script.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { VendorEmulator, type CredentialOptions } from '../../sandbox/vendor-emulator.js';
import { jsonBody, randomId } from '../../sandbox/tokens.js';
import { TokenBucket } from '../../sandbox/token-bucket.js';
import { hookPayloadError } from './emulator-rules.js';
import { auth0TokenAnswer } from './emulator-token.js';
import { isPlainObject } from '../../core/model.js';

export interface Auth0Hook {
  id: string;
  name: string;
  script: string;
  triggerId: string;
  enabled: boolean;
  dependencies: Record<string, string>;
}

export interface Auth0EmulatorOptions extends CredentialOptions {
  /** Bucket size and refill; defaults are a paid production tenant's (about 16 a second). */
  readonly rateLimit?: { readonly burst: number; readonly perSecond: number };
  readonly retryAfter?: boolean;
  readonly oneEnabledPerTrigger?: 'conflict' | 'allow';
  readonly hooksDisabled?: boolean;
  /**
   * Whether the hook list carries each hook's `script` [unsure]: the API reference's example
   * list shows it; the Deploy CLI's source says the list returns no code and reads every hook by
   * id. `false` answers lists without it (GET /hooks/{id} still has it).
   */
  readonly listScript?: boolean;
  readonly now?: () => number;
}

const HIDDEN = '_VALUE_NOT_SHOWN_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Auth0Emulator extends VendorEmulator {
  bucket: TokenBucket;
  /** Secret values as written, for tests to check what was sent; the API never shows them. */
  readonly secrets = new Map<string, Record<string, string>>();
  private readonly hooks = new Map<string, Auth0Hook & { seq: number }>();
  private seq = 0;
  private readonly now: () => number;

  constructor(private readonly options: Auth0EmulatorOptions = {}) {
    super(options, () => randomId(32, ALNUM), () => randomId(64, `${ALNUM}-_`));
    this.now = options.now ?? Date.now;
    const rl = options.rateLimit ?? { burst: 50, perSecond: 16 };
    this.bucket = new TokenBucket(rl.burst, rl.perSecond, this.now());
  }

  /** Resizes the rate limit (a fresh, full bucket). */
  setRateLimit(burst: number, perSecond: number): void {
    this.bucket = new TokenBucket(burst, perSecond, this.now());
  }

  seed(input: Partial<Auth0Hook> & { name: string }, secrets: Record<string, string> = {}): Auth0Hook {
    const hook = {
      id: input.id ?? `01${randomId(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}`,
      name: input.name,
      script: input.script ?? 'module.exports = function (user, context, cb) { cb(null, user); };',
      triggerId: input.triggerId ?? 'post-user-registration',
      enabled: input.enabled ?? false,
      dependencies: input.dependencies ?? {},
      seq: ++this.seq,
    };
    this.hooks.set(hook.id, hook);
    this.secrets.set(hook.id, { ...secrets });
    return this.view(hook);
  }

  all(): Auth0Hook[] {
    return this.sorted().map((h) => this.view(h));
  }

  protected handle(req: EmulatorRequest): EmulatorAnswer {
    if (req.path === '/oauth/token') return this.token(req);
    if (!req.path.startsWith('/api/v2/')) return error(404, 'Not Found', 'Not Found');
    // Every API answer counts against the bucket and carries its state, a 401 included.
    const rate = this.bucket.take(this.now());
    const headers: Record<string, string> = { 'x-ratelimit-limit': String(rate.limit), 'x-ratelimit-remaining': String(rate.remaining), 'x-ratelimit-reset': String(rate.resetEpochSeconds) };
    if (!rate.allowed) {
      if (this.options.retryAfter) headers['retry-after'] = String(rate.retryAfterSeconds);
      return { ...error(429, 'Too Many Requests', 'Global limit has been reached', 'too_many_requests'), headers };
    }
    const auth = this.tokens.check(req.headers.authorization);
    if (!auth.ok) return { ...error(401, 'Unauthorized', auth.why === 'missing' ? 'Missing authentication' : 'Invalid token', 'invalid_token'), headers };
    const answer = this.route(req);
    return { ...answer, headers: { ...answer.headers, ...headers } };
  }

  private route(req: EmulatorRequest): EmulatorAnswer {
    if (this.options.hooksDisabled) return error(403, 'Forbidden', 'This endpoint is disabled for your tenant.', 'hooks_not_allowed');
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok) return error(400, 'Bad Request', 'Invalid request payload JSON format', 'invalid_body');
    const parts = req.path.split('/').filter(Boolean); // api, v2, hooks, id?, secrets?
    if (parts[2] !== 'hooks' || parts.length > 5) return error(404, 'Not Found', 'Not Found');
    const id = parts[3];
    if (id === undefined) {
      if (req.method === 'GET') return this.list(req);
      if (req.method === 'POST') return this.create(parsed.value);
      return error(404, 'Not Found', 'Not Found');
    }
    const hook = this.hooks.get(id);
    if (parts[4] === 'secrets') return hook ? this.secretCall(hook, req.method, parsed.value) : error(404, 'Not Found', 'Hook or secret not found', 'HookDoesNotExist');
    if (!hook) return error(404, 'Not Found', 'Error: Hook does not exist', 'HookDoesNotExist');
    if (req.method === 'GET') return { status: 200, body: this.view(hook) };
    if (req.method === 'DELETE') {
      this.hooks.delete(id);
      this.secrets.delete(id);
      return { status: 204 };
    }
    if (req.method === 'PATCH') return this.update(hook, parsed.value);
    return error(404, 'Not Found', 'Not Found');
  }

  private token(req: EmulatorRequest): EmulatorAnswer {
    return auth0TokenAnswer(req, { clientId: this.clientId, clientSecret: this.clientSecret, url: this.url, tokens: this.tokens, scope: 'read:hooks create:hooks update:hooks delete:hooks' });
  }

  private list(req: EmulatorRequest): EmulatorAnswer {
    const perPage = Number(req.query.get('per_page') ?? 50);
    const page = Number(req.query.get('page') ?? 0);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || !Number.isInteger(page) || page < 0) return error(400, 'Bad Request', "Query validation error: 'per_page' must be between 1 and 100", 'invalid_query_string');
    let hooks: Partial<Auth0Hook>[] = this.sorted().map((h) => this.view(h));
    if (this.options.listScript === false) hooks = hooks.map(({ script: _, ...rest }) => rest);
    const trigger = req.query.get('triggerId');
    if (trigger) hooks = hooks.filter((h) => h.triggerId === trigger);
    const enabled = req.query.get('enabled');
    if (enabled) hooks = hooks.filter((h) => String(h.enabled) === enabled);
    const slice = hooks.slice(page * perPage, (page + 1) * perPage);
    if (req.query.get('include_totals') === 'true') return { status: 200, body: { total: hooks.length, start: page * perPage, limit: perPage, hooks: slice } };
    return { status: 200, body: slice };
  }

  private create(body: unknown): EmulatorAnswer {
    const invalid = hookPayloadError(body, true);
    if (invalid) return error(400, 'Bad Request', invalid, 'invalid_body');
    const input = body as Auth0Hook;
    if (this.sorted().some((h) => h.name === input.name)) return error(409, 'Conflict', 'Hook with the same name already exists.', 'hook_conflict');
    const clash = this.enabledClash(input.triggerId, input.enabled === true, undefined);
    if (clash) return clash;
    return { status: 201, body: this.seed({ name: input.name, script: input.script, triggerId: input.triggerId, enabled: input.enabled ?? false, dependencies: input.dependencies ?? {} }) };
  }

  private update(hook: Auth0Hook, body: unknown): EmulatorAnswer {
    const invalid = hookPayloadError(body, false);
    if (invalid) return error(400, 'Bad Request', invalid, 'invalid_body');
    const input = body as Partial<Auth0Hook>;
    if (input.name !== undefined && this.sorted().some((h) => h.name === input.name && h.id !== hook.id)) return error(409, 'Conflict', 'Hook with the same name already exists.', 'hook_conflict');
    const clash = this.enabledClash(hook.triggerId, input.enabled === true, hook.id);
    if (clash) return clash;
    Object.assign(hook, input);
    return { status: 200, body: this.view(hook) };
  }

  private enabledClash(triggerId: string, enabling: boolean, self: string | undefined): EmulatorAnswer | undefined {
    if (!enabling || this.options.oneEnabledPerTrigger === 'allow') return undefined;
    const other = this.sorted().find((h) => h.triggerId === triggerId && h.enabled && h.id !== self);
    return other ? error(409, 'Conflict', `Only one hook can be enabled for the ${triggerId} trigger; "${other.name}" already is.`, 'hook_conflict') : undefined;
  }

  private secretCall(hook: Auth0Hook, method: string, body: unknown): EmulatorAnswer {
    const stored = this.secrets.get(hook.id) ?? {};
    if (method === 'GET') return { status: 200, body: Object.fromEntries(Object.keys(stored).map((k) => [k, HIDDEN])) };
    if (method === 'DELETE') {
      if (!Array.isArray(body)) return error(400, 'Bad Request', "Payload validation error: 'Expected type array'.", 'invalid_body');
      for (const name of body) delete stored[String(name)];
      return { status: 204 };
    }
    if (!isPlainObject(body) || Object.values(body).some((v) => typeof v !== 'string')) return error(400, 'Bad Request', "Payload validation error: 'Expected type string' on property secrets.", 'invalid_body');
    const names = Object.keys(body);
    if (method === 'POST') {
      if (names.length < 1 || names.length > 20) return error(400, 'Bad Request', "Payload validation error: 'Too few properties defined (0), minimum 1'.", 'invalid_body');
      const taken = names.find((n) => n in stored);
      if (taken) return error(409, 'Conflict', `Secret "${taken}" already exists.`, 'secret_conflict');
      if (Object.keys(stored).length + names.length > 20) return error(400, 'Bad Request', 'A hook can have at most 20 secrets.', 'too_many_secrets');
    } else if (method === 'PATCH') {
      if (names.some((n) => !(n in stored))) return error(404, 'Not Found', 'Hook or secret not found', 'HookDoesNotExist');
    } else return error(404, 'Not Found', 'Not Found');
    Object.assign(stored, body);
    this.secrets.set(hook.id, stored);
    return { status: 201, body: {} };
  }

  private sorted(): (Auth0Hook & { seq: number })[] {
    return [...this.hooks.values()].sort((a, b) => a.seq - b.seq);
  }

  private view(h: Auth0Hook): Auth0Hook {
    const { id, name, script, triggerId, enabled, dependencies } = h;
    return structuredClone({ id, name, script, triggerId, enabled, dependencies });
  }
}

const error = (statusCode: number, error: string, message: string, errorCode?: string): EmulatorAnswer => ({ status: statusCode, body: { statusCode, error, message, ...(errorCode ? { errorCode } : {}) } });
