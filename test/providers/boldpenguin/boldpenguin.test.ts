import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../../helpers/cli.js';
import { useSandbox } from '../../helpers/sandbox.js';

const sandbox = useSandbox();
const target = (hooks: string) => writeTemp(`version: 1
targets:
  bp:
    provider: boldpenguin
    endpoint: \${BOLDPENGUIN_ENDPOINT}
    auth: { clientId: "\${BOLDPENGUIN_CLIENT_ID}", clientSecret: "\${BOLDPENGUIN_CLIENT_SECRET}" }
    hooks:
${hooks}`);

describe('Bold Penguin', () => {
  it('compares the flat file with the nested answer, and patches flat', async () => {
    const s = await sandbox();
    const live = s.boldpenguin.seed({ url: 'https://a.example.com', events: ['carrier'], active: true, header: 'X-Api-Key: old-key-123' });
    expect(live.config).toMatchObject({ url: 'https://a.example.com', header: 'X-Api-Key: old-key-123' });
    const r = await runCli(['apply', '-c', target('      - url: https://a.example.com\n        events: [carrier]\n        header: "X-Api-Key: ${KEY}"\n'), '--yes'], { ...s.env, KEY: 'new-key-456' });
    expect(r.stdout).toContain('    ~ header: (sensitive value)\n');
    const patch = s.boldpenguin.server.requests({ method: 'PATCH' });
    expect(patch.map((p) => p.body)).toEqual([{ header: 'X-Api-Key: new-key-456' }]);
    expect(s.boldpenguin.all()[0]!.config.header).toBe('X-Api-Key: new-key-456');
  });

  it('refuses at plan time the switch-on past the 10-active limit, and lets a disable in the same file make room', async () => {
    const s = await sandbox();
    for (let i = 0; i < 10; i++) s.boldpenguin.seed({ url: `https://live${i}.example.com`, events: ['*'], active: true });
    const eleven = '      - url: https://eleven.example.com\n        events: ["*"]\n        active: true\n';
    const plan = await runCli(['plan', '-c', target(eleven)], s.env);
    expect(plan.stdout).toContain('    ! REFUSED, apply will not send this: Bold Penguin allows at most 10 active subscriptions per tenant, and 10 would already be active when this one is switched on; set active: false on another hook in this file (it goes first), or leave this one off\n');
    const r = await runCli(['apply', '-c', target(eleven), '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(s.boldpenguin.server.requests({ method: 'POST', pathPrefix: '/hooks' })).toEqual([]);
    // With one live subscription switched off in the same file, the eleventh fits: off first, then on.
    const both = await runCli(['apply', '-c', target(`${eleven}      - url: https://live3.example.com\n        active: false\n`), '--yes'], s.env);
    expect(both.code).toBe(0);
    const writes = s.boldpenguin.server.requests().filter((q) => q.method !== 'GET' && q.path.startsWith('/hooks'));
    expect(writes.map((w) => w.method)).toEqual(['PATCH', 'POST']);
    expect(s.boldpenguin.all().filter((h) => h.active)).toHaveLength(10);
  });

  it('validates header form and event names offline, without echoing the header', async () => {
    const r = await runCli(['validate', '-c', target('      - url: https://a.example.com\n        header: "Authorization Bearer abc-secret"\n        events: [quote, "carrier:updated"]\n')], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.bp.hooks[0].header: (sensitive value) does not have the required form: one header as "Name: Value" (the value is secret)');
    expect(r.stderr).toContain('targets.bp.hooks[0].events[0]: "quote" does not have the required form: "*", a subject (question_set, quote_request, carrier, application_form), or subject:action');
    expect(r.stderr).not.toContain('abc-secret');
  });

  it('refuses an active subscription without an event at plan time, offline in validate too', async () => {
    const s = await sandbox();
    const file = target('      - url: https://quiet.example.com\n        active: true\n');
    const r = await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('    ! REFUSED, apply will not send this: Bold Penguin refuses active: true without events; add at least one to events, or leave active false\n');
    expect(s.boldpenguin.server.requests({ method: 'POST', pathPrefix: '/hooks' })).toEqual([]);
    const v = await runCli(['validate', '-c', target('      - url: https://quiet.example.com\n        events: []\n        active: true\n')], {});
    expect(v.code).toBe(1);
    expect(v.stderr).toContain('targets.bp.hooks[0].active: Bold Penguin refuses active: true without events; add at least one to events, or leave active false');
  });

  it('validate counts the active subscriptions a file asks for against the limit of 10', async () => {
    const hooks = Array.from({ length: 12 }, (_, i) => `      - url: https://h${i}.example.com\n        events: ["*"]\n        active: true\n`).join('');
    const r = await runCli(['validate', '-c', target(hooks)], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.bp.hooks[10].active: Bold Penguin allows at most 10 active subscriptions per tenant, and this file asks for 12; set active: false on 2 of them');
  });

  it('matches by url: two entries with one url are refused', async () => {
    const r = await runCli(['validate', '-c', target('      - url: https://same.example.com\n      - url: https://same.example.com\n')], {});
    expect(r.stderr).toContain('duplicate hook url "https://same.example.com" in target bp');
  });
});
