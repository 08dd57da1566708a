/**
 * Deletes are bounded: a limit per target, an empty file that prunes nothing unless it says
 * `prune: all`, two targets on one tenant only with disjoint `owns` prefixes, and `protect`.
 */
import { describe, expect, it } from 'vitest';
import { Auth0Emulator } from '../../src/providers/auth0/emulator.js';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const deletes = (s: { logto: { server: { requests(f: { method: string }): unknown[] } } }) => s.logto.server.requests({ method: 'DELETE' }).length;

describe('prune guards', () => {
  it('refuses more deletes than --max-deletes (default 10), showing the count and the limit', async () => {
    const s = await sandbox();
    for (let i = 0; i < 12; i++) s.logto.seed({ name: `old-${i}` });
    const file = writeTemp(LOGTO_TARGET('      - name: keep\n        events: [PostRegister]\n        config: { url: https://k.example.com }\n'));
    const plan = await runCli(['plan', '-c', file, '--prune'], s.env);
    expect(plan.stdout).toContain('! REFUSED, apply will not send this: 12 deletes planned for target logto-prod, more than the limit of 10; raise --max-deletes (or maxDeletes on the target) if you mean it');
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 12 to delete; 12 of these REFUSED');
    const refused = await runCli(['apply', '-c', file, '--prune', '--yes'], s.env);
    expect(refused.code).toBe(1);
    expect(deletes(s)).toBe(0);
    expect(s.logto.all().map((h) => h.name)).toContain('keep'); // the rest of the plan was made
    const allowed = await runCli(['apply', '-c', file, '--prune', '--yes', '--max-deletes', '12'], s.env);
    expect(allowed.code).toBe(0);
    expect(s.logto.all().map((h) => h.name)).toEqual(['keep']);
  });

  it('a target\'s own maxDeletes wins over the flag', async () => {
    const s = await sandbox();
    for (let i = 0; i < 3; i++) s.logto.seed({ name: `old-${i}` });
    const file = writeTemp(LOGTO_TARGET('      - name: keep\n        events: [PostRegister]\n        config: { url: https://k.example.com }\n', '    prune: true\n    maxDeletes: 2\n'));
    const r = await runCli(['apply', '-c', file, '--yes', '--max-deletes', '50'], s.env);
    expect(r.stdout).toContain('3 deletes planned for target logto-prod, more than the limit of 2');
    expect(deletes(s)).toBe(0);
  });

  it('an empty hooks list prunes nothing unless the target says prune: all', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'live-1' });
    s.logto.seed({ name: 'live-2' });
    const empty = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET('      []\n', '    prune: true\n').replace('hooks:\n      []', 'hooks: []')), '--yes'], s.env);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('the file lists no hooks for target logto-prod while prune is on, which is far more often a wrong file, target or template than an intent; write "prune: all" on the target to delete every live hook');
    expect(deletes(s)).toBe(0);
    const all = await runCli(['apply', '-c', writeTemp(LOGTO_TARGET('', '    prune: all\n').replace('hooks:\n', 'hooks: []\n')), '--yes'], s.env);
    expect(all.code).toBe(0);
    expect(s.logto.all()).toEqual([]);
  });

  it('two targets on one tenant are refused unless each owns a disjoint prefix; then each prunes only its own', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'a-live' });
    s.logto.seed({ name: 'b-live' });
    const two = (ownsA: string, ownsB: string) => `version: 1
targets:
  team-a:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    prune: true${ownsA}
    hooks:
      - { name: a-new, events: [PostRegister], config: { url: "https://a.example.com" } }
  team-b:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}/
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }${ownsB}
    hooks:
      - { name: b-live, events: [PostRegister], config: { url: "https://b.example.com" } }
`;
    const clash = await runCli(['plan', '-c', writeTemp(two('', ''))], s.env);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('targets "team-a" and "team-b" reach the same tenant, so each would undo the other and prune the other\'s hooks; give each an "owns: <key prefix>" that does not overlap, or merge them');
    const overlap = await runCli(['plan', '-c', writeTemp(two('\n    owns: a-', '\n    owns: a'))], s.env);
    expect(overlap.stderr).toContain('their owns prefixes "a-" and "a" overlap');
    const owned = await runCli(['apply', '-c', writeTemp(two('\n    owns: a-', '\n    owns: b-')), '--yes'], s.env);
    expect(owned.code, owned.stderr).toBe(0);
    // team-a pruned its own a-live, and left team-b's b-live alone.
    expect(s.logto.all().map((h) => h.name).sort()).toEqual(['a-new', 'b-live']);
  });

  it('a protected hook is never replaced: the plan refuses it by name', async () => {
    const emu = await new Auth0Emulator().start();
    try {
      const old = emu.seed({ name: 'guarded', triggerId: 'pre-user-registration' });
      const file = writeTemp(`version: 1\ntargets:\n  a0:\n    provider: auth0\n    endpoint: \${E}\n    auth: { clientId: "\${I}", clientSecret: "\${S}" }\n    hooks:\n      - name: guarded\n        protect: true\n        triggerId: post-user-registration\n`);
      const r = await runCli(['apply', '-c', file, '--yes'], { E: emu.url, I: emu.clientId, S: emu.clientSecret });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/! REFUSED, apply will not send this: it is protected \(protect: true at \S+:8:9\), and a replacement deletes it/);
      expect(emu.all()).toEqual([expect.objectContaining({ id: old.id, triggerId: 'pre-user-registration' })]);
    } finally {
      await emu.stop();
    }
  });
});
