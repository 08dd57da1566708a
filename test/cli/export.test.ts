import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

describe('hooksync export', () => {
  it('writes live hooks in a stable order with secrets as placeholders, and plans clean afterwards', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'zeta', events: ['User.Deleted', 'PostRegister'], config: { url: 'https://z.example.com', headers: { Authorization: 'Bearer zeta-secret-1' }, retries: 1 }, enabled: false });
    s.logto.seed({ name: 'alpha', events: ['PostSignIn'], config: { url: 'https://a.example.com' } });
    const dupA = s.logto.seed({ name: 'twin', config: { url: 'https://t1.example.com' } });
    const dupB = s.logto.seed({ name: 'twin', config: { url: 'https://t2.example.com' } });
    const source = writeTemp(LOGTO_TARGET('      - name: whatever\n        enabled: ${NOT_SET_HERE}\n'));
    const out = `${source}.exported.yaml`;

    const r = await runCli(['export', '-c', source, '--target', 'logto-prod', '-o', out], s.env);
    expect(r.stderr).toContain('Wrote 4 hooks of logto-prod');
    expect(r.stderr).toContain('  LOGTO_PROD_ZETA_AUTHORIZATION  (logto-prod/zeta config.headers.Authorization)');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('zeta-secret-1');
    expect(text).toContain('endpoint: ${LOGTO_ENDPOINT}');
    const doc = parse(text) as { targets: Record<string, { hooks: Record<string, unknown>[] }> };
    const hooks = doc.targets['logto-prod']!.hooks;
    const twins = [dupA.id, dupB.id].sort();
    expect(hooks.map((h) => [h.id, h.name])).toEqual([[undefined, 'alpha'], [twins[0], 'twin'], [twins[1], 'twin'], [undefined, 'zeta']]);
    expect(hooks[3]).toEqual({ name: 'zeta', events: ['PostRegister', 'User.Deleted'], config: { url: 'https://z.example.com', headers: { Authorization: '${LOGTO_PROD_ZETA_AUTHORIZATION}' }, retries: 1 }, enabled: false });

    const again = await runCli(['export', '-c', source, '--target', 'logto-prod'], s.env);
    expect(again.stdout).toBe(text); // stable: the same live state exports the same bytes

    const plan = await runCli(['plan', '-c', out, '--detailed-exitcode'], { ...s.env, LOGTO_PROD_ZETA_AUTHORIZATION: 'Bearer zeta-secret-1' });
    expect(plan.stdout).toBe('No changes. Live hooks match the configuration.\n');
    expect(plan.code).toBe(0);
  });

  it('requires --target', async () => {
    const r = await runCli(['export', '-c', 'hooks.example.yaml'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("required option '-t, --target <name>' not specified");
  });
});
