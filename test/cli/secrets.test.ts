/**
 * No secret value reaches any output of any command: credentials, `${VAR}` values, header
 * values (desired and live), signing keys and access tokens. Every output is collected and
 * searched for every value used.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leakedSecrets, LOGTO_TARGET, runCli, writeTemp, type CliResult } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

describe('secrets', () => {
  it('never appear in validate, plan (all formats), apply, export or error output', async () => {
    const s = await sandbox();
    const vars = { CRM_TOKEN: 'crm-var-9d8e7f6a', HOOK_URL: 'https://private.example.com/path-from-var' };
    const liveHeader = 'Bearer live-header-5c4b3a21';
    const seeded = [
      s.logto.seed({ name: 'crm', events: ['PostRegister'], config: { url: 'https://crm.example.com', headers: { Authorization: liveHeader } } }),
      s.logto.seed({ name: 'stray', config: { url: 'https://stray.example.com', headers: { 'X-Stray': 'stray-header-1a2b' } } }),
    ];
    const file = writeTemp(LOGTO_TARGET(`      - name: crm
        events: [PostRegister, User.Created]
        config:
          url: https://crm.example.com
          headers: { Authorization: "Bearer \${CRM_TOKEN}", X-Literal: literal-header-secret }
      - name: from-var
        events: [PostSignIn]
        config: { url: "\${HOOK_URL}" }
`));
    const env = { ...s.env, ...vars };
    const outputs: CliResult[] = [];
    const run = async (argv: string[], e: Record<string, string> = env) => {
      const r = await runCli(argv, e);
      outputs.push(r);
      return r;
    };

    await run(['validate', '-c', file]);
    await run(['validate', '-c', file], {});
    for (const f of ['text', 'markdown', 'json']) await run(['plan', '-c', file, '-f', f, '--prune']);
    const exportPath = `${file}.export.yaml`;
    await run(['export', '-c', file, '-t', 'logto-prod', '-o', exportPath]);
    await run(['export', '-c', file, '-t', 'logto-prod']);
    for (let i = 0; i < 5; i++) s.logto.server.faults.script.push({ fault: { kind: 'status', status: 500 }, method: 'POST', path: '/api/hooks' }); // every try of the create
    const failed = await run(['apply', '-c', file, '--yes', '-f', 'json']);
    expect(failed.code).toBe(1); // one create failed: its error is printed too
    await run(['apply', '-c', file, '--yes', '--prune']);
    await run(['plan', '-c', file], { ...env, LOGTO_CLIENT_SECRET: 'a-wrong-secret-value' });

    const secrets = [
      s.env.LOGTO_CLIENT_SECRET!,
      s.env.LOGTO_CLIENT_ID!,
      'a-wrong-secret-value',
      ...Object.values(vars),
      'literal-header-secret',
      liveHeader,
      'stray-header-1a2b',
      ...seeded.map((h) => h.signingKey),
      ...s.logto.all().map((h) => h.signingKey),
      ...s.logto.issuedTokens(),
    ];
    expect(s.logto.issuedTokens().length).toBeGreaterThan(0);
    const texts = [...outputs.flatMap((o) => [o.stdout, o.stderr]), readFileSync(exportPath, 'utf8')];
    expect(texts.join('').length).toBeGreaterThan(2000);
    expect(leakedSecrets(texts, secrets)).toEqual([]);
    // And the plan said it had something to hide rather than showing nothing at all.
    expect(outputs[2]!.stdout).toContain('~ config.headers.Authorization: (sensitive value)');
  });

  it('shows what a variable put in a declared plain field (flags, counts, events, triggers) and still masks credentials, headers, urls and secrets', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'crm', events: ['PostRegister'], config: { url: 'https://crm.example.com', retries: 1 }, enabled: false });
    const file = writeTemp(LOGTO_TARGET(`      - name: crm
        events: ["\${FIRST_EVENT}", "\${EXTRA_EVENT:-User.Created}"]
        enabled: \${HOOK_ON:-false}
        config:
          url: "\${HOOK_URL}"
          retries: \${RETRIES}
          headers: { X-Flag: "\${HEADER_FLAG}" }
`, '    maxDeletes: ${MAX_DELETES}\n'));
    const env = { ...s.env, FIRST_EVENT: 'PostRegister', HOOK_ON: 'true', HOOK_URL: 'https://crm.example.com/private-9f8e', RETRIES: '3', HEADER_FLAG: 'true', MAX_DELETES: '2' };
    const plan = await runCli(['plan', '-c', file], env);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('    ~ config.retries: 1 -> 3\n');
    expect(plan.stdout).toContain('    ~ enabled: false -> true\n');
    expect(plan.stdout).toContain('    ~ events: ["PostRegister"] -> ["PostRegister", "User.Created"]\n');
    // A header value and a url stay sensitive, whatever they hold (this header holds "true").
    expect(plan.stdout).toContain('    + config.headers.X-Flag: (sensitive value)\n');
    expect(plan.stdout).toContain('    ~ config.url: (sensitive value)\n');
    expect(leakedSecrets([plan.stdout, plan.stderr], ["private-9f8e", s.env.LOGTO_CLIENT_SECRET!])).toEqual([]);
    const json = JSON.parse((await runCli(['plan', '-c', file, '-f', 'json'], env)).stdout) as { targets: { changes: { fields: { path: string; sensitive: boolean }[] }[] }[] };
    const sensitive = Object.fromEntries(json.targets[0]!.changes[0]!.fields.map((f) => [f.path, f.sensitive]));
    expect(sensitive).toEqual({ 'config.retries': false, enabled: false, events: false, 'config.headers.X-Flag': true, 'config.url': true });
  });
});
