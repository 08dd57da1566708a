/**
 * The conformance probes: one fixed sequence of Management API requests, answered by a Logto
 * server and summarised so that two servers' answers can be compared (server-made ids, keys,
 * times and tokens replaced by placeholders). `recorded/logto-1.42.json` holds the real Logto
 * server's answers to the same sequence (recorded 2026-12-01, core 1.42.0, source 1fbc554), made
 * with the workplace's shared conformance script; this file replays it against any server.
 */
import http from 'node:http';

export interface Server {
  readonly base: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

interface Raw {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawNames: readonly string[];
  readonly text: string;
  readonly json: unknown;
}

type Json = Record<string, unknown>;

function send(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Raw> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const h: Record<string, string | number> = { ...headers };
  if (payload !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
  if (payload !== undefined) h['content-length'] = Buffer.byteLength(payload);
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers: h, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : (JSON.parse(text) as unknown);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawNames: res.rawHeaders.filter((_, i) => i % 2 === 0), text, json });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const RESOURCE = 'https://default.logto.app/api';
const URL_A = 'https://a.example.com/hook';
const URL_B = 'https://b.example.com/hook';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** Server-made values as placeholders; the ids it made become `<id>` wherever they appear. */
function normalizer() {
  const ids = new Set<string>();
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, walk((v as Json)[k], k)]));
    if (typeof v === 'string') {
      if ((key === 'id' || key === 'hookId') && /^[A-Za-z0-9_-]{21}$/.test(v)) return ids.add(v), '<id>';
      if (key === 'signingKey') return `<signingKey len ${v.length}>`;
      if (key === 'access_token') return `<token ${v.split('.').length === 3 ? 'JWT' : 'opaque'} len ${v.length > 100 ? '>100' : v.length}>`;
      if (key === 'createdAt') return '<string>';
      let out = v;
      for (const id of ids) out = out.split(id).join('<id>');
      return out;
    }
    if (typeof v === 'number' && key === 'createdAt') return '<number>';
    return v;
  };
  return walk;
}

function shapeOf(h: unknown): string {
  if (!h || typeof h !== 'object' || Array.isArray(h)) return String(h);
  return Object.keys(h)
    .sort()
    .map((k) => {
      const v = (h as Json)[k];
      const t = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
      if (k === 'config' && v && typeof v === 'object') return `config{${Object.keys(v).sort().join(',')}}`;
      return k === 'signingKey' ? `signingKey:${t}(${String(v).length})` : `${k}:${t}`;
    })
    .join(' ');
}

const INTERESTING = /^(total-number|total-number-is-capped|link|ratelimit.*|x-ratelimit.*|retry-after|content-type|www-authenticate)$/i;

function summarize(res: Raw, walk: ReturnType<typeof normalizer>, o: { shape?: boolean; count?: boolean; names?: boolean; headersOnly?: boolean } = {}): Json {
  const headers: Json = {};
  for (const n of [...new Set(res.rawNames.map((x) => x.toLowerCase()))].sort()) {
    if (!INTERESTING.test(n)) continue;
    const v = res.headers[n];
    headers[n] = n === 'content-type' ? String(v).replace(/; ?charset=utf-8/i, '') : v;
  }
  if (typeof headers.link === 'string') headers.link = headers.link.replace(/<https?:\/\/[^>]*?(\?[^>]*)>/g, '<$1>').split(/,\s*/).sort().join(', ');
  const out: Json = { status: res.status, headers, body: res.json !== undefined ? walk(res.json) : res.text === '' ? '(empty)' : res.text.slice(0, 200) };
  const list = Array.isArray(res.json) ? (res.json as Json[]) : undefined;
  if (o.shape) out.shape = list ? (list[0] ? shapeOf(list[0]) : '(no items)') : shapeOf(res.json);
  if (o.count && list) out.count = list.length;
  if (o.names && list) out.names = list.map((h) => h.name);
  if (o.headersOnly) delete out.body;
  return out;
}

/** Every probe's summary, by point, in the order of the recorded file. */
export async function runProbes(t: Server): Promise<Map<string, Json>> {
  const walk = normalizer();
  const out = new Map<string, Json>();
  const rec = (point: string, value: Json) => out.set(point, value);
  // As recorded, `resource: undefined` and `scope: undefined` fall back to the defaults (the
  // recording script's default parameters fill them in), so "no resource" and "no scope" send
  // both: replayed the same way, they are two more right-credential requests.
  const token = (o: { id?: string; secret?: string; resource?: string | undefined; scope?: string | undefined; post?: boolean; grant?: string } = {}) => {
    const f: Record<string, string> = { grant_type: o.grant ?? 'client_credentials', resource: o.resource ?? RESOURCE, scope: o.scope ?? 'all' };
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (o.post) Object.assign(f, { client_id: o.id ?? t.clientId, client_secret: o.secret ?? t.clientSecret });
    else headers.authorization = basic(o.id ?? t.clientId, o.secret ?? t.clientSecret);
    return send(t.base, 'POST', '/oidc/token', headers, new URLSearchParams(f).toString());
  };

  const ok = await token();
  rec('token: right credentials (Basic)', summarize(ok, walk));
  const auth = { authorization: `Bearer ${(ok.json as Json).access_token as string}` };
  rec('token: client_secret_post', { status: (await token({ post: true })).status });
  rec('token: wrong secret', summarize(await token({ secret: 'wrong-secret' }), walk));
  rec('token: unknown client id', summarize(await token({ id: 'no-such-client', secret: 'x' }), walk));
  rec('token: wrong resource', summarize(await token({ resource: 'https://wrong.example.com/api' }), walk));
  const nores = await token({ resource: undefined });
  rec('token: no resource', summarize(nores, walk));
  const noscope = await token({ scope: undefined });
  rec('token: no scope', summarize(noscope, walk));
  rec('token: scope "read"', summarize(await token({ scope: 'read' }), walk));
  rec('token: grant_type password', summarize(await token({ grant: 'password' }), walk));
  rec('token: GET /oidc/token', { status: (await send(t.base, 'GET', '/oidc/token')).status });

  const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = auth) => send(t.base, method, path, headers, body);
  const bodyOf = async (p: Promise<Raw>) => (await p).json as Json | undefined;
  rec('auth: no Authorization header', summarize(await api('GET', '/api/hooks', undefined, {}), walk));
  rec('auth: bad bearer token', summarize(await api('GET', '/api/hooks', undefined, { authorization: 'Bearer not-a-token' }), walk));
  const bearerOf = (r: Raw) => (r.json as Json | undefined)?.access_token as string | undefined;
  if (bearerOf(noscope)) rec('auth: token got without scope', summarize(await api('GET', '/api/hooks', undefined, { authorization: `Bearer ${bearerOf(noscope)}` }), walk));
  if (bearerOf(nores)) rec('auth: token got without resource', summarize(await api('GET', '/api/hooks', undefined, { authorization: `Bearer ${bearerOf(nores)}` }), walk));

  const clear = async () => {
    for (const h of ((await api('GET', '/api/hooks')).json as Json[] | undefined) ?? []) await api('DELETE', `/api/hooks/${String(h.id)}`);
  };
  await clear();

  const create = (body: unknown) => api('POST', '/api/hooks', body);
  const c1 = await create({ name: 'full', events: ['PostRegister', 'User.Created'], config: { url: URL_A } });
  rec('create: minimal valid (name, events, config.url)', summarize(c1, walk, { shape: true }));
  const h1 = c1.json as Json;
  const config1 = h1.config as Json;
  rec('create: defaults (enabled, event, config.retries, name)', {
    enabled: h1.enabled,
    event: h1.event,
    retries: 'retries' in config1 ? config1.retries : '(absent)',
    signingKeyLength: String(h1.signingKey).length,
    createdAtType: typeof h1.createdAt,
    idLength: String(h1.id).length,
  });
  const probe = async (point: string, body: unknown) => rec(point, summarize(await create(body), walk));
  await probe('create: without events', { name: 'x', config: { url: URL_A } });
  await probe('create: events []', { name: 'x', events: [], config: { url: URL_A } });
  await probe('create: without config', { name: 'x', events: ['PostRegister'] });
  await probe('create: config without url', { name: 'x', events: ['PostRegister'], config: { headers: { A: 'b' } } });
  await probe('create: bad event', { name: 'x', events: ['Nope.Happened'], config: { url: URL_A } });
  await probe('create: dev-feature event TrustedDevice.Created', { name: 'td', events: ['TrustedDevice.Created'], config: { url: URL_A } });
  rec('create: deprecated single event only', summarize(await create({ name: 'single', event: 'PostSignIn', config: { url: URL_A } }), walk, { shape: true }));
  await probe('create: duplicate events', { name: 'dup', events: ['PostRegister', 'PostRegister'], config: { url: URL_A } });
  await probe('create: name left out', { events: ['PostRegister'], config: { url: URL_A } });
  await probe('create: name "" (empty string)', { name: '', events: ['PostRegister'], config: { url: URL_A } });
  await probe('create: name of 257 chars', { name: 'n'.repeat(257), events: ['PostRegister'], config: { url: URL_A } });
  await probe('create: url "not a url"', { name: 'badurl', events: ['PostRegister'], config: { url: 'not a url' } });
  await probe('create: retries 4', { name: 'r4', events: ['PostRegister'], config: { url: URL_A, retries: 4 } });
  await probe('create: retries 1.5', { name: 'r15', events: ['PostRegister'], config: { url: URL_A, retries: 1.5 } });
  await probe('create: header value not a string', { name: 'hn', events: ['PostRegister'], config: { url: URL_A, headers: { A: 1 } } });
  await probe('create: enabled "yes"', { name: 'ey', events: ['PostRegister'], config: { url: URL_A }, enabled: 'yes' });
  rec('create: enabled false', { enabled: (await bodyOf(create({ name: 'off', events: ['PostRegister'], config: { url: URL_A }, enabled: false })))?.enabled });
  await probe('create: unknown top-level and config keys', { name: 'unk', events: ['PostRegister'], config: { url: URL_A, foo: 1 }, foo: 1 });
  await probe('create: client-chosen id and signingKey', { id: 'my-own-id', signingKey: 'my-own-key', name: 'own', events: ['PostRegister'], config: { url: URL_A } });
  await probe('create: invalid JSON body', '{"name": ');
  await probe('create: body an array', [1]);

  rec('get: by id', summarize(await api('GET', `/api/hooks/${String(h1.id)}`), walk, { shape: true }));
  rec('get: unknown id', summarize(await api('GET', '/api/hooks/no-such-hook'), walk));
  rec('get: includeExecutionStats=true', { shape: summarize(await api('GET', `/api/hooks/${String(h1.id)}?includeExecutionStats=true`), walk, { shape: true }).shape });

  const pid = String(((await create({ name: 'patchme', events: ['PostRegister'], config: { url: URL_A, headers: { A: 'a', B: 'b' }, retries: 2 } })).json as Json).id);
  const patch = (body: unknown) => api('PATCH', `/api/hooks/${pid}`, body);
  const current = () => bodyOf(api('GET', `/api/hooks/${pid}`));
  rec('patch: config {url, headers:{C}} on {url, headers:{A,B}, retries:2}', summarize(await patch({ config: { url: URL_B, headers: { C: 'c' } } }), walk));
  rec('patch: config without url', summarize(await patch({ config: { headers: { D: 'd' } } }), walk));
  rec('patch: enabled false', { status: (await patch({ enabled: false })).status, enabled: (await current())?.enabled });
  rec('patch: enabled true', { status: (await patch({ enabled: true })).status, enabled: (await current())?.enabled });
  const pe = await patch({ event: 'PostSignIn' });
  rec('patch: deprecated event "PostSignIn"', { status: pe.status, event: (pe.json as Json).event, events: (pe.json as Json).events });
  const pn = await patch({ event: null });
  rec('patch: event null', { status: pn.status, event: (pn.json as Json).event, events: (pn.json as Json).events });
  rec('patch: events []', summarize(await patch({ events: [] }), walk));
  rec('patch: bad event', summarize(await patch({ events: ['Nope'] }), walk));
  const pu = await patch({ foo: 1, name: 'patched' });
  rec('patch: unknown field + name', { status: pu.status, name: (pu.json as Json).name, hasFoo: 'foo' in (pu.json as Json) });
  rec('patch: only an unknown field', summarize(await patch({ foo: 1 }), walk));
  rec('patch: empty body {}', summarize(await patch({}), walk));
  const before = await current();
  const ps = await patch({ signingKey: 'chosen-key' });
  const after = await current();
  rec('patch: signingKey in body', { ...summarize(ps, walk), keyChanged: after?.signingKey !== before?.signingKey });
  const pr = await api('PATCH', `/api/hooks/${pid}/signing-key`);
  rec('patch: /signing-key rotates', { status: pr.status, keyChanged: (pr.json as Json).signingKey !== before?.signingKey, length: String((pr.json as Json).signingKey).length });
  rec('patch: unknown id', summarize(await api('PATCH', '/api/hooks/no-such-hook', { name: 'x' }), walk));
  rec('patch: invalid JSON', summarize(await patch('{'), walk));

  rec('delete: existing', summarize(await api('DELETE', `/api/hooks/${pid}`), walk));
  rec('delete: again (unknown id)', summarize(await api('DELETE', `/api/hooks/${pid}`), walk));
  rec('method: PUT /api/hooks/{id}', { status: (await api('PUT', `/api/hooks/${String(h1.id)}`, { name: 'x' })).status });
  rec('path: GET /api/nope', { status: (await api('GET', '/api/nope')).status });

  await clear();
  for (const n of ['p1', 'p2', 'p3', 'p4', 'p5']) await create({ name: n, events: ['PostRegister'], config: { url: URL_A } });
  const L = async (q: string, o: { names?: boolean; headersOnly?: boolean } = {}) => summarize(await api('GET', `/api/hooks${q}`), walk, { count: true, headersOnly: true, ...o });
  rec('list: no page params', await L('', { names: true }));
  rec('list: page=1&page_size=2', await L('?page=1&page_size=2', { names: true }));
  rec('list: page=3&page_size=2 (last, partial)', await L('?page=3&page_size=2'));
  rec('list: page=4&page_size=2 (past last)', await L('?page=4&page_size=2'));
  rec('list: page=99&page_size=100', await L('?page=99&page_size=100'));
  rec('list: only page_size=2', await L('?page_size=2'));
  rec('list: only page=1 (default size)', await L('?page=1'));
  rec('list: page_size=100', await L('?page=1&page_size=100'));
  rec('list: page_size=101', await L('?page=1&page_size=101', { headersOnly: false }));
  rec('list: page_size=0', await L('?page=1&page_size=0', { headersOnly: false }));
  rec('list: page=0', await L('?page=0&page_size=2', { headersOnly: false }));
  rec('list: page_size=1.5', await L('?page=1&page_size=1.5', { headersOnly: false }));
  rec('list: page=abc', await L('?page=abc&page_size=2', { headersOnly: false }));
  rec('list: page= (empty) & page_size= (empty)', await L('?page=&page_size='));
  rec('list: header names as sent', { names: (await api('GET', '/api/hooks?page=1&page_size=2')).rawNames.filter((n) => /total|link|content-type/i.test(n)) });

  const statuses: Record<string, number> = {};
  const limitHeaders = new Set<string>();
  for (let i = 0; i < 15; i++) {
    for (const r of await Promise.all(Array.from({ length: 10 }, () => api('GET', '/api/hooks?page=1&page_size=1')))) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      for (const n of r.rawNames) if (/rate|retry/i.test(n)) limitHeaders.add(n);
    }
  }
  rec('rate limit: 150 GETs, 10 in flight', { statuses, rateLimitHeaders: [...limitHeaders] });
  await clear();
  return out;
}
