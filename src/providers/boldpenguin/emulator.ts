/**
 * A Bold Penguin hookshot emulator: Basic-auth token (`/auth/token?grant_type=...`), bearer
 * auth, flat requests and nested answers, Rails-style 422 bodies (every failed rule), at most 10
 * active subscriptions, `active: true` only with an event, malformed JSON → 400.
 * [unsure] in providers.md, made options here: the status of a create (201) and of the
 * active-limit error (422).
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { VendorEmulator, type CredentialOptions } from '../../sandbox/vendor-emulator.js';
import { clientCredentials, jsonBody, randomId, uuid } from '../../sandbox/tokens.js';
import { isPlainObject } from '../../core/model.js';
import { deliver, hmacSha256 } from '../../sandbox/deliver.js';

export interface BoldPenguinSubscription {
  id: string;
  active: boolean;
  events: string[];
  config: { url: string; secret: string; header: string | null };
  confirmed: false;
  owner_id: string;
  tenant_id: string;
  created_at: string;
  updated_at: string;
}

export interface BoldPenguinEmulatorOptions extends CredentialOptions {
  readonly createStatus?: 200 | 201;
  readonly activeLimit?: number;
  readonly activeLimitStatus?: number;
}

const EVENT = /^(\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$/;
const HEADER = /^[^:\s][^:]*:\s*\S.*$/;

export class BoldPenguinEmulator extends VendorEmulator {
  private readonly subs = new Map<string, BoldPenguinSubscription>();
  private readonly requestsOf = new Map<string, Record<string, unknown>[]>();

  constructor(private readonly options: BoldPenguinEmulatorOptions = {}) {
    super(options, () => randomId(20), () => randomId(40));
    this.server.trigger = ({ event }) => this.trigger(event);
  }

  seed(input: { url: string; events?: string[]; active?: boolean; secret?: string; header?: string | null }): BoldPenguinSubscription {
    const now = new Date().toISOString();
    const sub: BoldPenguinSubscription = {
      id: uuid(),
      active: input.active ?? false,
      events: input.events ?? [],
      config: { url: input.url, secret: input.secret ?? randomId(32), header: input.header ?? null },
      confirmed: false,
      owner_id: 'owner-sandbox',
      tenant_id: 'tenant-sandbox',
      created_at: now,
      updated_at: now,
    };
    this.subs.set(sub.id, sub);
    return structuredClone(sub);
  }

  /**
   * An event happens: each active subscription to it (or to `*`) gets a JSON POST with the
   * subscription's header, signed in X-Signature with the hex HMAC-SHA256 of the body under its
   * secret (the scheme is [unsure] in deliveries.md), and the attempt is recorded.
   */
  async trigger(event: string): Promise<void> {
    for (const sub of [...this.subs.values()].filter((s) => s.active && (s.events.includes(event) || s.events.includes('*')))) {
      const body = JSON.stringify({ event, tenant_id: sub.tenant_id, data: { id: uuid() } });
      const [name, ...value] = (sub.config.header ?? '').split(':');
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature': hmacSha256(sub.config.secret, body), ...(sub.config.header && name ? { [name.trim().toLowerCase()]: value.join(':').trim() } : {}) };
      const d = await deliver(sub.config.url, body, headers);
      const at = new Date(d.at).toISOString();
      const list = this.requestsOf.get(sub.id) ?? this.requestsOf.set(sub.id, []).get(sub.id)!;
      list.push({ id: uuid(), tenant_id: sub.tenant_id, delivery_id: uuid(), event, enqueued_at: at, redelivery: false, hook_id: sub.id, created_at: at, updated_at: at, response_status: d.status ?? null, response_duration_ms: d.durationMs });
    }
  }

  all(): BoldPenguinSubscription[] {
    return [...this.subs.values()].map((s) => structuredClone(s));
  }

  protected handle(req: EmulatorRequest): EmulatorAnswer {
    if (req.path === '/auth/token') return this.token(req);
    const parts = req.path.split('/').filter(Boolean);
    if (parts[0] !== 'hooks' || parts.length > 3 || (parts.length === 3 && parts[2] !== 'requests')) return { status: 404, body: { error: 'not found' } };
    if (!this.tokens.check(req.headers.authorization).ok) return { status: 401, body: { message: 'Unauthorized' } };
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok) return { status: 400, body: { error: 'Bad Request', message: 'malformed JSON' } };
    const id = parts[1];
    if (id === undefined) {
      if (req.method === 'GET') return { status: 200, body: this.all() };
      if (req.method === 'POST') return this.write(undefined, parsed.value);
    } else {
      const sub = this.subs.get(id);
      if (!sub) return { status: 404, body: { error: 'not found' } };
      // The subscription's recent requests (deliveries), newest first, as the docs show them.
      if (parts[2] === 'requests') return req.method === 'GET' ? { status: 200, body: [...(this.requestsOf.get(id) ?? [])].reverse() } : { status: 405, body: { error: 'method not allowed' } };
      if (req.method === 'GET') return { status: 200, body: structuredClone(sub) };
      if (req.method === 'PATCH' || req.method === 'PUT') return this.write(sub, parsed.value);
      if (req.method === 'DELETE') {
        this.subs.delete(id);
        return { status: 204 };
      }
    }
    return { status: 405, body: { error: 'method not allowed' } };
  }

  private token(req: EmulatorRequest): EmulatorAnswer {
    const { id, secret } = clientCredentials(req.headers.authorization);
    const logBody = { grant_type: req.query.get('grant_type') };
    if (req.method !== 'POST' || req.query.get('grant_type') !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' }, logBody };
    if (id !== this.clientId || secret !== this.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'Invalid client credentials' }, logBody };
    return { status: 200, body: { access_token: this.tokens.issue(43200), token_type: 'bearer', expires_in: 43200, scope: 'hooks' }, logBody };
  }

  /** Create (sub undefined) or partial update; every failed rule is reported at once. */
  private write(sub: BoldPenguinSubscription | undefined, body: unknown): EmulatorAnswer {
    const input = isPlainObject(body) ? body : {};
    const next = {
      url: 'url' in input ? input.url : sub?.config.url,
      secret: 'secret' in input ? input.secret : sub?.config.secret,
      header: 'header' in input ? input.header : (sub?.config.header ?? null),
      active: 'active' in input ? input.active : (sub?.active ?? false),
      events: 'events' in input ? input.events : (sub?.events ?? []),
    };
    const errors: Record<string, string[]> = {};
    const add = (field: string, msg: string) => (errors[field] ??= []).push(msg);
    if (typeof next.url !== 'string' || next.url.trim() === '') add('url', "can't be blank");
    if (next.header !== null && (typeof next.header !== 'string' || !HEADER.test(next.header))) add('header', 'colon separated key value pair');
    if (!Array.isArray(next.events) || next.events.some((e) => typeof e !== 'string' || !EVENT.test(e))) add('events', 'is invalid');
    if (typeof next.active !== 'boolean') add('active', 'is not included in the list');
    if (next.active === true && Array.isArray(next.events) && next.events.length === 0) add('active', 'requires at least one event');
    if (next.secret !== undefined && typeof next.secret !== 'string') add('secret', 'must be a string');
    const limit = this.options.activeLimit ?? 10;
    const othersActive = [...this.subs.values()].filter((s) => s.active && s.id !== sub?.id).length;
    if (next.active === true && othersActive >= limit) {
      if (Object.keys(errors).length === 0) return { status: this.options.activeLimitStatus ?? 422, body: { base: [`maximum of ${limit} active subscriptions reached`] } };
    }
    if (Object.keys(errors).length > 0) return { status: 422, body: errors };

    const now = new Date().toISOString();
    const target = sub ?? this.seed({ url: next.url as string });
    const stored = this.subs.get(target.id)!;
    stored.config = { url: next.url as string, secret: typeof next.secret === 'string' ? next.secret : stored.config.secret, header: (next.header as string | null) ?? null };
    stored.active = next.active as boolean;
    stored.events = [...new Set(next.events as string[])];
    stored.updated_at = now;
    return { status: sub ? 200 : (this.options.createStatus ?? 201), body: structuredClone(stored) };
  }
}
