/**
 * Many targets on one tenant, each owning a key prefix: the tenant is listed once per run with
 * one token, and each target plans from its share of that one list.
 */
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

const targets = (n: number) =>
  `version: 1\ntargets:\n${Array.from(
    { length: n },
    (_, i) => `  team-${i}:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    owns: t${i}-
    prune: true
    hooks:
      - { name: t${i}-keep, events: [PostRegister], config: { url: "https://t${i}.example.com" } }
`,
  ).join('')}`;

describe('targets that share a tenant', () => {
  it('list it once with one token, and each plans only its own hooks', async () => {
    const s = await sandbox();
    for (let i = 0; i < 30; i++) {
      s.logto.seed({ name: `t${i}-keep`, events: ['PostRegister'], config: { url: `https://t${i}.example.com` } });
      s.logto.seed({ name: `t${i}-stale` });
    }
    s.logto.server.clearRequests();
    const r = await runCli(['plan', '-c', writeTemp(targets(30))], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Plan: 0 to add, 0 to change, 30 to delete.');
    for (let i = 0; i < 30; i++) expect(r.stdout).toContain(`# team-${i}/t${i}-stale will be DELETED`);
    expect(s.logto.server.requests({ pathPrefix: '/oidc/token' })).toHaveLength(1);
    expect(s.logto.server.requests({ method: 'GET', pathPrefix: '/api/hooks' })).toHaveLength(1);
    const applied = await runCli(['apply', '-c', writeTemp(targets(30)), '--yes'], s.env);
    expect(applied.code).toBe(0);
    expect(s.logto.all().map((h) => h.name).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `t${i}-keep`).sort());
  });
});
