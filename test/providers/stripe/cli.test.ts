/**
 * hooksync against the Stripe emulator, as a user runs it: plan, apply, plan = No changes and an
 * export round trip; a create whose answer is lost is sent again with its Idempotency-Key and
 * replayed, never made twice; a replacement (a new api_version) is refused unless the secret may
 * rotate; a key of the other mode is refused before any request; the 17th endpoint is refused at
 * plan time; the documented pace is kept (no 429), which a faster pace would not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { StripeEmulator, type StripeEmulatorOptions } from '../../../src/providers/stripe/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../../helpers/cli.js';
import { fakeClock } from '../../helpers/clock.js';

const running: StripeEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function stripe(options: StripeEmulatorOptions = {}): Promise<{ emu: StripeEmulator; env: Record<string, string> }> {
  const emu = await new StripeEmulator(options).start();
  running.push(emu);
  return { emu, env: { STRIPE_ENDPOINT: emu.url, STRIPE_SECRET_KEY: emu.testKey } };
}

const file = (hooks: string, extra = '') =>
  writeTemp(`version: 1
targets:
  payments:
    provider: stripe
    endpoint: \${STRIPE_ENDPOINT}
    mode: test
    auth: { token: "\${STRIPE_SECRET_KEY}" }
${extra}    hooks:
${hooks}`);

const PAY = `      - url: https://pay.example.com/stripe
        enabled_events: [charge.succeeded, invoice.paid]
        description: payments service
        metadata: { team: payments }
`;
const AUDIT = `      - url: https://audit.example.com/stripe
        enabled_events: ["*"]
        disabled: true
`;
const posts = (emu: StripeEmulator) => emu.server.requests().filter((r) => r.method === 'POST');

describe('Stripe, end to end', () => {
  it('plans, applies, plans no changes; a disabled endpoint is created then disabled; metadata merges and a null removes a key; export round-trips', async () => {
    const { emu, env } = await stripe();
    const f = file(PAY + AUDIT);
    const applied = await runCli(['apply', '-c', f, '-y'], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply complete! 2 added, 0 changed, 0 deleted.');
    // Two creates and the update that disables one: create cannot take `disabled`.
    expect(posts(emu)).toHaveLength(3);
    expect(emu.all().map((e) => [e.url, e.status])).toEqual([['https://audit.example.com/stripe', 'disabled'], ['https://pay.example.com/stripe', 'enabled']]);
    expect((await runCli(['plan', '-c', f, '--detailed-exitcode'], env)).stdout).toContain('No changes.');

    // Someone adds a key in the dashboard; the file removes team and adds owner: only those are sent.
    const id = emu.all().find((e) => e.url.startsWith('https://pay'))!.id;
    await fetch(`${emu.url}/v1/webhook_endpoints/${id}`, { method: 'POST', headers: { authorization: `Bearer ${emu.testKey}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'metadata[console]=yes' });
    emu.server.clearRequests();
    const f2 = file(PAY.replace('metadata: { team: payments }', 'metadata: { team: null, owner: platform }') + AUDIT);
    const plan = await runCli(['plan', '-c', f2], env);
    expect(plan.stdout).toContain('+ metadata.owner: "platform"');
    expect(plan.stdout).toContain('- metadata.team: "payments"');
    const second = await runCli(['apply', '-c', f2, '-y'], env);
    expect(second.code, second.stderr).toBe(0);
    const [update] = posts(emu);
    expect(decodeURIComponent(String(update!.body))).toBe('metadata[team]=&metadata[owner]=platform');
    expect(emu.all().find((e) => e.id === id)!.metadata).toEqual({ console: 'yes', owner: 'platform' });

    const exported = await runCli(['export', '-t', 'payments', '-c', f2], env);
    expect(exported.code, exported.stderr).toBe(0);
    const round = await runCli(['plan', '-c', writeTemp(exported.stdout)], env);
    expect(round.stdout, exported.stdout).toContain('No changes.');
    // No secret of any endpoint, nor the key, in anything printed.
    const secrets = [...emu.all().map((e) => e.secret), emu.testKey];
    expect(leakedSecrets([applied.stdout, applied.stderr, plan.stdout, second.stdout, second.stderr, exported.stdout, exported.stderr], secrets)).toEqual([]);
  });

  it('a create whose answer is lost is sent again with the same Idempotency-Key, Stripe replays it, and one endpoint exists', async () => {
    const { emu, env } = await stripe();
    emu.server.faults.script.push({ method: 'POST', path: '/v1/webhook_endpoints', fault: { kind: 'drop-after' } });
    const r = await runCli(['apply', '-c', file(PAY), '-y'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(emu.all()).toHaveLength(1);
    // Sent twice with one key; the second answer was the saved one, and no list was needed between.
    expect(emu.idempotency.map((x) => x.replayed)).toEqual([false, true]);
    expect(new Set(emu.idempotency.map((x) => x.key)).size).toBe(1);
    const methods = emu.server.requests().map((x) => x.method);
    expect(methods).toEqual(['GET', 'POST', 'POST']);
  });

  it('refuses a replacement (a new api_version), which rotates the signing secret, unless allowed by flag or by the hook', async () => {
    const { emu, env } = await stripe();
    emu.seed({ url: 'https://pay.example.com/stripe', enabled_events: ['invoice.paid'], api_version: '2024-06-20' });
    const old = emu.all()[0]!;
    const hook = `      - url: https://pay.example.com/stripe\n        enabled_events: [invoice.paid]\n        api_version: 2026-10-28.endive\n`;
    const plan = await runCli(['plan', '-c', file(hook)], env);
    expect(plan.stdout).toContain('! REFUSED, apply will not send this: SECRET ROTATES: Stripe generates a new signing secret (whsec_…) for the endpoint made in its place, and the old one stops working: every receiver that verifies this hook\'s signatures fails until it is given the new one; pass --allow-secret-rotation (or write allowSecretRotation: true on the hook)');
    const refused = await runCli(['apply', '-c', file(hook), '-y'], env);
    expect(refused.code).toBe(1);
    expect(emu.all().map((e) => e.id)).toEqual([old.id]);
    const allowed = await runCli(['apply', '-c', file(`${hook}        allowSecretRotation: true\n`), '-y'], env);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('SECRET ROTATES');
    const now = emu.all();
    expect(now).toHaveLength(1);
    expect(now[0]!.id).not.toBe(old.id);
    expect(now[0]!.api_version).toBe('2026-10-28.endive');
    expect(leakedSecrets([plan.stdout, refused.stdout, allowed.stdout, allowed.stderr], [old.secret, now[0]!.secret])).toEqual([]);
  });

  it('refuses a key of the other mode, and a key that is no Stripe key, before any request', async () => {
    const { emu, env } = await stripe();
    const live = await runCli(['plan', '-c', file(PAY)], { ...env, STRIPE_SECRET_KEY: emu.liveKey });
    expect(live.code).toBe(1);
    expect(live.stderr).toBe('error: HOOKSYNC_CONFIG_INVALID: target payments says mode: test, but its key is a live-mode key; a live key manages the live account\'s endpoints, not these. Give it a test key, or write mode: live; nothing was sent\n');
    const junk = await runCli(['plan', '-c', file(PAY)], { ...env, STRIPE_SECRET_KEY: 'pk_test_publishable' });
    expect(junk.stderr).toContain('its auth.token is not a Stripe secret or restricted key');
    expect(emu.server.requests()).toEqual([]);
    expect(leakedSecrets([live.stdout, live.stderr], [emu.liveKey])).toEqual([]);
  });

  it('counts the 16 endpoints of an account in the plan: the 17th is refused, not sent', async () => {
    const { emu, env } = await stripe();
    for (let i = 0; i < 15; i++) emu.seed({ url: `https://old${i}.example.com/s`, enabled_events: ['*'] });
    const two = `      - { url: "https://a.example.com/s", enabled_events: ["*"] }\n      - { url: "https://b.example.com/s", enabled_events: ["*"] }\n`;
    const plan = await runCli(['plan', '-c', file(two)], env);
    expect(plan.stdout).toContain('Stripe allows at most 16 webhook endpoints per account, and 16 would already be there when this one is created; delete one first');
    expect(plan.stdout).toContain('Plan: 2 to add, 0 to change, 0 to delete; 1 of these REFUSED');
    const r = await runCli(['apply', '-c', file(two), '-y'], env);
    expect(r.code).toBe(1);
    expect(emu.all()).toHaveLength(16);
    expect(emu.rateLimited).toBe(0);
  });

  it('keeps to the documented 25 requests a second of test mode: no 429 over 33 requests, where a stated faster pace meets them', async () => {
    const hooks = Array.from({ length: 16 }, (_, i) => `      - { url: "https://h${i}.example.com/s", enabled_events: ["*"], disabled: true }\n`).join('');
    const clock = fakeClock(Date.now(), 2);
    const { emu, env } = await stripe({ now: clock.now });
    const r = await runCli(['apply', '-c', file(hooks), '-y', '--parallelism', '8'], env, { clock });
    expect(r.code, r.stderr).toBe(0);
    expect(emu.all().filter((e) => e.status === 'disabled')).toHaveLength(16);
    expect(emu.rateLimited).toBe(0);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(1000);

    const fast = fakeClock(Date.now(), 2);
    const other = await stripe({ now: fast.now });
    const hurried = await runCli(['apply', '-c', file(hooks, '    rateLimit: { requests: 1000, per: 1s }\n'), '-y', '--parallelism', '8'], other.env, { clock: fast });
    expect(other.emu.rateLimited, hurried.stderr).toBeGreaterThan(0);
  });

  it('validate finds, offline, a misspelt event or mode, a secretTo name that is no variable name, and secretTo where no vendor generates a secret', async () => {
    const f = writeTemp(`version: 1
targets:
  pay:
    provider: stripe
    mode: tset
    auth: { token: "\${K}" }
    hooks:
      - url: https://p.example.com/s
        enabled_events: [invoice.payed]
        secretTo: { env: lower_case }
  gh:
    provider: github
    repository: acme/x
    auth: { token: "\${T}" }
    hooks:
      - config: { url: https://x.example.com }
        events: [push]
        secretTo: { env: X }
`);
    const r = await runCli(['validate', '-c', f], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:9:26 targets.pay.hooks[0].enabled_events[0]: "invoice.payed" is not an allowed value; did you mean "invoice.paid"?`);
    expect(r.stderr).toContain(`${f}:5:11 targets.pay.mode: "tset" is not an allowed value; did you mean "test"?`);
    expect(r.stderr).toContain(`${f}:10:26 targets.pay.hooks[0].secretTo.env: "lower_case" does not have the required form: an upper-case variable name`);
    expect(r.stderr).toContain(`${f}:18:9 targets.gh.hooks[0].secretTo: unknown field "secretTo"`);
    expect(r.stderr).not.toContain('    at ');
  });
});
