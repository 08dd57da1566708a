/**
 * `npm run bench:rate-limit`: hooksync against the emulators' real rate limits, next to a naive
 * baseline measured in the same run. Figures, not pass/fail.
 *
 * - Auth0: 1,000 live hooks, 100 of them changed, a token bucket of 10 refilling 20 a second
 *   (real time, not scaled). Floor = (API requests − burst) / rate.
 * - Nursa-style: the same hooks on a fixed window without headers and an HTML 429, 20 requests
 *   per 1 s window (Nursa documents 100 a minute: the same shape, 12 times slower; scaled so the
 *   run takes seconds). Floor for a fixed window: (windows needed − 1) × window.
 * - A parallelism sweep on Auth0 with 100 ms added to every answer, to choose --parallelism.
 */
import { DEFAULT_PARALLELISM } from '../src/apply/defaults.js';
import { Auth0Emulator } from '../src/providers/auth0/emulator.js';
import { NursaEmulator } from '../src/providers/nursa/emulator.js';
import { hooksync, ratio, seconds, table, tempFile } from './lib.js';
import { naiveApply } from './naive.js';

const HOOKS = Number(process.env.BENCH_HOOKS ?? 1000);
const CHANGED = Math.round(HOOKS / 10);
const BURST = 10;
const RATE = 20;
const WINDOW = { requests: 20, windowMs: 1000 };
const changed = (i: number) => i % 10 === 0;
const name = (i: number) => `h${String(i).padStart(4, '0')}`;

interface Run {
  readonly label: string;
  readonly requests: number;
  readonly refused: number;
  readonly wallMs: number;
  /** From the first API request's arrival to the last's. */
  readonly apiMs: number;
}

async function auth0(latencyMs = 0): Promise<{ emulator: Auth0Emulator; env: Record<string, string>; file: string }> {
  const emulator = await new Auth0Emulator({ rateLimit: { burst: BURST, perSecond: RATE } }).start();
  emulator.server.faults.delayMs = latencyMs;
  const hooks: string[] = [];
  for (let i = 0; i < HOOKS; i++) {
    emulator.seed({ name: name(i), triggerId: 'post-user-registration', enabled: false, script: `// v1 ${i}` });
    hooks.push(`      - name: ${name(i)}\n        triggerId: post-user-registration\n        enabled: false\n        script: "// ${changed(i) ? 'v2' : 'v1'} ${i}"\n`);
  }
  const file = tempFile('hooks.yaml', `version: 1\ntargets:\n  a0:\n    provider: auth0\n    endpoint: \${AUTH0_ENDPOINT}\n    auth: { clientId: "\${AUTH0_CLIENT_ID}", clientSecret: "\${AUTH0_CLIENT_SECRET}" }\n    hooks:\n${hooks.join('')}`);
  return { emulator, file, env: { AUTH0_ENDPOINT: emulator.url, AUTH0_CLIENT_ID: emulator.clientId, AUTH0_CLIENT_SECRET: emulator.clientSecret } };
}

async function nursa(stated: boolean): Promise<{ emulator: NursaEmulator; env: Record<string, string>; file: string }> {
  const emulator = await new NursaEmulator({ rateLimit: WINDOW }).start();
  const hooks: string[] = [];
  for (let i = 0; i < HOOKS; i++) {
    emulator.seed({ url: `https://${name(i)}.example.com/n`, events: ['all'] });
    hooks.push(`      - url: https://${name(i)}.example.com/n\n        events: [${changed(i) ? 'facility.creation.accepted' : 'all'}]\n`);
  }
  const limit = stated ? `    rateLimit: { requests: ${WINDOW.requests}, per: ${WINDOW.windowMs}ms }\n` : '';
  const file = tempFile('hooks.yaml', `version: 1\ntargets:\n  n:\n    provider: nursa\n    endpoint: \${NURSA_ENDPOINT}\n    auth: { clientId: "\${NURSA_CLIENT_ID}", clientSecret: "\${NURSA_CLIENT_SECRET}" }\n${limit}    hooks:\n${hooks.join('')}`);
  return { emulator, file, env: { NURSA_ENDPOINT: emulator.url, NURSA_CLIENT_ID: emulator.clientId, NURSA_CLIENT_SECRET: emulator.clientSecret } };
}

async function ours(label: string, setup: { emulator: Auth0Emulator | NursaEmulator; env: Record<string, string>; file: string }, parallelism = DEFAULT_PARALLELISM): Promise<Run> {
  const r = await hooksync(['apply', '-c', setup.file, '--yes', '--parallelism', String(parallelism)], setup.env);
  const api = setup.emulator.server.requests({ pathPrefix: '/api/' });
  await setup.emulator.stop();
  if (r.code !== 0) throw new Error(`${label}: hooksync exited ${r.code}\n${r.stderr.slice(-2000)}`);
  return { label, requests: api.length, refused: api.filter((q) => q.status === 429).length, wallMs: r.wallMs, apiMs: span(api) };
}

async function naiveAuth0(): Promise<Run> {
  const { emulator } = await auth0();
  const started = performance.now();
  await naiveApply(
    {
      endpoint: emulator.url,
      token: async () => {
        const res = await fetch(`${emulator.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: emulator.clientId, client_secret: emulator.clientSecret, audience: `${emulator.url}/api/v2/` }) });
        return ((await res.json()) as { access_token: string }).access_token;
      },
      list: async (get) => {
        const all: { id: string; body: Record<string, unknown> }[] = [];
        for (let page = 0; ; page++) {
          const body = (await get(`/api/v2/hooks?page=${page}&per_page=100&include_totals=true`)) as { total: number; hooks: { id: string; name: string }[] };
          for (const h of body.hooks) {
            const i = Number(h.name.slice(1));
            all.push({ id: h.id, body: { enabled: false, script: `// ${changed(i) ? 'v2' : 'v1'} ${i}` } });
          }
          if (all.length >= body.total || body.hooks.length === 0) return all;
        }
      },
      hookPath: (id) => `/api/v2/hooks/${id}`,
    },
    5,
  );
  const wallMs = performance.now() - started;
  const api = emulator.server.requests({ pathPrefix: '/api/' });
  await emulator.stop();
  return { label: 'naive: 5 in flight, PATCH all, p-retry defaults', requests: api.length, refused: api.filter((q) => q.status === 429).length, wallMs, apiMs: span(api) };
}

async function naiveNursa(): Promise<Run> {
  const { emulator } = await nursa(false);
  const started = performance.now();
  const basic = Buffer.from(`${emulator.clientId}:${emulator.clientSecret}`).toString('base64');
  await naiveApply(
    {
      endpoint: emulator.url,
      token: async () => {
        const res = await fetch(`${emulator.url}/oidc/oauth/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
        return ((await res.json()) as { access_token: string }).access_token;
      },
      list: async (get) => {
        const body = (await get('/api/v2/public/webhooks/user')) as { data: { id: string; url: string }[] };
        return body.data.map((h) => {
          const i = Number(/h(\d+)\./.exec(h.url)![1]);
          return { id: h.id, body: { url: h.url, events: [changed(i) ? 'facility.creation.accepted' : 'all'] } };
        });
      },
      hookPath: (id) => `/api/v2/public/webhooks/user/${id}`,
    },
    5,
  );
  const wallMs = performance.now() - started;
  const api = emulator.server.requests({ pathPrefix: '/api/' });
  await emulator.stop();
  return { label: 'naive: 5 in flight, PATCH all, p-retry defaults', requests: api.length, refused: api.filter((q) => q.status === 429).length, wallMs, apiMs: span(api) };
}

const span = (log: readonly { at: number }[]): number => (log.length < 2 ? 0 : log.at(-1)!.at - log[0]!.at);

const out = (s: string) => process.stdout.write(s);
/** BENCH_PARTS=auth0,nursa,sweep (the default: all) runs only those parts. */
const parts = new Set((process.env.BENCH_PARTS ?? 'auth0,nursa,sweep').split(','));

out(`bench/rate-limit: ${HOOKS} live hooks, ${CHANGED} changed; hooksync --parallelism ${DEFAULT_PARALLELISM}\n\n`);

if (parts.has('auth0')) {
out(`Auth0 emulator: token bucket of ${BURST}, ${RATE} requests/s, x-ratelimit-* headers (real time)\n`);
const a = await ours('hooksync apply', await auth0());
const aFloor = ((a.requests - BURST) / RATE) * 1000;
const aNaive = await naiveAuth0();
out(
  table([
    ['run', 'API requests', '429s', 'wall', 'API phase', 'floor', 'wall/floor', 'API/floor', 'vs naive'],
    [a.label, a.requests, a.refused, seconds(a.wallMs), seconds(a.apiMs), seconds(aFloor), ratio(a.wallMs, aFloor), ratio(a.apiMs, aFloor), ratio(a.wallMs, aNaive.wallMs)],
    ...[aNaive].map((n) => {
      const floor = ((n.requests - n.refused - BURST) / RATE) * 1000;
      return [n.label, n.requests, n.refused, seconds(n.wallMs), seconds(n.apiMs), seconds(floor), ratio(n.wallMs, floor), ratio(n.apiMs, floor), '1.00x'];
    }),
  ]),
);
out(`  expected requests: ${Math.ceil(HOOKS / 100)} list pages + ${CHANGED} PATCHes = ${Math.ceil(HOOKS / 100) + CHANGED} (plus 1 token request, outside the API's bucket)\n\n`);
}

if (parts.has('nursa')) {
out(`Nursa-style emulator: fixed window of ${WINDOW.requests} per ${WINDOW.windowMs} ms, no headers, HTML 429 (Nursa: 100 per minute)\n`);
const windowFloor = (requests: number) => (Math.ceil(requests / WINDOW.requests) - 1) * WINDOW.windowMs;
const nStated = await ours('hooksync, rateLimit stated', await nursa(true));
const nLearned = await ours('hooksync, limit learned from 429s', await nursa(false));
const nNaive = await naiveNursa();
const nRow = (r: Run) => {
  const floor = windowFloor(r.requests - r.refused);
  return [r.label, r.requests, r.refused, seconds(r.wallMs), seconds(r.apiMs), seconds(floor), ratio(r.wallMs, floor), ratio(r.apiMs, floor), ratio(r.wallMs, nNaive.wallMs)];
};
out(table([['run', 'API requests', '429s', 'wall', 'API phase', 'floor', 'wall/floor', 'API/floor', 'vs naive'], nRow(nStated), nRow(nLearned), nRow(nNaive)]));
out(`  expected requests: 1 list + ${CHANGED} PATCHes = ${1 + CHANGED}; windows spanned: ${Math.ceil((1 + CHANGED) / WINDOW.requests)}\n\n`);
}

if (parts.has('sweep')) {
  out('Parallelism sweep: Auth0 emulator as above, 100 ms added to every answer\n');
  const rows: (string | number)[][] = [['--parallelism', 'API requests', '429s', 'wall', 'wall/floor', 'API/floor']];
  for (const p of [1, 2, 4, 8, 16]) {
    const r = await ours(`p=${p}`, await auth0(100), p);
    const floor = ((r.requests - BURST) / RATE) * 1000;
    rows.push([p, r.requests, r.refused, seconds(r.wallMs), ratio(r.wallMs, floor), ratio(r.apiMs, floor)]);
  }
  out(table(rows));
}
