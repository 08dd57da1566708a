/**
 * Saved plans: `plan --out` records what the plan was made from without a secret value, and
 * `apply FILE` applies exactly its changes, or refuses, sending nothing, naming what moved: a
 * hook edited, deleted, or added with a managed key, the file edited, a variable's value changed.
 * A foreign, truncated or edited plan file is a clear error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';
import type { Sandbox } from '../../src/providers/sandbox.js';

const sandbox = useSandbox();
const HOOKS = '      - name: a\n        enabled: false\n      - name: b\n        events: [PostRegister]\n        config: { url: https://b.example.com, headers: { X-Key: "${KEY}" } }\n';
const writes = (s: Sandbox) => s.logto.server.requests().filter((q) => q.path.startsWith('/api/') && q.method !== 'GET');

async function saved(s: Sandbox, env: Record<string, string>) {
  s.logto.seed({ name: 'a', enabled: true });
  const file = writeTemp(LOGTO_TARGET(HOOKS));
  const planFile = `${file}.plan.json`;
  const r = await runCli(['plan', '-c', file, '--out', planFile], env);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`Saved the plan to ${planFile}. Apply exactly it with: hooksync apply ${planFile}`);
  return { file, planFile };
}

describe('saved plans', () => {
  it('apply FILE makes exactly the saved changes, and the file holds no secret value', async () => {
    const s = await sandbox();
    const env = { ...s.env, KEY: 'saved-plan-header-secret' };
    const { planFile } = await saved(s, env);
    const text = readFileSync(planFile, 'utf8');
    for (const secret of ['saved-plan-header-secret', s.env.LOGTO_CLIENT_SECRET!, s.env.LOGTO_CLIENT_ID!]) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({ hooksync_saved_plan: 1, config_file: expect.any(String), plan: { summary: { add: 1, change: 1 } } });
    const r = await runCli(['apply', planFile], env);
    expect(r.code, r.stderr).toBe(0);
    expect(writes(s).map((w) => w.method).sort()).toEqual(['PATCH', 'POST']);
    expect(s.logto.all().find((h) => h.name === 'b')!.config.headers).toEqual({ 'X-Key': 'saved-plan-header-secret' });
  });

  it('refuses, sending nothing, when a touched hook was edited, deleted, or one appeared with a managed key', async () => {
    for (const move of ['edited', 'deleted', 'appeared'] as const) {
      const s = await sandbox();
      const env = { ...s.env, KEY: 'k-value-1' };
      const { planFile } = await saved(s, env);
      const a = s.logto.all().find((h) => h.name === 'a')!;
      // Someone changes the tenant after the plan was reviewed: through the API, as the dashboard would.
      if (move === 'edited') await runCli(['apply', '-c', writeTemp(LOGTO_TARGET('      - name: a\n        enabled: true\n        config: { url: https://moved.example.com }\n')), '--yes'], s.env);
      if (move === 'deleted') await pruneAll(s);
      if (move === 'appeared') s.logto.seed({ name: 'b', events: ['PostRegister'], config: { url: 'https://other.example.com' } });
      s.logto.server.clearRequests();
      const r = await runCli(['apply', planFile], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`error: HOOKSYNC_STALE: the saved plan ${planFile} no longer matches what it was made from`);
      const line = move === 'edited' ? `target logto-prod: hook ${a.id} changed since the plan was made` : move === 'deleted' ? `target logto-prod: hook ${a.id} disappeared` : 'appeared with a key the file manages';
      expect(r.stderr).toContain(line);
      expect(writes(s)).toEqual([]);
    }
  });

  it('refuses when the file or a variable\'s value changed, naming the place', async () => {
    const s = await sandbox();
    const env = { ...s.env, KEY: 'k-value-1' };
    const { file, planFile } = await saved(s, env);
    const changedVariable = await runCli(['apply', planFile], { ...env, KEY: 'k-value-2' });
    expect(changedVariable.code).toBe(1);
    expect(changedVariable.stderr).toContain('the file changed at targets.logto-prod.hooks[1].config.headers.X-Key (a secret value or a variable\'s value)');
    expect(changedVariable.stderr).not.toContain('k-value');
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://b.example.com', 'https://b2.example.com'));
    const edited = await runCli(['apply', planFile], env);
    expect(edited.stderr).toContain('the file changed at targets.logto-prod.hooks[1].config.url');
    expect(writes(s)).toEqual([]);
  });

  it('a foreign, truncated, or other-version plan file is a clear error, and nothing is sent', async () => {
    const s = await sandbox();
    const env = { ...s.env, KEY: 'k' };
    const { file, planFile } = await saved(s, env);
    const text = readFileSync(planFile, 'utf8');
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /is not a saved plan: it is not whole JSON \(truncated or edited\?\)/],
      [JSON.stringify({ ...JSON.parse(text), hooksync_saved_plan: 2 }), /is a saved plan of format 2; this hooksync applies format 1/],
      [(await runCli(['plan', '-c', file, '-f', 'json'], env)).stdout, /is not a hooksync saved plan \(plan -f json output is for reading/],
      [JSON.stringify({ ...JSON.parse(text), targets: 'x' }), /is a damaged saved plan/],
    ];
    for (const [body, message] of cases) {
      writeFileSync(planFile, body);
      const r = await runCli(['apply', planFile], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    expect(writes(s)).toEqual([]);
  });
});

/** Deletes every live hook through the API (and makes one the plan never heard of). */
async function pruneAll(s: Sandbox): Promise<void> {
  const file = writeTemp(LOGTO_TARGET('      - name: unrelated\n        events: [PostRegister]\n        config: { url: https://n.example.com }\n', '    prune: true\n'));
  await runCli(['apply', '-c', file, '--yes', '--max-deletes', '100'], s.env);
}
