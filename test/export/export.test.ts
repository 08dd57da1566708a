import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

describe('hooksync export', () => {
  it('writes live hooks in a stable order, leaves secrets the file does not manage with the vendor, and plans clean afterwards', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'zeta', events: ['User.Deleted', 'PostRegister'], config: { url: 'https://z.example.com', headers: { Authorization: 'Bearer zeta-secret-1' }, retries: 1 }, enabled: false });
    s.logto.seed({ name: 'alpha', events: ['PostSignIn'], config: { url: 'https://a.example.com' } });
    const dupA = s.logto.seed({ name: 'twin', config: { url: 'https://t1.example.com' } });
    const dupB = s.logto.seed({ name: 'twin', config: { url: 'https://t2.example.com' } });
    const source = writeTemp(LOGTO_TARGET('      - name: whatever\n        enabled: ${NOT_SET_HERE}\n'));
    const out = `${source}.exported.yaml`;

    const r = await runCli(['export', '-c', source, '--target', 'logto-prod', '-o', out], s.env);
    expect(r.stderr).toContain('Wrote 4 hooks of logto-prod');
    expect(r.stderr).toContain(`Left out a secret the vendor keeps and ${source} does not manage (plan leaves it alone):\n  logto-prod/zeta config.headers.Authorization\n`);
    expect(r.stderr).not.toContain('placeholders');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('zeta-secret-1');
    expect(text).toContain('endpoint: ${LOGTO_ENDPOINT}');
    const doc = parse(text) as { targets: Record<string, { hooks: Record<string, unknown>[] }> };
    const hooks = doc.targets['logto-prod']!.hooks;
    const twins = [dupA.id, dupB.id].sort();
    expect(hooks.map((h) => [h.id, h.name])).toEqual([[undefined, 'alpha'], [twins[0], 'twin'], [twins[1], 'twin'], [undefined, 'zeta']]);
    expect(hooks[3]).toEqual({ name: 'zeta', events: ['PostRegister', 'User.Deleted'], config: { url: 'https://z.example.com', retries: 1 }, enabled: false });
    expect(text).toContain('  # Kept by Logto, not exported: config.headers.Authorization (secret; write it here to manage it)\n      - name: zeta\n');

    const again = await runCli(['export', '-c', source, '--target', 'logto-prod'], s.env);
    expect(again.stdout).toBe(text); // stable: the same live state exports the same bytes

    const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], s.env);
    expect(plan.stdout).toBe('No changes. Live hooks match the configuration.\n');
    expect(plan.code).toBe(0);
  });

  it('keeps the reference a managing entry wrote, and makes a placeholder for a literal it must not copy', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'crm', config: { url: 'https://c.example.com', headers: { Authorization: 'Bearer crm-secret-1', 'X-Literal': 'literal-secret-2' } } });
    const source = writeTemp(LOGTO_TARGET('      - name: crm\n        config:\n          headers: { Authorization: "Bearer ${CRM_TOKEN}", X-Literal: literal-secret-2 }\n'));
    const r = await runCli(['export', '-c', source, '-t', 'logto-prod'], s.env);
    expect(r.code).toBe(0);
    const hook = (parse(r.stdout) as { targets: Record<string, { hooks: { config: { headers: Record<string, string> } }[] }> }).targets['logto-prod']!.hooks[0]!;
    expect(hook.config.headers).toEqual({ Authorization: 'Bearer ${CRM_TOKEN}', 'X-Literal': '${LOGTO_PROD_CRM_X_LITERAL}' });
    expect(r.stderr).toContain('  LOGTO_PROD_CRM_X_LITERAL  (logto-prod/crm config.headers.X-Literal)');
    expect(r.stdout + r.stderr).not.toMatch(/crm-secret-1|literal-secret-2/);
  });

  it('exports several targets into one file with repeated -t, and that file plans clean', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'a', events: ['PostRegister'], config: { url: 'https://a.example.com' } });
    s.nursa.seed({ url: 'https://n.example.com/hook', events: ['all'] });
    const source = writeTemp(`version: 1
targets:
  logto-prod:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    hooks: []
  nursa-prod:
    provider: nursa
    endpoint: \${NURSA_ENDPOINT}
    auth: { clientId: "\${NURSA_CLIENT_ID}", clientSecret: "\${NURSA_CLIENT_SECRET}" }
    hooks: []
`);
    const out = `${source}.both.yaml`;
    const r = await runCli(['export', '-c', source, '-t', 'logto-prod', '-t', 'nursa-prod', '-o', out], s.env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Wrote 2 hooks of logto-prod, nursa-prod');
    // Nursa generated two secrets for its hook: they stay with Nursa, named in the file's comment.
    expect(r.stderr).toContain('  nursa-prod/https://n.example.com/hook secrets\n');
    const text = readFileSync(out, 'utf8');
    const doc = parse(text) as { targets: Record<string, { provider: string; hooks: Record<string, unknown>[] }> };
    expect(Object.keys(doc.targets)).toEqual(['logto-prod', 'nursa-prod']);
    expect(doc.targets['nursa-prod']!.hooks).toEqual([{ url: 'https://n.example.com/hook', events: ['all'] }]);
    expect(text).toContain('# Exported by hooksync from targets logto-prod, nursa-prod: 2 live hooks.');
    const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], s.env);
    expect(plan.stdout).toBe('No changes. Live hooks match the configuration.\n');
    expect(plan.code).toBe(0);
  });

  it('requires --target, and names the flag', async () => {
    const r = await runCli(['export', '-c', 'hooks.example.yaml'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: HOOKSYNC_USAGE: export needs -t TARGET (repeat it to export several targets into one file); nothing was written\n');
  });
});
