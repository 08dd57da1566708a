import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Auth0Emulator } from '../../../src/providers/auth0/emulator.js';
import { runCli, writeTemp } from '../../helpers/cli.js';
import { useSandbox } from '../../helpers/sandbox.js';

const sandbox = useSandbox();
const file = (hooks: string) => writeTemp(`version: 1
targets:
  a0:
    provider: auth0
    endpoint: \${AUTH0_ENDPOINT}
    auth: { clientId: "\${AUTH0_CLIENT_ID}", clientSecret: "\${AUTH0_CLIENT_SECRET}" }
    hooks:
${hooks}`);

describe('Auth0', () => {
  it('reads script from a .js file beside the YAML, and says where a missing one was named', async () => {
    const s = await sandbox();
    const path = file('      - name: from-file\n        triggerId: pre-user-registration\n        script: ./hooks/register.js\n');
    mkdirSync(join(dirname(path), 'hooks'));
    writeFileSync(join(dirname(path), 'hooks', 'register.js'), 'module.exports = function (user, ctx, cb) { cb(null, { user }); };\n');
    await runCli(['apply', '-c', path, '--yes'], s.env);
    expect(s.auth0.all()[0]!.script).toBe('module.exports = function (user, ctx, cb) { cb(null, { user }); };\n');
    const missing = await runCli(['validate', '-c', file('      - name: x\n        script: ./nope.js\n')], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/hooks\.yaml:9:17 targets\.a0\.hooks\[0\]\.script: cannot read \.\/nope\.js \(no such file; paths are relative to /);
  });

  it('replaces a hook whose triggerId changes: delete, then create, naming the field', async () => {
    const s = await sandbox();
    const old = s.auth0.seed({ name: 'mover', triggerId: 'pre-user-registration', script: 'a' });
    const path = file('      - name: mover\n        triggerId: post-user-registration\n');
    const plan = await runCli(['plan', '-c', path], s.env);
    expect(plan.stdout).toContain(`# a0/mover must be replaced (id ${old.id}): triggerId cannot be changed in place\n    -/+ the live hook is deleted, then created anew\n    ~ triggerId: "pre-user-registration" -> "post-user-registration"   # forces replacement\n`);
    await runCli(['apply', '-c', path, '--yes'], s.env);
    const writes = s.auth0.server.requests({ pathPrefix: '/api/v2/hooks' }).filter((r) => r.method !== 'GET');
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`DELETE /api/v2/hooks/${old.id}`, 'POST /api/v2/hooks']);
    expect(writes[1]!.body).toEqual({ name: 'mover', triggerId: 'post-user-registration', script: 'a', enabled: false, dependencies: {} });
    expect(s.auth0.all().map((h) => [h.name, h.triggerId])).toEqual([['mover', 'post-user-registration']]);
  });

  it('disables the old hook before enabling the new one on the same trigger', async () => {
    const s = await sandbox();
    s.auth0.seed({ name: 'old-one', triggerId: 'credentials-exchange', enabled: true });
    s.auth0.seed({ name: 'new-one', triggerId: 'credentials-exchange', enabled: false });
    // The file lists the enable first: the order of the file must not matter.
    const r = await runCli(['apply', '-c', file('      - name: new-one\n        enabled: true\n      - name: old-one\n        enabled: false\n'), '--yes'], s.env);
    expect(r.code).toBe(0);
    expect(s.auth0.server.requests({ method: 'PATCH' }).map((p) => p.body)).toEqual([{ enabled: false }, { enabled: true }]);
    expect(s.auth0.all().map((h) => [h.name, h.enabled])).toEqual([['old-one', false], ['new-one', true]]);
  });

  it('reconciles secrets by name: adds new ones, removes nulls, never resends or prints a value', async () => {
    const s = await sandbox();
    const h = s.auth0.seed({ name: 'with-secrets' }, { KEEP: 'keep-value-1', DROP: 'drop-value-1' });
    s.auth0.seed({ name: 'no-secrets-managed' });
    const path = file('      - name: with-secrets\n        secrets: { KEEP: "${KEEP}", DROP: null, ADD: "${ADD}" }\n      - name: no-secrets-managed\n        enabled: false\n');
    const env = { ...s.env, KEEP: 'keep-value-changed', ADD: 'add-value-1' };
    const plan = await runCli(['plan', '-c', path], env);
    expect(plan.stdout).toContain('    + secrets.ADD: (sensitive value)\n    - secrets.DROP: (sensitive value)\n');
    expect(plan.stdout).toContain('Note (a0: with-secrets): Auth0 never shows secrets values, so only their names are compared; a value is sent when its name is new');
    // Secret names are read only for the hook whose entry manages them.
    expect(s.auth0.server.requests({ method: 'GET' }).filter((r) => r.path.endsWith('/secrets')).map((r) => r.path)).toEqual([`/api/v2/hooks/${h.id}/secrets`]);

    const apply = await runCli(['apply', '-c', path, '--yes'], env);
    const writes = s.auth0.server.requests().filter((r) => r.method !== 'GET' && r.path.startsWith('/api/'));
    expect(writes.map((w) => [w.method, w.path, w.body])).toEqual([
      ['DELETE', `/api/v2/hooks/${h.id}/secrets`, ['DROP']],
      ['POST', `/api/v2/hooks/${h.id}/secrets`, { ADD: 'add-value-1' }],
    ]);
    expect(s.auth0.secrets.get(h.id)).toEqual({ KEEP: 'keep-value-1', ADD: 'add-value-1' });
    for (const out of [plan.stdout, plan.stderr, apply.stdout, apply.stderr]) expect(out).not.toMatch(/(keep|drop|add)-value/);
  });

  it('notes unseen secret values only on a hook it updates: not on a create, not on "No changes"', async () => {
    const s = await sandbox();
    s.auth0.seed({ name: 'with-secrets' }, { KEEP: 'keep-value-1' });
    const env = { ...s.env, KEEP: 'keep-value-1', NEW: 'new-value-1' };
    const path = file('      - name: with-secrets\n        secrets: { KEEP: "${KEEP}" }\n      - name: fresh\n        script: a\n        triggerId: credentials-exchange\n        secrets: { NEW: "${NEW}" }\n');
    const first = await runCli(['plan', '-c', path], env);
    expect(first.stdout).toContain('Plan: 1 to add, 0 to change, 0 to delete.');
    expect(first.stdout).not.toContain('Note');
    await runCli(['apply', '-c', path, '--yes'], env);
    const again = await runCli(['plan', '-c', path, '-f', 'json'], env);
    expect((JSON.parse(again.stdout) as { targets: { notes: unknown[] }[] }).targets[0]!.notes).toEqual([]);
    const text = await runCli(['plan', '-c', path], env);
    expect(text.stdout).toMatch(/^No changes\./m);
    expect(text.stdout).not.toContain('Note');
  });

  it('stamps x-ratelimit-limit, -remaining and -reset (epoch seconds) on every answer', async () => {
    let now = Date.parse('2026-11-22T12:00:00Z');
    const emu = await new Auth0Emulator({ rateLimit: { burst: 2, perSecond: 1 }, now: () => now }).start();
    try {
      const token = (await (await fetch(`${emu.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: emu.clientId, client_secret: emu.clientSecret, audience: `${emu.url}/api/v2/` }) })).json()) as { access_token: string };
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${emu.url}/api/v2/hooks`, { headers: { authorization: `Bearer ${token.access_token}` } });
        seen.push(`${res.status} ${res.headers.get('x-ratelimit-limit')} ${res.headers.get('x-ratelimit-remaining')} ${res.headers.get('x-ratelimit-reset')}`);
        if (res.status === 429) expect(await res.json()).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' });
      }
      const s = now / 1000;
      expect(seen).toEqual([`200 2 1 ${s + 1}`, `200 2 0 ${s + 2}`, `429 2 0 ${s + 2}`]);
      now += 1000; // one token back
      const unauthorized = await fetch(`${emu.url}/api/v2/hooks`);
      expect([unauthorized.status, unauthorized.headers.get('x-ratelimit-remaining')]).toEqual([401, '0']);
    } finally {
      await emu.stop();
    }
  });

  it('says plainly when hooks are disabled for the tenant', async () => {
    const emu = await new Auth0Emulator({ hooksDisabled: true }).start();
    try {
      const r = await runCli(['plan', '-c', file('      - name: x\n        enabled: true\n')], { AUTH0_ENDPOINT: emu.url, AUTH0_CLIENT_ID: emu.clientId, AUTH0_CLIENT_SECRET: emu.clientSecret });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error: HOOKSYNC_AUTH: target a0: Auth0 answered 403 to the hook list: hooks_not_allowed: This endpoint is disabled for your tenant; Auth0 Hooks reached end of life on 2026-11-18 and this tenant has none: its events go to webhooks through Event Streams now (provider: auth0-event-streams, with the same endpoint and credentials)');
    } finally {
      await emu.stop();
    }
  });

  it('validates names and trigger ids offline', async () => {
    const r = await runCli(['validate', '-c', file('      - name: "-bad-"\n        triggerId: post-user-registraton\n')], {});
    expect(r.stderr).toContain('targets.a0.hooks[0].name: "-bad-" does not have the required form: letters, digits, spaces and hyphens');
    expect(r.stderr).toContain('targets.a0.hooks[0].triggerId: "post-user-registraton" is not an Auth0 trigger id; did you mean "post-user-registration"?');
  });
});
