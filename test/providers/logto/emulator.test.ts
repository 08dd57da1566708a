import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogtoEmulator } from '../../../src/providers/logto/emulator.js';

let emu: LogtoEmulator;
beforeEach(async () => {
  emu = await new LogtoEmulator().start();
});
afterEach(() => emu.stop());

async function token(scope = 'all', secret = emu.clientSecret): Promise<Response> {
  return fetch(`${emu.url}/oidc/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${emu.clientId}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'https://default.logto.app/api', scope }).toString(),
  });
}
async function bearer(): Promise<string> {
  const body = (await (await token()).json()) as { access_token: string };
  return `Bearer ${body.access_token}`;
}
async function api(method: string, path: string, body?: unknown, auth?: string): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers: { authorization: auth ?? (await bearer()), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('Logto emulator: auth', () => {
  it('issues a token for the right client credentials, answers invalid_client otherwise', async () => {
    const ok = await token();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'all' });
    const bad = await token('all', 'wrong-secret');
    expect(bad.status).toBe(401);
    // As the real server words it (recorded/logto-1.42.json).
    expect(await bad.json()).toEqual({ code: 'oidc.invalid_client', error: 'invalid_client', error_description: 'client authentication failed', message: 'An OIDC error occurred: oidc.invalid_client.' });
  });

  it('answers 401 without a header, 401 for an unknown token and 403 without the all scope', async () => {
    const res = await fetch(`${emu.url}/api/hooks`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'auth.authorization_header_missing' });
    expect(await api('GET', '/api/hooks', undefined, 'Bearer nope')).toMatchObject({ status: 401, body: { code: 'auth.unauthorized' } });
    const limited = (await (await token('read')).json()) as { access_token: string };
    expect(await api('GET', '/api/hooks', undefined, `Bearer ${limited.access_token}`)).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
  });

  it('never logs the client secret or the bearer token', async () => {
    await api('GET', '/api/hooks');
    const log = JSON.stringify(emu.server.log);
    expect(log).not.toContain(emu.clientSecret);
    expect(log).toContain('client_credentials');
  });
});

describe('Logto emulator: hooks', () => {
  it('creates with 201 and server-made id, signingKey and createdAt', async () => {
    const r = await api('POST', '/api/hooks', { name: 'a', events: ['PostRegister', 'PostRegister'], config: { url: 'not_work_url' }, signingKey: 'mine', bogus: 1 });
    expect(r.status).toBe(201);
    const hook = r.body as Record<string, unknown>;
    expect(hook.id).toMatch(/^[0-9a-z]{21}$/);
    expect(hook.signingKey).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(hook).toMatchObject({ name: 'a', events: ['PostRegister'], config: { url: 'not_work_url' }, enabled: true, tenantId: 'default', event: null });
    expect(hook).not.toHaveProperty('bogus');
  });

  it('rejects a create without events, an empty name, and malformed JSON', async () => {
    expect(await api('POST', '/api/hooks', { name: 'a', config: { url: 'u' } })).toMatchObject({ status: 400, body: { code: 'hook.missing_events' } });
    expect(await api('POST', '/api/hooks', { name: '', events: ['PostRegister'], config: { url: 'u' } })).toMatchObject({ status: 400, body: { code: 'guard.invalid_input', message: 'The request body is invalid.' } });
    const malformed = await api('POST', '/api/hooks', '{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toHaveProperty('message');
  });

  it('refuses TrustedDevice events as a production server does, and takes them with dev features on', async () => {
    const body = { name: 'a', events: ['PostRegister', 'TrustedDevice.Created'], config: { url: 'u' } };
    expect(await api('POST', '/api/hooks', body)).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    await emu.stop();
    emu = await new LogtoEmulator({ devFeatures: true }).start();
    expect(await api('POST', '/api/hooks', body)).toMatchObject({ status: 201, body: { events: ['PostRegister', 'TrustedDevice.Created'] } });
  });

  it('replaces config whole on PATCH, as the real server does', async () => {
    const h = emu.seed({ name: 'a', config: { url: 'u', headers: { 'X-A': '1' }, retries: 2 } });
    const r = await api('PATCH', `/api/hooks/${h.id}`, { config: { url: 'v' } });
    expect(r.status).toBe(200);
    expect((r.body as { config: unknown }).config).toEqual({ url: 'v' });
  });

  it('rotates the signing key on its own call and keeps everything else', async () => {
    const h = emu.seed({ name: 'a', config: { url: 'u' } });
    const r = await api('PATCH', `/api/hooks/${h.id}/signing-key`);
    const after = r.body as { signingKey: string; config: unknown; name: string };
    expect(r.status).toBe(200);
    expect(after.signingKey).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(after.signingKey).not.toBe(h.signingKey);
    expect([after.name, after.config]).toEqual(['a', { url: 'u' }]);
  });

  it('answers an unknown id with the 404 code the real server gives for each method', async () => {
    expect(await api('GET', '/api/hooks/nope')).toMatchObject({ status: 404, body: { code: 'entity.not_exists_with_id' } });
    expect(await api('PATCH', '/api/hooks/nope', { name: 'x' })).toMatchObject({ status: 404, body: { code: 'entity.not_exists' } });
    expect(await api('DELETE', '/api/hooks/nope')).toMatchObject({ status: 404, body: { code: 'entity.not_found' } });
  });

  it('lists everything without paging parameters, newest first and without Total-Number', async () => {
    emu.seed({ name: 'old', createdAt: 1000 });
    emu.seed({ name: 'new', createdAt: 2000 });
    const r = await api('GET', '/api/hooks');
    expect((r.body as { name: string }[]).map((h) => h.name)).toEqual(['new', 'old']);
    expect(r.headers.get('total-number')).toBeNull();
  });

  it('pages with page/page_size, Total-Number and Link, and rejects bad pagination', async () => {
    for (let i = 0; i < 45; i++) emu.seed({ name: `h${i}`, createdAt: i });
    const first = await api('GET', '/api/hooks?page_size=20');
    expect((first.body as unknown[]).length).toBe(20);
    expect(first.headers.get('total-number')).toBe('45');
    // The links repeat the query as it came, with the page replaced, as the real server's do.
    expect(first.headers.get('link')).toContain('page_size=20&page=2>; rel="next"');
    const last = await api('GET', '/api/hooks?page=3&page_size=20');
    expect((last.body as unknown[]).length).toBe(5);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(await api('GET', '/api/hooks?page=0')).toMatchObject({ status: 400, body: { code: 'guard.invalid_pagination' } });
    expect(await api('GET', '/api/hooks?page_size=101')).toMatchObject({ status: 400, body: { code: 'guard.invalid_pagination' } });
  });
});

describe('Logto emulator: faults and control routes', () => {
  it('serves and clears its request log', async () => {
    await api('GET', '/api/hooks');
    const log = (await (await fetch(`${emu.url}/__sandbox/requests`)).json()) as { method: string; path: string; status: number }[];
    expect(log.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /oidc/token 200', 'GET /api/hooks 200']);
    expect((await fetch(`${emu.url}/__sandbox/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${emu.url}/__sandbox/requests`)).json()).toEqual([]);
  });

  it('fails scripted requests in order, then behaves', async () => {
    const auth = await bearer();
    await fetch(`${emu.url}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify({ script: [{ fault: { kind: 'rate-limit', retryAfterSeconds: 7 } }, { fault: { kind: 'status', status: 502 } }] }) });
    const a = await fetch(`${emu.url}/api/hooks`, { headers: { authorization: auth } });
    expect([a.status, a.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await fetch(`${emu.url}/api/hooks`, { headers: { authorization: auth } })).status).toBe(502);
    expect((await fetch(`${emu.url}/api/hooks`, { headers: { authorization: auth } })).status).toBe(200);
  });

  it('drops connections and answers slowly when told to', async () => {
    emu.server.faults.script.push({ fault: { kind: 'drop' } });
    await expect(fetch(`${emu.url}/api/hooks`)).rejects.toThrow();
    emu.server.faults.delayMs = 50;
    const started = emu.server.log.length;
    expect((await fetch(`${emu.url}/api/hooks`)).status).toBe(401);
    expect(emu.server.log.length).toBe(started + 1);
  });
});
