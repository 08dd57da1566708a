import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, RateLimitError } from '../../../src/http/client.js';
import { createNursaAdapter, nursaTokenUrl } from '../../../src/providers/nursa/adapter.js';
import { Redactor } from '../../../src/core/redact.js';
import { NursaEmulator } from '../../../src/providers/nursa/emulator.js';
import { runCli, writeTemp } from '../../helpers/cli.js';
import { useSandbox } from '../../helpers/sandbox.js';

const sandbox = useSandbox();
const file = (hooks: string) => writeTemp(`version: 1
targets:
  n:
    provider: nursa
    endpoint: \${NURSA_ENDPOINT}
    auth: { clientId: "\${NURSA_CLIENT_ID}", clientSecret: "\${NURSA_CLIENT_SECRET}" }
    hooks:
${hooks}`);

let emulator: NursaEmulator | undefined;
afterEach(() => emulator?.stop());

describe('Nursa', () => {
  it('never sends secrets the file does not declare: the server makes two and they stay', async () => {
    const s = await sandbox();
    const path = file('      - url: https://a.example.com/n\n        events: [all]\n');
    await runCli(['apply', '-c', path, '--yes'], s.env);
    expect(s.nursa.server.requests({ method: 'POST', pathPrefix: '/api/' }).map((r) => r.body)).toEqual([{ url: 'https://a.example.com/n', events: ['all'] }]);
    const [made] = s.nursa.all();
    expect(made!.secrets).toHaveLength(2);
    await runCli(['apply', '-c', file('      - url: https://a.example.com/n\n        events: [all, facility.creation.accepted]\n'), '--yes'], s.env);
    expect(s.nursa.server.requests({ method: 'PATCH' }).map((r) => r.body)).toEqual([{ events: ['all', 'facility.creation.accepted'] }]);
    expect(s.nursa.all()[0]!.secrets).toEqual(made!.secrets);
  });

  it('rotates secrets only when the file lists them, and masks them in the plan', async () => {
    const s = await sandbox();
    s.nursa.seed({ url: 'https://a.example.com/n', events: ['all'], secrets: ['old-secret-aaaa'] });
    const r = await runCli(['plan', '-c', file('      - url: https://a.example.com/n\n        secrets: ["${NEW}", "${OLD}"]\n')], { ...s.env, NEW: 'new-secret-bbbb', OLD: 'old-secret-aaaa' });
    expect(r.stdout).toContain('    ~ secrets: (sensitive value)\n');
    expect(r.stdout).not.toMatch(/secret-(aaaa|bbbb)/);
  });

  it('refuses plain http and more than two secrets offline', async () => {
    const r = await runCli(['validate', '-c', file('      - url: http://a.example.com/n\n        secrets: [a, b, c]\n')], {});
    expect(r.stderr).toContain('targets.n.hooks[0].url: "http://a.example.com/n" does not have the required form: an https:// URL (Nursa refuses any other); the matching key');
    expect(r.stderr).toContain('targets.n.hooks[0].secrets: must NOT have more than 2 items');
  });

  it('answers the 101st request of a window with an HTML 429 and no headers, and opens a new window', async () => {
    let now = 1_000_000;
    emulator = await new NursaEmulator({ rateLimit: { requests: 2, windowMs: 60_000 }, now: () => now }).start();
    const statuses: number[] = [];
    const headers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${emulator.url}/api/v2/public/webhooks/user`);
      statuses.push(res.status);
      if (res.status === 429) {
        headers.push(...[...res.headers.keys()].filter((h) => /ratelimit|retry-after/i.test(h)));
        expect(res.headers.get('content-type')).toContain('text/html');
      }
    }
    now += 60_000;
    statuses.push((await fetch(`${emulator.url}/api/v2/public/webhooks/user`)).status);
    expect(statuses).toEqual([401, 401, 429, 401]);
    expect(headers).toEqual([]);
  });

  it('without a limiter, retries HTML 429s with backoff, then reports them in plain words', async () => {
    emulator = await new NursaEmulator({ rateLimit: { requests: 0, windowMs: 60_000 } }).start();
    const waits: number[] = [];
    const http = new HttpClient({ sleep: async (ms) => void waits.push(ms), random: () => 1 });
    const adapter = createNursaAdapter(
      { name: 'n', provider: 'nursa', endpoint: emulator.url, auth: { clientId: emulator.clientId, clientSecret: emulator.clientSecret }, tokenUrl: undefined, prune: false, hooks: [], position: { file: 'f', line: 1, col: 1 } },
      { http, redactor: new Redactor() },
    );
    const err = await adapter.list().catch((e: unknown) => e);
    await http.close();
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as Error).message).toBe(`${new URL(emulator.url).host}: still rate limited (429) after 6 refusals in 7.8s; nothing more was sent for this request. Raise --max-wait, or state the limit with rateLimit: {requests, per} on the target`);
    expect(emulator.server.requests({ pathPrefix: '/api/' }).map((r) => r.status)).toEqual([429, 429, 429, 429, 429, 429]);
    expect(waits).toEqual([250, 500, 1000, 2000, 4000]); // full jitter at its ceiling: 250 ms doubling
  });

  it('has no get-by-id: the emulator answers it as NestJS answers an unknown route', async () => {
    emulator = await new NursaEmulator().start();
    const hook = emulator.seed({ url: 'https://a.example.com/n' });
    const basic = Buffer.from(`${emulator.clientId}:${emulator.clientSecret}`).toString('base64');
    const token = (await (await fetch(`${emulator.url}/oidc/oauth/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' })).json()) as { access_token: string };
    const res = await fetch(`${emulator.url}/api/v2/public/webhooks/user/${hook.id}`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: `Cannot GET /api/v2/public/webhooks/user/${hook.id}`, error: 'Not Found', statusCode: 404 });
  });

  it('finds the auth host for production and the sandbox, and stays local elsewhere', () => {
    expect(nursaTokenUrl('https://public-api.prod.nursa.com')).toBe('https://auth.nursa.com/oidc/oauth/token');
    expect(nursaTokenUrl('https://public-api.sandbox.nursa.com')).toBe('https://auth.sandbox.nursa.com/oidc/oauth/token');
    expect(nursaTokenUrl('http://127.0.0.1:9')).toBe('http://127.0.0.1:9/oidc/oauth/token');
  });
});
