/**
 * One contract, every provider: the same promises proven against each adapter and its emulator
 * over real HTTP. Provider-specific behaviour has its own tests elsewhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import type { ProviderKind, TargetConfig } from '../../src/core/model.js';
import { createAdapter } from '../../src/providers/registry.js';
import { Redactor } from '../../src/core/redact.js';
import type { Sandbox } from '../../src/providers/sandbox.js';
import { leakedSecrets, runCli, writeTemp, type CliResult } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';
import { fixtures, type ProviderFixture } from './fixtures.js';

const sandbox = useSandbox();
const SECRET = 'hook-secret-6f1e2d3c';

function file(f: ProviderFixture, hooks: string, prune = false): string {
  return writeTemp(`version: 1
targets:
  ${f.provider}-t:
    provider: ${f.provider}
    endpoint: \${${f.envPrefix}_ENDPOINT}
${f.targetLines}${prune ? `    prune: ${hooks === '' ? 'all' : 'true'}\n` : ''}    hooks:${hooks === '' ? ' []\n' : `\n${hooks}`}`);
}

const writes = (f: ProviderFixture, s: Sandbox) => f.emulator(s).server.requests({ pathPrefix: f.hooksPath }).filter((r) => r.method !== 'GET');

describe.each(fixtures)('contract: $provider', (f) => {
  const env = (s: Sandbox) => ({ ...s.env, HOOK_SECRET: SECRET });

  it('lists every live hook, across pages where the API pages', async () => {
    const s = await sandbox();
    const n = (f.pageSize ?? 20) + 1;
    for (let i = 0; i < n; i++) f.seed(s, i, SECRET);
    const r = await runCli(['plan', '-c', file(f, '')], env(s));
    expect(r.stdout).toContain(`Unmanaged: ${n} live hooks are not in the file`);
    const lists = f.emulator(s).server.requests({ method: 'GET', pathPrefix: f.hooksPath });
    expect(lists).toHaveLength(f.pageSize ? 2 : 1);
  });

  it('creates a missing hook with one request', async () => {
    const s = await sandbox();
    const r = await runCli(['apply', '-c', file(f, f.hookYaml(1)), '--yes'], env(s));
    expect(r.stdout).toContain('Apply complete! 1 added, 0 changed, 0 deleted.');
    expect(writes(f, s).filter((w) => w.path === f.hooksPath).map((w) => w.method)).toEqual(['POST']);
    expect(f.emulator(s).all()).toHaveLength(1);
  });

  it('repairs drift with one PATCH holding only the changed field', async () => {
    const s = await sandbox();
    const { id } = f.seed(s, 1, SECRET, true);
    await runCli(['apply', '-c', file(f, f.hookYaml(1)), '--yes'], env(s));
    expect(writes(f, s).map((w) => [w.method, w.path, w.body])).toEqual([[f.repairMethod ?? 'PATCH', `${f.hooksPath}/${id}`, f.driftRepair]]);
  });

  it('sends no request for a hook that already matches', async () => {
    const s = await sandbox();
    f.seed(s, 1, SECRET);
    const r = await runCli(['apply', '-c', file(f, f.hookYaml(1)), '--yes'], env(s));
    expect(r.stdout).toContain('No changes. Live hooks match the configuration.');
    expect(writes(f, s)).toEqual([]);
  });

  it('deletes a hook the file does not list only with prune', async () => {
    const s = await sandbox();
    f.seed(s, 1, SECRET);
    await runCli(['apply', '-c', file(f, ''), '--yes'], env(s));
    expect(f.emulator(s).all()).toHaveLength(1);
    const pruned = await runCli(['apply', '-c', file(f, '', true), '--yes'], env(s));
    expect(pruned.stdout).toContain('0 added, 0 changed, 1 deleted.');
    expect(f.emulator(s).all()).toHaveLength(0);
  });

  it('converges: apply, then plan shows no changes', async () => {
    const s = await sandbox();
    f.seed(s, 1, SECRET, true);
    const path = file(f, f.hookYaml(1) + f.hookYaml(2));
    expect((await runCli(['apply', '-c', path, '--yes'], env(s))).code).toBe(0);
    const again = await runCli(['plan', '-c', path, '--detailed-exitcode'], env(s));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/(^|\n)No changes\. Live hooks match the configuration\.\n$/);
    expect(again.stdout).not.toMatch(/^# /m);
  });

  // Where the file can hold a secret the vendor keeps, export must leave it with the vendor, or
  // give the file's own reference. Stripe's file holds none: its secret is made by Stripe.
  if (f.fileSecrets !== false) {
    it('exports from a file that manages no hook: secrets stay with the vendor, and the export plans clean with only credentials set', async () => {
      const s = await sandbox();
      f.seed(s, 1, SECRET);
      f.seed(s, 2, SECRET, true);
      const out = `${file(f, '')}.export.yaml`;
      const exported = await runCli(['export', '-c', file(f, ''), '-t', `${f.provider}-t`, '-o', out], env(s));
      expect(exported.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      // No placeholder but the target's own credentials: nothing for the user to fill in.
      expect([...text.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]!).filter((n) => !/_(ENDPOINT|CLIENT_ID|CLIENT_SECRET|TOKEN|REPOSITORY)$/.test(n))).toEqual([]);
      expect(text).toContain(`Kept by `);
      expect(exported.stderr).toMatch(/^Left out 2 secrets the vendor keeps/m);
      const credentialsOnly = Object.fromEntries(Object.entries(s.env).filter(([k]) => k.startsWith(`${f.envPrefix}_`)));
      const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], credentialsOnly);
      expect(plan.stdout).toMatch(/(^|\n)No changes\. Live hooks match the configuration\.\n$/);
      expect(plan.code).toBe(0);
      const sent = writes(f, s).length;
      await runCli(['apply', '-c', out, '--yes'], credentialsOnly);
      expect(writes(f, s)).toHaveLength(sent); // no secret was rotated
      expect(leakedSecrets([text, exported.stderr, plan.stdout, plan.stderr], [SECRET])).toEqual([]);
    });

    it("exports a secret the file manages as the file's own ${VAR} reference, so the same variables plan clean", async () => {
      const s = await sandbox();
      f.seed(s, 1, SECRET);
      const source = file(f, f.hookYaml(1));
      const out = `${source}.export.yaml`;
      const exported = await runCli(['export', '-c', source, '-t', `${f.provider}-t`, '-o', out], env(s));
      expect(exported.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('${HOOK_SECRET}');
      expect(text).not.toContain('Kept by');
      const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], env(s));
      expect(plan.stdout).toMatch(/(^|\n)No changes\. Live hooks match the configuration\.\n$/);
      expect(plan.code).toBe(0);
      expect(leakedSecrets([text, exported.stderr, plan.stdout], [SECRET])).toEqual([]);
    });
  } else {
    it('exports every hook, and the export plans clean with only credentials set: nothing secret is in it', async () => {
      const s = await sandbox();
      const seeded = [f.seed(s, 1, SECRET), f.seed(s, 2, SECRET, true)];
      const out = `${file(f, '')}.export.yaml`;
      const exported = await runCli(['export', '-c', file(f, ''), '-t', `${f.provider}-t`, '-o', out], env(s));
      expect(exported.code, exported.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      const credentialsOnly = Object.fromEntries(Object.entries(s.env).filter(([k]) => k.startsWith(`${f.envPrefix}_`)));
      const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], credentialsOnly);
      expect(plan.stdout).toMatch(/(^|\n)No changes\. Live hooks match the configuration\.\n$/);
      expect(plan.code).toBe(0);
      expect(leakedSecrets([text, exported.stderr, plan.stdout, plan.stderr], seeded.flatMap((x) => x.secrets))).toEqual([]);
    });
  }

  it("surfaces the vendor's own validation message", async () => {
    const s = await sandbox();
    const target: TargetConfig = {
      name: `${f.provider}-t`,
      provider: f.provider as ProviderKind,
      endpoint: s.env[`${f.envPrefix}_ENDPOINT`]!,
      auth: { clientId: s.env[`${f.envPrefix}_CLIENT_ID`], clientSecret: s.env[`${f.envPrefix}_CLIENT_SECRET`], token: s.env[f.tokenVar ?? `${f.envPrefix}_TOKEN`] },
      options: { repository: s.env[`${f.envPrefix}_REPOSITORY`], ...f.options },
      tokenUrl: undefined,
      prune: false,
      hooks: [],
      position: { file: 'x', line: 1, col: 1 },
    };
    const http = new HttpClient();
    const adapter = createAdapter(target, { http, redactor: new Redactor() });
    const err = await adapter.create(f.invalidCreate.body).catch((e: unknown) => e);
    await http.close();
    expect((err as Error).message).toMatch(f.invalidCreate.message);
  });

  const refreshes = () => it('refreshes an expired token once and carries on', async () => {
    const s = await sandbox();
    const e = f.emulator(s);
    f.seed(s, 1, SECRET, true);
    const path = file(f, f.hookYaml(1));
    // Expire the token between the list and the update, as a long apply might see.
    const tokenCount = () => e.server.log.filter((r) => !r.path.startsWith(f.hooksPath)).length;
    const plan = await runCli(['plan', '-c', path], env(s));
    expect(plan.code).toBe(0);
    e.revokeTokens();
    const apply = await runCli(['apply', '-c', path, '--yes'], env(s));
    expect(apply.code).toBe(0);
    expect(tokenCount()).toBe(2);
  });
  // A static API token (GitHub) cannot be refreshed: its revocation is one clear error, nothing sent.
  const revoked = () =>
    it('a revoked token fails the target with one message naming it, and nothing is written', async () => {
      const s = await sandbox();
      const e = f.emulator(s);
      f.seed(s, 1, SECRET, true);
      e.revokeTokens();
      const apply = await runCli(['apply', '-c', file(f, f.hookYaml(1)), '--yes'], env(s));
      expect(apply.code).toBe(1);
      expect(apply.stderr).toMatch(new RegExp(`target ${f.provider}-t`));
      expect(apply.stderr).toContain('401');
      expect(writes(f, s)).toEqual([]);
    });
  if (f.refreshesTokens) refreshes();
  else revoked();

  it('never prints a secret value, whatever the command', async () => {
    const s = await sandbox();
    const seeded = [f.seed(s, 1, SECRET, true), f.seed(s, 3, 'unmanaged-secret-9a8b')];
    const path = file(f, f.hookYaml(1) + f.hookYaml(2));
    const outputs: CliResult[] = [];
    for (const argv of [['validate'], ['plan'], ['plan', '-f', 'json'], ['plan', '-f', 'markdown'], ['apply', '--yes', '--prune'], ['export', '-t', `${f.provider}-t`]]) {
      outputs.push(await runCli([...argv, '-c', path], env(s)));
    }
    outputs.push(await runCli(['plan', '-c', path], { ...env(s), [f.credentialVar]: 'wrong-client-secret' }));
    expect(outputs.at(-1)!.stderr).toContain(`target ${f.provider}-t`);
    const secrets = [SECRET, 'unmanaged-secret-9a8b', 'wrong-client-secret', s.env[f.credentialVar]!, ...seeded.flatMap((x) => x.secrets), ...f.emulator(s).issuedTokens()];
    expect(leakedSecrets(outputs.flatMap((o) => [o.stdout, o.stderr]), secrets)).toEqual([]);
  });
});
