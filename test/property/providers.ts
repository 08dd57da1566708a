/**
 * What the property tests know of each provider, written from the README and providers.md:
 * the model's rules, random live hooks and random file entries (drawn from small pools so keys,
 * values and events overlap), how to seed live hooks through the vendor's own API, how to read
 * the vendor's state back in the file's shape, and the requests each change must cost.
 */
import fc from 'fast-check';
import { Auth0Emulator } from '../../src/providers/auth0/emulator.js';
import { BoldPenguinEmulator } from '../../src/providers/boldpenguin/emulator.js';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';
import { NursaEmulator } from '../../src/providers/nursa/emulator.js';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { EventStreamsEmulator } from '../../src/providers/auth0-event-streams/emulator.js';
import type { VendorEmulator } from '../../src/sandbox/vendor-emulator.js';
import { StripeEmulator } from '../../src/providers/stripe/emulator.js';
import { parseForm, toForm } from '../../src/providers/stripe/form.js';
import { isObject, keyOf, overlay, type Fields, type ModelSpec, type PredictedChange } from './model.js';

/** Distinctive secret values, so that a search of every output cannot miss or mistake one. */
export const SECRETS = ['sv-amber-4k2p7w', 'sv-birch-9q1z3e', 'sv-cedar-7m3x8r', 'sv-delta-2h6j5t'];

/** A live hook to seed and an entry to write, before ids are known (`pin` indexes the live list). */
export interface DrawnEntry {
  readonly pin?: number;
  readonly fields: Fields;
}

export interface Write {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** An emulator as the property tests drive it. */
export type PropertyEmulator = { readonly url: string; readonly server: VendorEmulator['server']; all(): unknown[]; issuedTokens(): string[]; stop(): Promise<void> };

export interface PropertyProvider {
  readonly name: 'logto' | 'auth0' | 'boldpenguin' | 'nursa' | 'github' | 'auth0-event-streams' | 'stripe';
  readonly envPrefix: string;
  /** The target's lines besides provider, endpoint and hooks, the variables they use, and its secret credential. */
  target(emu: PropertyEmulator): { readonly lines: string; readonly env: Record<string, string>; readonly secret: string };
  readonly spec: ModelSpec;
  /** Paths whose values are secret: the generator writes them as ${VAR}. */
  readonly secretField: (path: readonly string[]) => boolean;
  readonly live: fc.Arbitrary<Fields[]>;
  /** One fresh file entry (entriesFor adds copies of live hooks). */
  readonly entry: fc.Arbitrary<Fields>;
  /** A rule of the vendor's that the file must keep (Bold Penguin: active only with events). */
  readonly entryOk: (fields: Fields) => boolean;
  start(): Promise<PropertyEmulator>;
  /** Creates the hooks through the vendor's API, as any client would. */
  seed(emu: PropertyEmulator, hooks: readonly Fields[]): Promise<void>;
  /** The vendor's hooks as `{id, fields}` in the file's shape (write-only values included). */
  state(emu: PropertyEmulator): { id: string; fields: Fields }[];
  /** The requests a change costs, `NEW` standing for the id of a hook the change creates. */
  writes(c: PredictedChange): Write[];
  /** A logged request body as the writes above are written (Stripe's form, read back into an object). */
  readonly decodeBody?: (body: unknown) => unknown;
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { nil: undefined, freq });
const compact = (f: Record<string, unknown>): Fields => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
const shuffled = <T>(xs: readonly T[], min = 1) => fc.shuffledSubarray([...xs], { minLength: min });

/**
 * File entries for a live state: fresh random ones, and copies of live hooks (a random subset of
 * their fields, sets reordered) so that unchanged hooks and one-field drifts come up often.
 * Keys are unique, as validate demands; some entries pin a live hook's id.
 */
export function entriesFor(p: PropertyProvider, live: readonly Fields[]): fc.Arbitrary<DrawnEntry[]> {
  const copy = (i: number): fc.Arbitrary<Fields> => {
    const parts = Object.entries(live[i]!).map(([k, v]) => {
      const value = p.spec.sets.includes(k) && Array.isArray(v) ? fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length }) : fc.constant(v);
      const kv = value.map((x): [string, unknown] => [k, x]);
      return k === p.spec.key.split('.')[0] ? kv : fc.option(kv, { nil: undefined, freq: 3 });
    });
    return fc.tuple(...parts).map((kvs) => Object.fromEntries(kvs.filter((kv): kv is [string, unknown] => kv !== undefined)));
  };
  const fresh = fc.record({ pin: optional(fc.nat(9), 3), fields: p.entry }).map((e) => (e.pin === undefined ? { fields: e.fields } : e));
  const copied = live.length === 0 ? [] : [fc.nat(live.length - 1).chain((i) => fc.record({ pin: fc.option(fc.constant(i), { nil: undefined, freq: 3 }), fields: copy(i) })).map((e) => (e.pin === undefined ? { fields: e.fields } : e))];
  return fc
    .array(fc.oneof(fresh, ...copied), { maxLength: 5 })
    .map((es) => es.filter((e, i) => p.entryOk(e.fields) && es.findIndex((o) => keyOf(p.spec, o.fields) === keyOf(p.spec, e.fields)) === i));
}

async function token(url: string, init: RequestInit): Promise<string> {
  const res = await fetch(url, init);
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from ${url}: ${res.status}`);
  return body.access_token;
}
/** A target with OAuth2 client credentials, as four of the providers have. */
const clientCredentials = (prefix: string) => (emu: PropertyEmulator) => {
  const e = emu as unknown as VendorEmulator;
  return {
    lines: `    auth: { clientId: "\${${prefix}_CLIENT_ID}", clientSecret: "\${${prefix}_CLIENT_SECRET}" }\n`,
    env: { [`${prefix}_ENDPOINT`]: e.url, [`${prefix}_CLIENT_ID`]: e.clientId, [`${prefix}_CLIENT_SECRET`]: e.clientSecret },
    secret: e.clientSecret,
  };
};
const basic = (emu: PropertyEmulator | VendorEmulator) => {
  const e = emu as VendorEmulator;
  return `Basic ${Buffer.from(`${e.clientId}:${e.clientSecret}`).toString('base64')}`;
};
async function post(url: string, bearer: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`seeding ${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Update bodies per README: changed top-level fields; whole objects merged over the live ones. */
function updateBody(spec: ModelSpec, c: PredictedChange): Fields {
  const body: Fields = {};
  for (const top of new Set(c.paths.map((p) => p.split('\u0000')[0]!))) {
    if (top === spec.writeOnly) continue;
    const want = c.entry!.fields[top];
    body[top] = spec.whole.includes(top) ? overlay(withoutHidden(spec, top, c.live!.fields[top]), want) : want;
  }
  return body;
}

/** A whole object as read, less the value the vendor never shows (it is never sent back). */
function withoutHidden(spec: ModelSpec, top: string, value: unknown): unknown {
  const hidden = spec.writeOnlyValue;
  if (!hidden || hidden[0] !== top || !isObject(value)) return value;
  const copy = structuredClone(value);
  const parent = hidden.slice(1, -1).reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), copy);
  if (isObject(parent)) delete parent[hidden.at(-1)!];
  return copy;
}

function simpleWrites(spec: ModelSpec, base: string, c: PredictedChange): Write[] {
  if (c.action === 'create') return [{ method: 'POST', path: base, body: overlay({}, c.entry!.fields) }];
  if (c.action === 'delete') return [{ method: 'DELETE', path: `${base}/${c.id}`, body: undefined }];
  return [{ method: 'PATCH', path: `${base}/${c.id}`, body: updateBody(spec, c) }];
}

const LOGTO_EVENTS = ['PostRegister', 'PostSignIn', 'User.Created', 'User.Deleted'];
const LOGTO_URLS = ['https://one.example.com/h', 'https://two.example.com/h', 'https://three.example.com/h'];
const HEADER_NAMES = ['X-A', 'X-B'];

export const logto: PropertyProvider = {
  name: 'logto',
  envPrefix: 'LOGTO',
  target: clientCredentials('LOGTO'),
  spec: { key: 'name', sets: ['events'], whole: ['config'], immutable: [], required: [['events'], ['config', 'url']] },
  secretField: (p) => p[0] === 'config' && p[1] === 'headers',
  live: fc.array(
    fc.record({
      name: pick(['a', 'b', 'c', 'd']),
      events: shuffled(LOGTO_EVENTS),
      config: fc.record({ url: pick(LOGTO_URLS), headers: optional(fc.dictionary(pick(HEADER_NAMES), pick(SECRETS), { minKeys: 1 })), retries: optional(fc.integer({ min: 0, max: 3 })) }).map(compact),
      enabled: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  entryOk: () => true,
  entry: fc
      .record({
        name: pick(['a', 'b', 'c', 'd', 'e']),
        events: optional(shuffled(LOGTO_EVENTS), 6),
        config: optional(
          fc.record({ url: optional(pick(LOGTO_URLS), 6), headers: optional(fc.dictionary(pick(HEADER_NAMES), fc.option(pick(SECRETS), { nil: null }), { minKeys: 1 })), retries: optional(fc.integer({ min: 0, max: 3 })) }).map(compact),
          8,
        ),
        enabled: optional(fc.boolean()),
      })
      .map(compact),
  start: () => new LogtoEmulator().start(),
  async seed(emu, hooks) {
    const bearer = await token(`${emu.url}/oidc/token`, { method: 'POST', headers: { authorization: basic(emu), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all' });
    for (const h of hooks) await post(`${emu.url}/api/hooks`, bearer, h);
  },
  state: (emu) => (emu as LogtoEmulator).all().map((h) => ({ id: h.id, fields: { name: h.name, events: h.events, config: h.config, enabled: h.enabled } })),
  writes(c) {
    return simpleWrites(this.spec, '/api/hooks', c);
  },
};

const TRIGGERS = ['credentials-exchange', 'pre-user-registration', 'post-change-password'];
const SECRET_NAMES = ['S1', 'S2', 'S3'];
const deps = (value: fc.Arbitrary<string | null>) => fc.dictionary(pick(['axios', 'uuid', 'lodash']), value, { minKeys: 1 });

export const auth0: PropertyProvider = {
  name: 'auth0',
  envPrefix: 'AUTH0',
  target: clientCredentials('AUTH0'),
  spec: { key: 'name', sets: [], whole: ['dependencies'], writeOnly: 'secrets', immutable: ['triggerId'], required: [['script'], ['triggerId']], uniqueKey: true, exclusive: { flag: 'enabled', scope: 'triggerId' } },
  secretField: (p) => p[0] === 'secrets',
  // Auth0 itself keeps names unique and one enabled hook per trigger, so live states do too.
  live: fc
    .uniqueArray(
      fc.record({
        name: pick(['a', 'b', 'c', 'd', 'e']),
        triggerId: pick(TRIGGERS),
        enabled: fc.boolean(),
        script: pick(['code-one', 'code-two']),
        dependencies: fc.oneof(fc.constant({}), deps(pick(['1.0.0', '2.0.0']))),
        secrets: fc.oneof(fc.constant({}), fc.dictionary(pick(SECRET_NAMES), pick(SECRETS), { minKeys: 1 })),
      }),
      { maxLength: 5, selector: (h) => h.name },
    )
    .map((hooks) => hooks.map((h, i) => ({ ...h, enabled: h.enabled && !hooks.slice(0, i).some((o) => o.enabled && o.triggerId === h.triggerId) }))),
  entryOk: () => true,
  entry: fc
      .record({
        name: pick(['a', 'b', 'c', 'd', 'e', 'f']),
        triggerId: optional(pick(TRIGGERS), 10),
        enabled: optional(fc.boolean()),
        script: optional(pick(['code-one', 'code-two', 'code-three']), 10),
        dependencies: optional(deps(fc.option(pick(['1.0.0', '2.0.0']), { nil: null }))),
        secrets: optional(fc.dictionary(pick(SECRET_NAMES), fc.option(pick(SECRETS), { nil: null }), { minKeys: 1 })),
      })
      .map(compact),
  start: () => new Auth0Emulator({ rateLimit: { burst: 10_000, perSecond: 10_000 } }).start(),
  async seed(emu, hooks) {
    const bearer = await token(`${emu.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: (emu as Auth0Emulator).clientId, client_secret: (emu as Auth0Emulator).clientSecret, audience: `${emu.url}/api/v2/` }) });
    for (const { secrets, ...h } of hooks) {
      const made = (await post(`${emu.url}/api/v2/hooks`, bearer, h)) as { id: string };
      if (isObject(secrets) && Object.keys(secrets).length > 0) await post(`${emu.url}/api/v2/hooks/${made.id}/secrets`, bearer, secrets);
    }
  },
  state: (emu) => {
    const e = emu as Auth0Emulator;
    return e.all().map((h) => ({ id: h.id, fields: { name: h.name, triggerId: h.triggerId, enabled: h.enabled, script: h.script, dependencies: h.dependencies, secrets: { ...e.secrets.get(h.id) } } }));
  },
  writes(c) {
    const base = '/api/v2/hooks';
    const want = c.entry?.fields.secrets;
    const given = isObject(want) ? Object.fromEntries(Object.entries(want).filter(([, v]) => v !== null)) : {};
    const withoutSecrets = (f: Fields) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'secrets'));
    const addSecrets = (id: string, names: Fields): Write[] => (Object.keys(names).length > 0 ? [{ method: 'POST', path: `${base}/${id}/secrets`, body: names }] : []);
    if (c.action === 'delete') return [{ method: 'DELETE', path: `${base}/${c.id}`, body: undefined }];
    if (c.action === 'create') return [{ method: 'POST', path: base, body: overlay({}, withoutSecrets(c.entry!.fields)) }, ...addSecrets('NEW', given)];
    if (c.action === 'replace') {
      const created = overlay(withoutSecrets(c.live!.fields), withoutSecrets(c.entry!.fields));
      return [{ method: 'DELETE', path: `${base}/${c.id}`, body: undefined }, { method: 'POST', path: base, body: created }, ...addSecrets('NEW', given)];
    }
    const out: Write[] = [];
    const body = updateBody(this.spec, c);
    if (Object.keys(body).length > 0) out.push({ method: 'PATCH', path: `${base}/${c.id}`, body });
    const secretPaths = c.paths.filter((p) => p.startsWith('secrets\u0000')).map((p) => p.split('\u0000')[1]!);
    const removed = secretPaths.filter((n) => !(n in given));
    if (removed.length > 0) out.push({ method: 'DELETE', path: `${base}/${c.id}/secrets`, body: removed.sort() });
    out.push(...addSecrets(c.id!, Object.fromEntries(secretPaths.filter((n) => n in given).map((n) => [n, given[n]]))));
    return out;
  },
};

const BP_EVENTS = ['*', 'quote_request', 'carrier:updated', 'question_set'];
const BP_URLS = ['https://one.example.com/bp', 'https://two.example.com/bp', 'https://three.example.com/bp'];
const BP_HEADERS = ['X-Sig: sv-header-one-3k9', 'X-Sig: sv-header-two-8w2'];

export const boldpenguin: PropertyProvider = {
  name: 'boldpenguin',
  envPrefix: 'BOLDPENGUIN',
  target: clientCredentials('BOLDPENGUIN'),
  spec: { key: 'url', sets: ['events'], whole: [], immutable: [], required: [['url']] },
  secretField: (p) => p[0] === 'secret' || p[0] === 'header',
  live: fc.array(fc.record({ url: pick(BP_URLS), events: shuffled(BP_EVENTS), active: fc.boolean(), header: optional(pick(BP_HEADERS)), secret: optional(pick(SECRETS)) }).map(compact), { maxLength: 5 }),
  // Bold Penguin refuses `active: true` with no event; an entry that activates names its events.
  entryOk: (e) => e.active !== true || e.events !== undefined,
  entry: fc.record({ url: pick(BP_URLS), events: optional(shuffled(BP_EVENTS)), active: optional(fc.boolean()), header: optional(pick(BP_HEADERS)), secret: optional(pick(SECRETS)) }).map(compact),
  start: () => new BoldPenguinEmulator().start(),
  async seed(emu, hooks) {
    const bearer = await token(`${emu.url}/auth/token?grant_type=client_credentials`, { method: 'POST', headers: { authorization: basic(emu) } });
    for (const h of hooks) await post(`${emu.url}/hooks`, bearer, h);
  },
  state: (emu) =>
    (emu as BoldPenguinEmulator).all().map((s) => ({ id: s.id, fields: compact({ url: s.config.url, events: s.events, active: s.active, header: s.config.header ?? undefined, secret: s.config.secret }) })),
  writes(c) {
    return simpleWrites(this.spec, '/hooks', c);
  },
};

const NURSA_EVENTS = ['all', 'facility.user-connection.accepted', 'facility.creation.accepted', 'facility.creation.rejected'];
const NURSA_URLS = ['https://one.example.com/n', 'https://two.example.com/n', 'https://three.example.com/n'];

export const nursa: PropertyProvider = {
  name: 'nursa',
  envPrefix: 'NURSA',
  target: clientCredentials('NURSA'),
  spec: { key: 'url', sets: ['events', 'secrets'], whole: [], immutable: [], required: [['url'], ['events']] },
  secretField: (p) => p[0] === 'secrets',
  live: fc.array(fc.record({ url: pick(NURSA_URLS), events: shuffled(NURSA_EVENTS), secrets: optional(shuffled(SECRETS).map((s) => s.slice(0, 2))) }).map(compact), { maxLength: 5 }),
  entryOk: () => true,
  entry: fc.record({ url: pick(NURSA_URLS), events: optional(shuffled(NURSA_EVENTS), 6), secrets: optional(shuffled(SECRETS).map((s) => s.slice(0, 2))) }).map(compact),
  start: () => new NursaEmulator({ rateLimit: { requests: 100_000, windowMs: 60_000 } }).start(),
  async seed(emu, hooks) {
    const bearer = await token(`${emu.url}/oidc/oauth/token`, { method: 'POST', headers: { authorization: basic(emu), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    for (const h of hooks) await post(`${emu.url}/api/v2/public/webhooks/user`, bearer, h);
  },
  state: (emu) => (emu as NursaEmulator).all().map((h) => ({ id: h.id, fields: { url: h.url, events: h.events, secrets: h.secrets } })),
  writes(c) {
    return simpleWrites(this.spec, '/api/v2/public/webhooks/user', c);
  },
};

const GH_EVENTS = ['push', 'pull_request', 'issues', 'release'];
const GH_URLS = ['https://one.example.com/gh', 'https://two.example.com/gh', 'https://three.example.com/gh', 'https://four.example.com/gh'];
const GH_REPO = 'repos/acme/webhooks';

export const github: PropertyProvider = {
  name: 'github',
  envPrefix: 'GITHUB',
  target: (emu) => {
    const e = emu as unknown as GithubEmulator;
    // writeGap 0s: the emulator does not enforce GitHub's pacing advice, and 200 cases a second apart would take hours.
    return { lines: `    repository: acme/webhooks\n    auth: { token: "\${GITHUB_TOKEN}" }\n    writeGap: 0s\n`, env: { GITHUB_TOKEN: e.token }, secret: e.token };
  },
  spec: { key: 'config.url', sets: ['events'], whole: [], immutable: [], required: [['config', 'url']], writeOnlyValue: ['config', 'secret'], uniqueKey: true },
  secretField: (p) => p[0] === 'config' && p[1] === 'secret',
  // GitHub refuses a second hook with one url and overlapping events, so live urls are unique.
  live: fc.uniqueArray(
    fc.record({ config: fc.record({ url: pick(GH_URLS), content_type: optional(pick(['json', 'form'])), secret: optional(pick(SECRETS)) }).map(compact), events: shuffled(GH_EVENTS), active: fc.boolean() }),
    { maxLength: 4, selector: (h) => h.config.url },
  ),
  entryOk: () => true,
  entry: fc
    .record({
      config: fc.record({ url: pick(GH_URLS), content_type: optional(pick(['json', 'form'])), secret: optional(fc.option(pick(SECRETS), { nil: null })), insecure_ssl: optional(pick(['0', '1']), 6) }).map(compact),
      events: optional(shuffled(GH_EVENTS)),
      active: optional(fc.boolean()),
    })
    .map(compact),
  start: () => new GithubEmulator({ primary: { limit: 1_000_000, windowMs: 3_600_000 }, secondary: { createsPerMinute: 1_000_000 } }).start(),
  async seed(emu, hooks) {
    const e = emu as unknown as GithubEmulator;
    for (const h of hooks) {
      const res = await fetch(`${e.url}/${GH_REPO}/hooks`, { method: 'POST', headers: { authorization: `Bearer ${e.token}`, 'user-agent': 'property-seed', 'content-type': 'application/json' }, body: JSON.stringify(h) });
      if (res.status !== 201) throw new Error(`seeding GitHub answered ${res.status}: ${await res.text()}`);
    }
  },
  state: (emu) => (emu as unknown as GithubEmulator).all().map((h) => ({ id: String(h.id), fields: { name: h.name, config: { ...h.config }, events: h.events, active: h.active } })),
  writes(c) {
    const base = `/${GH_REPO}/hooks`;
    if (c.action === 'create') return [{ method: 'POST', path: base, body: { name: 'web', ...(overlay({}, c.entry!.fields) as Fields) } }];
    if (c.action === 'delete') return [{ method: 'DELETE', path: `${base}/${c.id}`, body: undefined }];
    // Changed config keys go key by key through /config (a removed one as ""); the rest in one PATCH.
    const tops = [...new Set(c.paths.map((p) => p.split('\u0000')[0]!))];
    const out: Write[] = [];
    const configKeys = c.paths.filter((p) => p.startsWith('config\u0000')).map((p) => p.split('\u0000')[1]!);
    const want = (c.entry!.fields.config ?? {}) as Fields;
    if (configKeys.length > 0) out.push({ method: 'PATCH', path: `${base}/${c.id}/config`, body: Object.fromEntries(configKeys.map((k) => [k, want[k] === null || want[k] === undefined ? '' : want[k]])) });
    const rest = tops.filter((t) => t !== 'config');
    if (rest.length > 0) out.push({ method: 'PATCH', path: `${base}/${c.id}`, body: Object.fromEntries(rest.map((t) => [t, c.entry!.fields[t]])) });
    return out;
  },
};

const ES_EVENTS = ['user.created', 'user.updated', 'user.deleted', 'organization.created'];
const ES_ENDPOINTS = ['https://one.example.com/es', 'https://two.example.com/es'];
const subscriptions = shuffled(ES_EVENTS).map((es) => es.map((event_type) => ({ event_type })));
const webhook = (token: fc.Arbitrary<string | null | undefined>) =>
  fc.record({ endpoint: pick(ES_ENDPOINTS), token }).map(({ endpoint, token: t }) => ({ type: 'webhook', configuration: { webhook_endpoint: endpoint, webhook_authorization: compact({ method: 'bearer', token: t }) } }));

export const eventStreams: PropertyProvider = {
  name: 'auth0-event-streams',
  envPrefix: 'AUTH0_EVENTS',
  target: clientCredentials('AUTH0_EVENTS'),
  spec: { key: 'name', sets: ['subscriptions'], whole: ['destination'], immutable: [], required: [['destination']], writeOnlyValue: ['destination', 'configuration', 'webhook_authorization', 'token'], uniqueKey: true },
  secretField: (p) => p.at(-1) === 'token',
  live: fc.array(fc.record({ name: pick(['a', 'b', 'c', 'd']), status: pick(['enabled', 'disabled']), subscriptions, destination: webhook(pick(SECRETS)) }), { maxLength: 5 }),
  entryOk: () => true,
  // A destination a file writes is whole enough to create from; the token may be left to the vendor.
  entry: fc
    .record({ name: pick(['a', 'b', 'c', 'd', 'e']), status: optional(pick(['enabled', 'disabled'])), subscriptions: optional(subscriptions), destination: optional(webhook(pick(SECRETS)), 6) })
    .map(compact),
  start: () => new EventStreamsEmulator({ rateLimit: { burst: 10_000, perSecond: 10_000 } }).start(),
  async seed(emu, hooks) {
    const e = emu as unknown as EventStreamsEmulator;
    const bearer = await token(`${e.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: e.clientId, client_secret: e.clientSecret, audience: `${e.url}/api/v2/` }) });
    for (const h of hooks) await post(`${e.url}/api/v2/event-streams`, bearer, h);
  },
  state: (emu) => (emu as unknown as EventStreamsEmulator).all().map((s) => ({ id: s.id, fields: { name: s.name, status: s.status, subscriptions: s.subscriptions, destination: s.destination } })),
  writes(c) {
    return simpleWrites(this.spec, '/api/v2/event-streams', c);
  },
};

export const PROVIDERS: readonly PropertyProvider[] = [logto, auth0, boldpenguin, nursa, github, eventStreams];

const STRIPE_URLS = ['https://one.example.com/s', 'https://two.example.com/s', 'https://three.example.com/s', 'https://four.example.com/s'];
const STRIPE_EVENTS = ['charge.succeeded', 'invoice.paid', 'customer.created', '*'];
/** A body in the shape Stripe reads a form: every value a string, arrays and maps kept. */
const formShape = (body: Fields): unknown => parseForm(new URLSearchParams(toForm(body)).toString());

export const stripe: PropertyProvider = {
  name: 'stripe',
  envPrefix: 'STRIPE',
  target: (emu) => {
    const e = emu as unknown as StripeEmulator;
    return { lines: `    mode: test\n    auth: { token: "\${STRIPE_SECRET_KEY}" }\n`, env: { STRIPE_ENDPOINT: e.url, STRIPE_SECRET_KEY: e.testKey }, secret: e.testKey };
  },
  spec: { key: 'url', sets: ['enabled_events'], whole: [], immutable: [], required: [['url'], ['enabled_events']] },
  secretField: () => false,
  live: fc.uniqueArray(
    fc.record({
      url: pick(STRIPE_URLS),
      enabled_events: shuffled(STRIPE_EVENTS),
      description: optional(pick(['payments', 'audit'])),
      metadata: fc.dictionary(pick(['team', 'tier']), pick(['a', 'b']), { maxKeys: 2 }),
      disabled: fc.boolean(),
    }).map(compact),
    { maxLength: 4, selector: (h) => h.url },
  ),
  entryOk: () => true,
  entry: fc.record({
    url: pick(STRIPE_URLS),
    enabled_events: optional(shuffled(STRIPE_EVENTS), 6),
    description: optional(fc.option(pick(['payments', 'audit', 'billing']), { nil: null })),
    metadata: optional(fc.dictionary(pick(['team', 'tier', 'region']), fc.option(pick(['a', 'b', 'c']), { nil: null }), { maxKeys: 2 })),
    disabled: optional(fc.boolean()),
  }).map(compact),
  start: () => new StripeEmulator({ maxEndpoints: 1000, perSecond: { test: 1_000_000, live: 1_000_000 } }).start(),
  async seed(emu, hooks) {
    const e = emu as unknown as StripeEmulator;
    for (const h of hooks) e.seed({ url: h.url as string, enabled_events: h.enabled_events as string[], description: (h.description as string | undefined) ?? null, metadata: h.metadata as Record<string, string>, disabled: h.disabled === true });
  },
  state: (emu) =>
    (emu as unknown as StripeEmulator).all().map((h) => ({ id: h.id, fields: compact({ url: h.url, enabled_events: h.enabled_events, description: h.description ?? undefined, metadata: h.metadata, disabled: h.status === 'disabled' }) })),
  decodeBody: (body) => (typeof body === 'string' ? parseForm(body) : body),
  writes(c) {
    const base = '/v1/webhook_endpoints';
    if (c.action === 'delete') return [{ method: 'DELETE', path: `${base}/${c.id}`, body: null }];
    if (c.action === 'create') {
      // Create takes no `disabled` and nothing null; a disabled endpoint is then disabled.
      const { disabled, ...rest } = c.entry!.fields;
      const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
      if (isObject(fields.metadata)) fields.metadata = Object.fromEntries(Object.entries(fields.metadata).filter(([, v]) => v !== null));
      return [{ method: 'POST', path: base, body: formShape(fields) }, ...(disabled === true ? [{ method: 'POST', path: `${base}/NEW`, body: formShape({ disabled: true }) }] : [])];
    }
    return [{ method: 'POST', path: `${base}/${c.id}`, body: formShape(updateBody(this.spec, c)) }];
  },
};
