/**
 * A GitHub REST API emulator (version 2022-11-28) for repository and organization webhooks, as
 * providers-next.md describes it: bearer tokens with a permission each, a required User-Agent,
 * the API version header, 404 for what a token may not see, 403 "Resource not accessible" with
 * X-Accepted-GitHub-Permissions for what it may see but not change, page/per_page paging with a
 * Link header, 201 + Location on create, 422 "Validation Failed" bodies, `name` only "web",
 * secrets shown as "********", a PATCH `config` that replaces the whole config (dropping a
 * secret it leaves out), `PATCH .../config` that changes keys one by one, no add_events on
 * organization hooks, 20 hooks per event, and both rate limits: the primary quota in
 * x-ratelimit-* headers on every answer (403 or 429 when spent) and the secondary limit on
 * content-creating requests (80 a minute) with or without retry-after.
 * [unsure] points are options: the status of a spent quota, Retry-After on secondary limits,
 * the event list, how a secret is removed, the strict one-second spacing of writes.
 */
import type { EmulatorAnswer, EmulatorOptions, EmulatorRequest } from '../../sandbox/server.js';
import { EmulatedApi } from '../../sandbox/vendor-emulator.js';
import { jsonBody, randomId } from '../../sandbox/tokens.js';
import { isPlainObject } from '../../core/model.js';
import { GithubLimits, type GithubLimitOptions } from './emulator-limits.js';
import { checkActive, checkConfig, checkEvents, CONFIG_KEYS, invalid, message, notPermitted, overlap, shownConfig, VERSIONS, withoutEmptySecret, type GithubHook } from './emulator-rules.js';
import { GITHUB_EVENTS } from './events.js';
import { GithubOrgs, type GithubRepo, type RepoSeed } from './emulator-org.js';
import { deliver, hmacSha256 } from '../../sandbox/deliver.js';
import { GithubSecrets } from './emulator-secrets.js';

export type { GithubHook } from './emulator-rules.js';
export type { GithubRepo, RepoSeed } from './emulator-org.js';

export type TokenAccess = 'write' | 'read' | 'none';

export interface GithubEmulatorOptions extends EmulatorOptions, GithubLimitOptions {
  readonly token?: string;
  /** What the token may do with webhooks: write, read, or nothing (fine-grained "Webhooks"). */
  readonly access?: TokenAccess;
  /** Repositories (`owner/name`) and organizations that exist; others are 404. */
  readonly repositories?: readonly string[];
  readonly organizations?: readonly string[];
  /** Accepted event names [unsure: the exact set]. */
  readonly events?: readonly string[];
  /** How a hook with no secret shows it: no `secret` key, or an empty one [unsure]. */
  readonly noSecretShownAs?: 'absent' | 'empty';
  /** Repositories of the first organization, made at start (the sandbox's: a few services). */
  readonly organizationRepositories?: readonly RepoSeed[];
  /** Hooks per event per repository (github.com: 20). */
  readonly perEventLimit?: number;
  readonly now?: () => number;
}

export class GithubEmulator extends EmulatedApi {
  token: string;
  private readonly issued: string[] = [];
  access: TokenAccess;
  readonly repositories: Set<string>;
  readonly organizations: Set<string>;
  private readonly hooks = new Map<number, GithubHook>();
  private nextId = 500_000_001;
  private nextDelivery = 90_000_000_001;
  private readonly now: () => number;
  private readonly limits: GithubLimits;
  private readonly known: ReadonlySet<string>;
  /** The organizations' repositories, with topics, visibility and custom properties. */
  readonly orgs = new GithubOrgs();
  /** Each repository's Actions secrets, sealed as GitHub stores them; `secrets.open` reads one. */
  readonly secrets = new GithubSecrets();

  constructor(private readonly options: GithubEmulatorOptions = {}) {
    super(options);
    this.token = options.token ?? `github_pat_${randomId(22)}_${randomId(59)}`;
    this.issued.push(this.token);
    this.access = options.access ?? 'write';
    this.repositories = new Set(options.repositories ?? ['acme/webhooks']);
    this.organizations = new Set(options.organizations ?? ['acme']);
    this.now = options.now ?? Date.now;
    this.limits = new GithubLimits(options, this.now);
    this.known = new Set(options.events ?? GITHUB_EVENTS);
    for (const seed of options.organizationRepositories ?? []) this.addRepository(this.organization, seed);
    this.server.trigger = ({ event, scope }) => this.trigger(typeof scope === 'string' ? scope : `repos/${this.repository}`, event);
  }

  /** Refusals it answered for each limit, for tests and the benchmark. */
  get refusals(): { readonly primary: number; readonly secondary: number } {
    return this.limits.refusals;
  }

  /** Every token it has accepted so far (tests search outputs for them). */
  issuedTokens(): string[] {
    return [...this.issued];
  }

  /** Revokes the token, as a user or an expiry would: it answers 401 from now on. */
  revokeTokens(): void {
    this.token = `revoked-${randomId(40)}`;
  }

  /**
   * Adds a repository to an organization (which then exists too), with its topics, visibility,
   * archived and fork flags, custom properties, and whether the token is an admin of it.
   */
  addRepository(org: string, seed: RepoSeed): GithubRepo {
    this.organizations.add(org);
    this.repositories.add(`${org}/${seed.name}`);
    return this.orgs.add(org, seed);
  }

  /** The first repository and organization: what the sandbox's variables name. */
  get repository(): string {
    return [...this.repositories][0] ?? '';
  }

  get organization(): string {
    return [...this.organizations][0] ?? '';
  }

  /** Puts a hook straight into the store (tests and the demo). `scope`: `repos/o/r` or `orgs/o`. */
  seed(scope: string, input: { config: GithubHook['config']; events?: string[]; active?: boolean }): GithubHook {
    const at = new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    const hook: GithubHook = { id: this.nextId++, scope, name: 'web', active: input.active ?? true, events: input.events ?? ['push'], config: { content_type: 'form', insecure_ssl: '0', ...input.config }, created_at: at, updated_at: at };
    this.hooks.set(hook.id, hook);
    return structuredClone(hook);
  }

  /**
   * Delivers an event to every active hook of a scope subscribed to it (`*` takes every event),
   * as a repository event would: signed, recorded, and shown in `last_response`.
   */
  async trigger(scope: string, event: string): Promise<void> {
    const hooks = [...this.hooks.values()].filter((h) => h.scope === scope && h.active && (h.events.includes(event) || h.events.includes('*')));
    for (const h of hooks) await this.send(h, event);
  }

  /** One delivery to one hook, as GitHub makes it (docs "Validating webhook deliveries"). */
  private async send(hook: GithubHook, event: string): Promise<void> {
    const guid = crypto.randomUUID();
    const payload = event === 'ping' ? { zen: 'Keep it logically awesome.', hook_id: hook.id, hook: this.shown(hook) } : { ref: 'refs/heads/main', hook_id: hook.id };
    const json = JSON.stringify(payload);
    const form = hook.config.content_type === 'json' ? undefined : `payload=${encodeURIComponent(json)}`;
    const body = form ?? json;
    const headers: Record<string, string> = {
      'content-type': form === undefined ? 'application/json' : 'application/x-www-form-urlencoded',
      'user-agent': 'GitHub-Hookshot/emulator',
      'x-github-event': event,
      'x-github-delivery': guid,
      'x-github-hook-id': String(hook.id),
      ...(hook.config.secret ? { 'x-hub-signature-256': `sha256=${hmacSha256(hook.config.secret, body)}` } : {}),
    };
    const d = await deliver(hook.config.url ?? '', body, headers, this.now);
    const ok = d.status !== undefined && d.status >= 200 && d.status < 300;
    hook.last_response = d.status === undefined ? { code: null, status: d.error ?? 'failed', message: d.error ?? null } : { code: d.status, status: 'active', message: ok ? 'OK' : `Invalid HTTP Response: ${d.status}` };
    (hook.deliveries ??= []).push({ id: this.nextDelivery++, guid, event, status_code: d.status ?? 0, status: ok ? 'OK' : d.error ?? `Invalid HTTP Response: ${d.status ?? 0}`, duration: d.durationMs / 1000, delivered_at: new Date(d.at).toISOString().replace(/\.\d+Z$/, 'Z') });
  }

  /** Every hook with its real secret, as stored. */
  all(scope?: string): GithubHook[] {
    return [...this.hooks.values()].filter((h) => scope === undefined || h.scope === scope).map((h) => structuredClone(h));
  }

  protected async handle(req: EmulatorRequest): Promise<EmulatorAnswer> {
    const answer = await this.route(req);
    return { ...answer, headers: { ...this.limits.headers(), 'x-github-request-id': `${randomId(4).toUpperCase()}:${randomId(6).toUpperCase()}`, ...answer.headers } };
  }

  private route(req: EmulatorRequest): EmulatorAnswer | Promise<EmulatorAnswer> {
    if (!req.headers['user-agent']) return message(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).');
    const version = req.headers['x-github-api-version'];
    if (typeof version === 'string' && !VERSIONS.has(version)) return message(400, `Unsupported 'X-GitHub-Api-Version' header: ${version}. Supported versions are: ${[...VERSIONS].join(', ')}`);
    const auth = req.headers.authorization ?? '';
    if (auth === '') return message(401, 'Requires authentication');
    if (auth !== `Bearer ${this.token}` && auth !== `token ${this.token}`) return message(401, 'Bad credentials');

    const spent = this.limits.spendPrimary();
    if (spent) return spent;

    const listed = this.access === 'none' ? undefined : this.orgs.answer(req, this.url, (o) => this.organizations.has(o));
    if (listed) return listed;
    if (GithubSecrets.matches(req.path)) return this.secrets.answer(req, (r) => this.access !== 'none' && this.repositories.has(r), this.access === 'write');
    const m = /^\/(repos\/[^/]+\/[^/]+|orgs\/[^/]+)\/hooks(?:\/(\d+))?(?:\/(config|pings|tests|deliveries))?\/?$/.exec(req.path);
    if (!m) return message(404, 'Not Found');
    const scope = m[1]!;
    const org = scope.startsWith('orgs/');
    // A repository of an organization where the token is not an admin hides its hooks.
    const exists = org ? this.organizations.has(scope.slice(5)) : this.repositories.has(scope.slice(6)) && this.orgs.get(scope.slice(6))?.admin !== false;
    // A token that may not read webhooks cannot tell them from nothing: GitHub hides existence.
    if (!exists || this.access === 'none') return message(404, 'Not Found');
    const write = req.method !== 'GET';
    if (write && this.access !== 'write') {
      return message(403, 'Resource not accessible by personal access token', {}, { 'x-accepted-github-permissions': org ? 'organization_hooks=write' : 'repository_hooks=write' });
    }
    if (write) {
      const limited = this.limits.secondary(req.method === 'POST' && m[2] === undefined);
      if (limited) return limited;
    }

    const id = m[2] === undefined ? undefined : Number(m[2]);
    const sub = m[3];
    if (id === undefined) {
      if (req.method === 'GET') return this.list(req, scope);
      if (req.method === 'POST') return this.create(req, scope, org);
      return message(404, 'Not Found');
    }
    const hook = this.hooks.get(id);
    if (!hook || hook.scope !== scope) return message(404, 'Not Found');
    if (sub === 'config') {
      if (req.method === 'GET') return { status: 200, body: shownConfig(hook.config) };
      if (req.method === 'PATCH') return this.patchConfig(req, hook);
      return message(404, 'Not Found');
    }
    if (sub === 'deliveries') {
      if (req.method !== 'GET') return message(404, 'Not Found');
      // Newest first, per_page at most 100 (default 30); the cursor of later pages is not played.
      const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
      return { status: 200, body: [...(hook.deliveries ?? [])].reverse().slice(0, perPage).map((d) => ({ ...d, redelivery: false, action: null, installation_id: null, repository_id: null })) };
    }
    if (sub === 'pings' || sub === 'tests') {
      if (req.method !== 'POST' || (sub === 'tests' && org)) return message(404, 'Not Found');
      // A test push goes only to a hook subscribed to push; GitHub answers 204 either way.
      if (sub === 'tests' && !hook.events.includes('push') && !hook.events.includes('*')) return { status: 204 };
      // GitHub sends it after answering; the emulator sends it first, so a test reads its outcome at once.
      return this.send(hook, sub === 'pings' ? 'ping' : 'push').then(() => ({ status: 204 }));
    }
    if (req.method === 'GET') return { status: 200, body: this.shown(hook) };
    if (req.method === 'DELETE') {
      this.hooks.delete(id);
      return { status: 204 };
    }
    if (req.method === 'PATCH') return this.update(req, hook, org);
    return message(404, 'Not Found');
  }

  private list(req: EmulatorRequest, scope: string): EmulatorAnswer {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const hooks = this.all(scope);
    const last = Math.max(1, Math.ceil(hooks.length / perPage));
    const link = (p: number, rel: string) => `<${this.url}/${scope}/hooks?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const rels = [...(page > 1 ? [link(page - 1, 'prev')] : []), ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first')] : [])];
    return { status: 200, body: hooks.slice((page - 1) * perPage, page * perPage).map((h) => this.shown(h)), headers: rels.length > 0 && hooks.length > perPage ? { link: rels.join(', ') } : {} };
  }

  private create(req: EmulatorRequest, scope: string, org: boolean): EmulatorAnswer {
    const parsed = this.body(req);
    if ('status' in parsed) return parsed;
    const body = parsed.value;
    const allowed = ['name', 'config', 'events', 'active'];
    const stray = Object.keys(body).find((k) => !allowed.includes(k));
    if (stray) return notPermitted(`"${stray}" is not a permitted key.`);
    if (org && body.name === undefined) return invalid([{ resource: 'Hook', field: 'name', code: 'missing_field' }]);
    if (body.name !== undefined && body.name !== 'web') return invalid([{ resource: 'Hook', field: 'name', code: 'invalid' }]);
    const config = isPlainObject(body.config) ? body.config : undefined;
    if (org && !config) return invalid([{ resource: 'Hook', field: 'config', code: 'missing_field' }]);
    const problem = checkConfig(config ?? {}, true) ?? checkEvents(body.events, this.known) ?? checkActive(body.active);
    if (problem) return problem;
    const events = (body.events as string[] | undefined) ?? ['push'];
    const url = (config ?? {}).url as string;
    if (this.all(scope).some((h) => h.config.url === url && overlap(h.events, events))) return invalid([{ resource: 'Hook', code: 'custom', message: `Hook already exists on this ${org ? 'organization' : 'repository'}` }]);
    const full = this.overCap(scope, events, undefined);
    if (full) return full;
    const hook = this.seed(scope, { config: withoutEmptySecret(config as GithubHook['config']), events: [...new Set(events)], active: body.active === undefined ? true : body.active === true });
    this.limits.created();
    return { status: 201, body: this.shown(this.hooks.get(hook.id)!), headers: { location: `${this.url}/${scope}/hooks/${hook.id}` } };
  }

  private update(req: EmulatorRequest, hook: GithubHook, org: boolean): EmulatorAnswer {
    const parsed = this.body(req);
    if ('status' in parsed) return parsed;
    const body = parsed.value;
    const allowed = org ? ['config', 'events', 'active', 'name'] : ['config', 'events', 'add_events', 'remove_events', 'active'];
    const stray = Object.keys(body).find((k) => !allowed.includes(k));
    if (stray) return notPermitted(`"${stray}" is not a permitted key.`);
    if (body.name !== undefined && body.name !== 'web') return invalid([{ resource: 'Hook', field: 'name', code: 'invalid' }]);
    if (body.config !== undefined) {
      if (!isPlainObject(body.config)) return notPermitted(`For 'properties/config', ${JSON.stringify(body.config)} is not an object.`);
      const problem = checkConfig(body.config, true);
      if (problem) return problem;
    }
    const problem = checkEvents(body.events, this.known) ?? checkEvents(body.add_events, this.known) ?? checkEvents(body.remove_events, this.known) ?? checkActive(body.active);
    if (problem) return problem;
    let events = body.events !== undefined ? [...new Set(body.events as string[])] : [...hook.events];
    if (body.add_events !== undefined) events = [...new Set([...events, ...(body.add_events as string[])])];
    if (body.remove_events !== undefined) events = events.filter((e) => !(body.remove_events as string[]).includes(e));
    const full = this.overCap(hook.scope, events, hook.id);
    if (full) return full;
    // The whole config is replaced: a secret the request leaves out is gone.
    if (body.config !== undefined) hook.config = { content_type: 'form', insecure_ssl: '0', ...withoutEmptySecret(body.config as GithubHook['config']) };
    hook.events = events;
    if (body.active !== undefined) hook.active = body.active === true;
    hook.updated_at = new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    return { status: 200, body: this.shown(hook) };
  }

  /** Keys one by one: what the request leaves out stays; an empty secret removes it [unsure]. */
  private patchConfig(req: EmulatorRequest, hook: GithubHook): EmulatorAnswer {
    const parsed = this.body(req);
    if ('status' in parsed) return parsed;
    const stray = Object.keys(parsed.value).find((k) => !CONFIG_KEYS.includes(k));
    if (stray) return notPermitted(`"${stray}" is not a permitted key.`);
    const problem = checkConfig(parsed.value, false);
    if (problem) return problem;
    const next = { ...hook.config, ...(parsed.value as GithubHook['config']) };
    if (next.secret === '') delete next.secret;
    hook.config = next;
    hook.updated_at = new Date(this.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    return { status: 200, body: shownConfig(hook.config) };
  }

  private body(req: EmulatorRequest): { value: Record<string, unknown> } | EmulatorAnswer {
    if (req.rawBody.trim() === '') return { value: {} };
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok) return message(400, 'Problems parsing JSON');
    if (!isPlainObject(parsed.value)) return message(400, 'Body should be a JSON object');
    return { value: parsed.value };
  }

  /** 20 hooks per event per repository (or organization). */
  private overCap(scope: string, events: readonly string[], except: number | undefined): EmulatorAnswer | undefined {
    const cap = this.options.perEventLimit ?? 20;
    const others = this.all(scope).filter((h) => h.id !== except);
    const full = events.filter((e) => others.filter((h) => h.events.includes(e)).length >= cap);
    return full.length === 0 ? undefined : invalid(full.map((e) => ({ resource: 'Hook', code: 'custom', message: `The "${e}" event cannot have more than ${cap} hooks` })));
  }

  private shown(hook: GithubHook): Record<string, unknown> {
    const base = `${this.url}/${hook.scope}/hooks/${hook.id}`;
    const common = { id: hook.id, url: base, ping_url: `${base}/pings`, deliveries_url: `${base}/deliveries`, name: hook.name, events: [...hook.events], active: hook.active, config: shownConfig(hook.config), updated_at: hook.updated_at, created_at: hook.created_at };
    if (this.options.noSecretShownAs === 'empty' && common.config.secret === undefined) common.config = { ...common.config, secret: '' };
    if (hook.scope.startsWith('orgs/')) return { ...common, type: 'Organization' };
    return { type: 'Repository', ...common, test_url: `${base}/test`, last_response: hook.last_response ?? { code: null, status: 'unused', message: null } };
  }

}
