import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, HooksyncError, NetworkError } from '../../../src/core/errors.js';
import { HttpClient } from '../../../src/http/client.js';
import type { TargetConfig } from '../../../src/core/model.js';
import { createLogtoAdapter, logtoResource } from '../../../src/providers/logto/adapter.js';
import type { ProviderAdapter } from '../../../src/core/adapter.js';
import { Redactor } from '../../../src/core/redact.js';
import { LogtoEmulator } from '../../../src/providers/logto/emulator.js';

let emu: LogtoEmulator;
let adapter: ProviderAdapter;
let redactor: Redactor;
let http: HttpClient;
let waits: number[];

const target = (secret: string): TargetConfig => ({
  name: 'logto-prod',
  provider: 'logto',
  endpoint: emu.url,
  auth: { clientId: emu.clientId, clientSecret: secret },
  tokenUrl: undefined,
  prune: false,
  hooks: [],
  position: { file: 'hooks.yaml', line: 1, col: 1 },
});

beforeEach(async () => {
  emu = await new LogtoEmulator().start();
  redactor = new Redactor();
  waits = [];
  // Sleep is injected: retries are counted, never waited for.
  http = new HttpClient({ sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
  adapter = createLogtoAdapter(target(emu.clientSecret), { http, redactor });
});
afterEach(async () => {
  await http.close();
  await emu.stop();
});

const apiRequests = () => emu.server.requests({ pathPrefix: '/api/' });
const tokenRequests = () => emu.server.requests({ pathPrefix: '/oidc/token' });

describe('Logto adapter', () => {
  it('lists every page of 100 and fetches one token for all of them', async () => {
    for (let i = 0; i < 250; i++) emu.seed({ name: `h${i}`, createdAt: i });
    const hooks = await adapter.list();
    expect(hooks).toHaveLength(250);
    expect(new Set(hooks.map((h) => h.id)).size).toBe(250);
    expect(apiRequests().map((r) => r.path)).toEqual(['/api/hooks?page=1&page_size=100&includeExecutionStats=true', '/api/hooks?page=2&page_size=100&includeExecutionStats=true', '/api/hooks?page=3&page_size=100&includeExecutionStats=true']);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('keeps server-made fields out of the live fields and registers signing keys as secrets', async () => {
    const seeded = emu.seed({ name: 'a', config: { url: 'u', headers: { Authorization: 'Bearer live-secret' } } });
    const [hook] = await adapter.list();
    expect(Object.keys(hook!.fields).sort()).toEqual(['config', 'enabled', 'events', 'name']);
    expect(redactor.redact(`key ${seeded.signingKey} and Bearer live-secret`)).toBe('key (sensitive value) and (sensitive value)');
  });

  it('refreshes the token once on 401 and carries on', async () => {
    await adapter.list();
    emu.revokeTokens();
    await adapter.list();
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it('names the target when the credentials are wrong', async () => {
    const badHttp = new HttpClient();
    const bad = createLogtoAdapter(target('not-the-secret'), { http: badHttp, redactor });
    const err = await bad.list().catch((e: unknown) => e);
    await badHttp.close();
    expect(err).toBeInstanceOf(HooksyncError);
    expect((err as HooksyncError).code).toBe('HOOKSYNC_AUTH');
    expect((err as Error).message).toBe('Logto answered 401 to the token request: invalid_client: client authentication failed; check auth.clientId and auth.clientSecret of target logto-prod (a machine-to-machine app with the Management API "all" scope)');
    expect(apiRequests()).toHaveLength(0);
  });

  it('retries a GET through 503, a dropped connection and a 429 with Retry-After', async () => {
    emu.server.faults.script.push(
      { fault: { kind: 'status', status: 503 }, path: '/api/' },
      { fault: { kind: 'drop' }, path: '/api/' },
      { fault: { kind: 'rate-limit', retryAfterSeconds: 3 }, path: '/api/' },
    );
    expect(await adapter.list()).toEqual([]);
    expect(apiRequests().map((r) => r.status)).toEqual([503, 0, 429, 200]);
    // Full jitter with random() = 0.5: half of 250 ms, then half of 500 ms; Retry-After exactly.
    expect(waits).toEqual([125, 250, 3000]);
  });

  it('never repeats a POST whose answer was lost: one hook, and an error that says so', async () => {
    emu.server.faults.script.push({ fault: { kind: 'drop-after' }, method: 'POST', path: '/api/hooks' });
    const err = await adapter.create({ name: 'once', events: ['PostRegister'], config: { url: 'u' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(emu.all().filter((h) => h.name === 'once')).toHaveLength(1);
    expect(apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('does not repeat a POST answered 500 (it may have been created), but does repeat one answered 429', async () => {
    emu.server.faults.script.push({ fault: { kind: 'status', status: 500 }, method: 'POST', path: '/api/' });
    await expect(adapter.create({ name: 'x', events: ['PostRegister'], config: { url: 'u' } })).rejects.toBeInstanceOf(ApiError);
    emu.server.faults.script.push({ fault: { kind: 'rate-limit' }, method: 'POST', path: '/api/' });
    await adapter.create({ name: 'y', events: ['PostRegister'], config: { url: 'u' } });
    expect(apiRequests().filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 429, 201]);
  });

  it('surfaces the vendor error code, message and details', async () => {
    const err = await adapter.create({ name: '', events: ['PostRegister'], config: { url: 'u' } }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('Logto answered 400 to the create: guard.invalid_input: The request body is invalid. (name: String must contain at least 1 and at most 256 character(s))');
  });

  it('treats a delete of a hook that is already gone as done', async () => {
    await expect(adapter.remove('doesnotexist')).resolves.toBeUndefined();
    expect(apiRequests().map((r) => r.status)).toEqual([404]);
  });

  it('gives a clear error when the API answers garbage', async () => {
    emu.server.faults.script.push({ fault: { kind: 'garbage' }, path: '/api/' });
    const err = await adapter.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HooksyncError);
    expect((err as Error).message).toContain('Logto answered the hook list with HTTP 200 and a body that is not JSON');
  });

  it('gives up after the retries with the last vendor answer', async () => {
    await adapter.list(); // a token in hand, so only the list meets the failures
    emu.server.faults.errorRate = 1;
    const err = await adapter.list().catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(503);
    expect((err as ApiError).message).toBe('Logto answered 503 to the hook list: Internal server error.');
    expect(apiRequests().slice(1)).toHaveLength(6); // the first try and 5 retries
  });
});

it('repeats a token request answered 503: asking for a token twice is harmless', async () => {
  emu.server.faults.script.push({ fault: { kind: 'status', status: 503 }, path: '/oidc/token' });
  await adapter.list();
  expect(tokenRequests().map((r) => r.status)).toEqual([503, 200]);
});

describe('logtoResource', () => {
  it('uses the tenant resource on Logto Cloud and the default one elsewhere', () => {
    expect(logtoResource('https://abc123.logto.app')).toBe('https://abc123.logto.app/api');
    expect(logtoResource('https://auth.example.com')).toBe('https://default.logto.app/api');
  });
});

it('words a token endpoint that answers an HTML error page by its status, not as garbage', async () => {
  const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
  for (let i = 0; i < 6; i++) emu.server.faults.script.push({ fault: { kind: 'status', status: 502, html: page }, path: '/oidc/token' });
  const err = await adapter.list().catch((e: unknown) => e);
  expect((err as Error).message).toBe('Logto answered 502 to the token request: 502 Bad Gateway');
  expect(tokenRequests().map((r) => r.status)).toEqual([502, 502, 502, 502, 502, 502]);
});
