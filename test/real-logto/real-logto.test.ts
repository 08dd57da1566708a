/**
 * The provider contract, run against a real Logto server (`npm run test:real-logto`; not part of
 * `npm test`, which has no real server): REAL_LOGTO_ENDPOINT, REAL_LOGTO_CLIENT_ID and
 * REAL_LOGTO_CLIENT_SECRET name it (`SERVE=1 bash ../shared/real-logto/run.sh` writes them).
 * hooksync reaches it through a counting proxy on 127.0.0.1, so every promise about requests is
 * checked on what the real server was sent. Every hook of that server is deleted first.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TargetConfig } from '../../src/core/model.js';
import { Redactor } from '../../src/core/redact.js';
import { HttpClient } from '../../src/http/client.js';
import { createAdapter } from '../../src/providers/registry.js';
import { fixtures } from '../contract/fixtures.js';
import { leakedSecrets, runCli, writeTemp } from '../helpers/cli.js';

const need = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: start a real Logto server with SERVE=1 bash ../shared/real-logto/run.sh and source the env file it writes`);
  return v;
};
const REAL = need('REAL_LOGTO_ENDPOINT').replace(/\/$/, '');
const CLIENT_ID = need('REAL_LOGTO_CLIENT_ID');
const CLIENT_SECRET = need('REAL_LOGTO_CLIENT_SECRET');
const SECRET = 'hook-secret-6f1e2d3c';
const f = fixtures.find((x) => x.provider === 'logto')!;

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

const parsed = (raw: Buffer): unknown => {
  if (raw.length === 0) return null;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return '(not JSON)';
  }
};

/** Forwards to the real server and logs what hooksync sent, as the emulators' request logs do. */
function countingProxy(): Promise<{ url: string; log: Seen[]; close: () => Promise<void> }> {
  const log: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', REAL);
      log.push({ method: req.method ?? 'GET', path: url.pathname, body: parsed(raw) });
      const headers = { ...req.headers, host: url.host };
      const up = http.request(url, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      up.end(raw);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log, close: () => new Promise((r) => server.close(() => r())) })),
  );
}

/** The real server's Management API, straight (not through the proxy), for seeding and checking. */
async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const tokenRes = await fetch(`${REAL}/oidc/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'https://default.logto.app/api', scope: 'all' }).toString(),
  });
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch(`${REAL}${path}`, { method, headers: { authorization: `Bearer ${access_token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}
const liveHooks = async () => (await api('GET', '/api/hooks')) as { id: string; name: string; signingKey: string }[];
const seed = async (i: number, drifted = false) =>
  (await api('POST', '/api/hooks', { name: `hook-${i}`, events: ['User.Created', 'PostRegister'], config: { url: `https://h${i}.example.com/logto`, headers: { 'X-Secret': SECRET } }, enabled: !drifted })) as { id: string; signingKey: string };

let proxy: Awaited<ReturnType<typeof countingProxy>>;
beforeAll(async () => {
  proxy = await countingProxy();
});
afterAll(async () => {
  for (const h of await liveHooks()) await api('DELETE', `/api/hooks/${h.id}`);
  await proxy.close();
});
beforeEach(async () => {
  for (const h of await liveHooks()) await api('DELETE', `/api/hooks/${h.id}`);
  proxy.log.length = 0;
});

const env = () => ({ LOGTO_ENDPOINT: proxy.url, LOGTO_CLIENT_ID: CLIENT_ID, LOGTO_CLIENT_SECRET: CLIENT_SECRET, HOOK_SECRET: SECRET });
const file = (hooks: string, prune = false) =>
  writeTemp(`version: 1
targets:
  logto-t:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
${f.targetLines}${prune ? `    prune: ${hooks === '' ? 'all' : 'true'}\n` : ''}    hooks:${hooks === '' ? ' []\n' : `\n${hooks}`}`);
const writes = () => proxy.log.filter((r) => r.path.startsWith('/api/hooks') && r.method !== 'GET');
const NO_CHANGES = /(^|\n)No changes\. Live hooks match the configuration\.\n$/;

describe('contract: the real Logto server', () => {
  it('lists every live hook, across pages', async () => {
    for (let i = 0; i < 101; i++) await seed(i);
    const r = await runCli(['plan', '-c', file('')], env());
    expect(r.stdout).toContain('Unmanaged: 101 live hooks are not in the file');
    expect(proxy.log.filter((q) => q.method === 'GET' && q.path === '/api/hooks')).toHaveLength(2);
  }, 60_000);

  it('creates a missing hook with one request', async () => {
    const r = await runCli(['apply', '-c', file(f.hookYaml(1)), '--yes'], env());
    expect(r.stdout).toContain('Apply complete! 1 added, 0 changed, 0 deleted.');
    expect(writes().map((w) => w.method)).toEqual(['POST']);
    expect(await liveHooks()).toHaveLength(1);
  });

  it('repairs drift with one PATCH holding only the changed field', async () => {
    const { id } = await seed(1, true);
    await runCli(['apply', '-c', file(f.hookYaml(1)), '--yes'], env());
    expect(writes().map((w) => [w.method, w.path, w.body])).toEqual([['PATCH', `/api/hooks/${id}`, f.driftRepair]]);
  });

  it('sends no request for a hook that already matches, and deletes only with prune', async () => {
    await seed(1);
    expect((await runCli(['apply', '-c', file(f.hookYaml(1)), '--yes'], env())).stdout).toContain('No changes. Live hooks match the configuration.');
    await runCli(['apply', '-c', file(''), '--yes'], env());
    expect(writes()).toEqual([]);
    const pruned = await runCli(['apply', '-c', file('', true), '--yes'], env());
    expect(pruned.stdout).toContain('0 added, 0 changed, 1 deleted.');
    expect(await liveHooks()).toHaveLength(0);
  });

  it('converges: apply, then plan shows no changes, and nothing secret is printed', async () => {
    const { signingKey } = await seed(1, true);
    const path = file(f.hookYaml(1) + f.hookYaml(2));
    const applied = await runCli(['apply', '-c', path, '--yes'], env());
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const again = await runCli(['plan', '-c', path, '--detailed-exitcode'], env());
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(NO_CHANGES);
    const keys = [signingKey, ...(await liveHooks()).map((h) => h.signingKey)];
    expect(leakedSecrets([applied.stdout, applied.stderr, again.stdout, again.stderr], [SECRET, CLIENT_SECRET, ...keys])).toEqual([]);
  });

  it('exports a file that plans clean with only the credentials set', async () => {
    await seed(1);
    await seed(2, true);
    const out = `${file('')}.export.yaml`;
    const exported = await runCli(['export', '-c', file(''), '-t', 'logto-t', '-o', out], env());
    expect(exported.code).toBe(0);
    const credentialsOnly = { LOGTO_ENDPOINT: proxy.url, LOGTO_CLIENT_ID: CLIENT_ID, LOGTO_CLIENT_SECRET: CLIENT_SECRET };
    const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], credentialsOnly);
    expect(plan.stdout).toMatch(NO_CHANGES);
    expect(leakedSecrets([readFileSync(out, 'utf8'), exported.stderr, plan.stdout], [SECRET])).toEqual([]);
  });

  it("surfaces the server's own validation message", async () => {
    const target: TargetConfig = { name: 'logto-t', provider: 'logto', endpoint: proxy.url, auth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }, tokenUrl: undefined, prune: false, hooks: [], position: { file: 'x', line: 1, col: 1 } };
    const client = new HttpClient();
    const err = await createAdapter(target, { http: client, redactor: new Redactor() }).create(f.invalidCreate.body).catch((e: unknown) => e);
    await client.close();
    expect((err as Error).message).toMatch(f.invalidCreate.message);
  });

  it('refuses a dev-feature event offline, as the server would at apply', async () => {
    const r = await runCli(['validate', '-c', file('      - name: td\n        events: [TrustedDevice.Created]\n        config: { url: https://td.example.com }\n')], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"TrustedDevice.Created" exists only on a Logto server run with dev features on');
    await expect(api('POST', '/api/hooks', { name: 'td', events: ['TrustedDevice.Created'], config: { url: 'https://td.example.com' } })).rejects.toThrow(/400 .*guard\.invalid_input/);
  });
});
