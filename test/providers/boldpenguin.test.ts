import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

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

  it('reports the 10-active limit against the hook that hit it', async () => {
    const s = await sandbox();
    for (let i = 0; i < 10; i++) s.boldpenguin.seed({ url: `https://live${i}.example.com`, events: ['*'], active: true });
    const r = await runCli(['apply', '-c', target('      - url: https://eleven.example.com\n        events: ["*"]\n        active: true\n'), '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  FAILED  bp/https://eleven.example.com not created: Bold Penguin answered 422 to the create: base maximum of 10 active subscriptions reached');
  });

  it('validates header form and event names offline, without echoing the header', async () => {
    const r = await runCli(['validate', '-c', target('      - url: https://a.example.com\n        header: "Authorization Bearer abc-secret"\n        events: [quote, "carrier:updated"]\n')], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('targets.bp.hooks[0].header: (sensitive value) does not have the required form: one header as "Name: Value" (the value is secret)');
    expect(r.stderr).toContain('targets.bp.hooks[0].events[0]: "quote" does not have the required form: "*", a subject (question_set, quote_request, carrier, application_form), or subject:action');
    expect(r.stderr).not.toContain('abc-secret');
  });

  it("surfaces the vendor's rule that an active subscription needs an event", async () => {
    const s = await sandbox();
    const r = await runCli(['apply', '-c', target('      - url: https://quiet.example.com\n        active: true\n'), '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  FAILED  bp/https://quiet.example.com not created: Bold Penguin answered 422 to the create: active requires at least one event');
    expect(s.boldpenguin.all()).toEqual([]);
  });

  it('matches by url: two entries with one url are refused', async () => {
    const r = await runCli(['validate', '-c', target('      - url: https://same.example.com\n      - url: https://same.example.com\n')], {});
    expect(r.stderr).toContain('duplicate hook url "https://same.example.com" in target bp');
  });
});
