/**
 * A Nursa Public API v2 emulator for user webhooks: OAuth2 client-credentials token, bearer
 * auth, `{data}` wrapping, NestJS-style 400s listing every failed rule (and refusing unknown
 * properties), auto-made secrets when none are sent, no get-by-id, and the documented rate
 * limit: a fixed window (100 a minute by default) answered with an HTML 429 and no headers.
 * [unsure] in providers.md, an option here: success codes as NestJS sends them (201 for POST,
 * 200 otherwise, the default) or as the docs say (201 for everything).
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { VendorEmulator, type CredentialOptions } from '../../sandbox/vendor-emulator.js';
import { clientCredentials, jsonBody, randomId, uuid } from '../../sandbox/tokens.js';
import { FixedWindow } from '../../sandbox/fixed-window.js';
import { isPlainObject } from '../../core/model.js';
import { NursaDeliveries, type NursaDeliveryOptions } from './emulator-deliveries.js';

export const NURSA_EVENTS = ['all', 'facility.user-connection.accepted', 'facility.user-connection.rejected', 'facility.creation.accepted', 'facility.creation.rejected'];
const PATH = '/api/v2/public/webhooks/user';
const LOGS = '/api/v2/public/webhooks/logs';

export interface NursaWebhook {
  id: string;
  url: string;
  events: string[];
  secrets: string[];
  clientId: string;
}

export interface NursaEmulatorOptions extends CredentialOptions, NursaDeliveryOptions {
  readonly statusCodes?: 'nest' | 'docs';
  /** Requests allowed per window, and the window's length. */
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number };
  readonly now?: () => number;
}

export class NursaEmulator extends VendorEmulator {
  rateLimit: { requests: number; windowMs: number };
  private readonly hooks = new Map<string, NursaWebhook>();
  private readonly window: FixedWindow;
  private readonly now: () => number;
  private readonly deliveries: NursaDeliveries;

  constructor(private readonly options: NursaEmulatorOptions = {}) {
    super(options, () => randomId(24), () => randomId(48));
    this.rateLimit = { requests: 100, windowMs: 60_000, ...options.rateLimit };
    this.now = options.now ?? Date.now;
    this.window = new FixedWindow(() => this.rateLimit, this.now);
    this.deliveries = new NursaDeliveries(options, this.now);
    this.server.trigger = ({ event }) => this.trigger(event);
  }

  /** An event happens: each webhook subscribed to it (or to `all`) gets a delivery, logged. */
  trigger(event: string): Promise<void> {
    return this.deliveries.trigger([...this.hooks.values()], event);
  }

  seed(input: { url: string; events?: string[]; secrets?: string[] }): NursaWebhook {
    const hook = { id: uuid(), url: input.url, events: input.events ?? ['all'], secrets: input.secrets ?? [randomId(32), randomId(32)], clientId: this.clientId };
    this.hooks.set(hook.id, hook);
    return structuredClone(hook);
  }

  all(): NursaWebhook[] {
    return [...this.hooks.values()].map((h) => structuredClone(h));
  }

  protected handle(req: EmulatorRequest): EmulatorAnswer {
    if (req.path === '/oidc/oauth/token') return this.token(req);
    if (!req.path.startsWith(PATH) && req.path !== LOGS) return { status: 404, body: { message: `Cannot ${req.method} ${req.path}`, error: 'Not Found', statusCode: 404 } };
    if (this.window.countOver()) {
      return { status: 429, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><title>429 Too Many Requests</title></head><body><h1>Too Many Requests</h1></body></html>' };
    }
    if (!this.tokens.check(req.headers.authorization).ok) return { status: 401, body: { message: 'Unauthorized', statusCode: 401 } };
    if (req.path === LOGS) return req.method === 'GET' ? this.deliveries.list(req) : { status: 404, body: { message: `Cannot ${req.method} ${req.path}`, error: 'Not Found', statusCode: 404 } };
    const parsed = jsonBody(req.rawBody);
    if (!parsed.ok) return bad([`Unexpected token in JSON: ${parsed.message}`]);
    const id = req.path.slice(PATH.length).replace(/^\//, '');
    const ok = (method: string) => (this.options.statusCodes === 'docs' || method === 'POST' ? 201 : 200);
    if (id === '') {
      if (req.method === 'GET') return { status: ok('GET'), body: { data: this.all() } };
      if (req.method === 'POST') {
        const errors = validate(parsed.value, true);
        if (errors.length > 0) return bad(errors);
        const input = parsed.value as { url: string; events: string[]; secrets?: string[] };
        return { status: ok('POST'), body: { data: this.seed({ url: input.url, events: [...new Set(input.events)], ...(input.secrets ? { secrets: input.secrets } : {}) }) } };
      }
      return { status: 404, body: { message: `Cannot ${req.method} ${req.path}`, error: 'Not Found', statusCode: 404 } };
    }
    const hook = this.hooks.get(id);
    if (req.method !== 'PATCH' && req.method !== 'DELETE') return { status: 404, body: { message: `Cannot ${req.method} ${req.path}`, error: 'Not Found', statusCode: 404 } };
    if (!hook) return { status: 404, body: { message: 'Webhook not found', error: 'Not Found', statusCode: 404 } };
    if (req.method === 'DELETE') {
      this.hooks.delete(id);
      return { status: ok('DELETE') };
    }
    const errors = validate(parsed.value, false);
    if (errors.length > 0) return bad(errors);
    const input = parsed.value as Partial<NursaWebhook>;
    if (input.url !== undefined) hook.url = input.url;
    if (input.events !== undefined) hook.events = [...new Set(input.events)];
    if (input.secrets !== undefined) hook.secrets = input.secrets;
    return { status: ok('PATCH'), body: { data: structuredClone(hook) } };
  }

  private token(req: EmulatorRequest): EmulatorAnswer {
    const form = new URLSearchParams(req.rawBody);
    const { id, secret } = clientCredentials(req.headers.authorization, form);
    const logBody = { grant_type: form.get('grant_type') };
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' }, logBody };
    if (id !== this.clientId || secret !== this.clientSecret) return { status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' }, logBody };
    return { status: 200, body: { access_token: this.tokens.issue(3600), expires_in: 3600, token_type: 'Bearer' }, logBody };
  }
}

const bad = (message: string[]): EmulatorAnswer => ({ status: 400, body: { message, error: 'Bad Request', statusCode: 400 } });

function validate(body: unknown, create: boolean): string[] {
  if (!isPlainObject(body)) return ['url must be a URL address', 'events must contain at least 1 elements'];
  const errors: string[] = [];
  for (const key of Object.keys(body)) if (!['url', 'events', 'secrets'].includes(key)) errors.push(`property ${key} should not exist`);
  if (create || 'url' in body) {
    let url: URL | undefined;
    try {
      url = typeof body.url === 'string' ? new URL(body.url) : undefined;
    } catch {
      url = undefined;
    }
    if (!url) errors.push('url must be a URL address');
    else if (url.protocol !== 'https:') errors.push('should be a secure URL with HTTPS');
  }
  if (create || 'events' in body) {
    if (!Array.isArray(body.events)) errors.push('events must be an array');
    else {
      if (body.events.length < 1) errors.push('events must contain at least 1 elements');
      if (body.events.some((e) => !NURSA_EVENTS.includes(e as string))) errors.push(`each value in events must be one of the following values: ${NURSA_EVENTS.join(', ')}`);
    }
  }
  if ('secrets' in body) {
    if (!Array.isArray(body.secrets)) errors.push('secrets must be an array');
    else {
      if (body.secrets.length > 2) errors.push('secrets must contain no more than 2 elements');
      if (body.secrets.some((s) => typeof s !== 'string')) errors.push('each value in secrets must be a string');
    }
  }
  return errors;
}
