/**
 * Past one job, by shard: `--shard K/N` plans and applies the places of shard K of N (each
 * repository of a selection, each other target), so N jobs of a matrix cover an estate once,
 * every place in exactly one job, and their plans rendered together are the plan of all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GithubEmulator } from '../../src/providers/github/emulator.js';
import { runCli, writeTemp } from '../helpers/cli.js';

const running: GithubEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function org(repos: number): Promise<{ emu: GithubEmulator; env: Record<string, string> }> {
  const emu = await new GithubEmulator({ repositories: ['acme/tools'], organizations: ['acme'] }).start();
  running.push(emu);
  for (let i = 0; i < repos; i++) emu.addRepository('acme', { name: `svc-${i}` });
  return { emu, env: { GH_URL: emu.url, GH_TOKEN: emu.token } };
}

const FILE = `version: 1
targets:
  all:
    provider: github
    endpoint: \${GH_URL}
    organization: acme
    repositories: { include: ["svc-*"] }
    auth: { token: "\${GH_TOKEN}" }
    writeGap: 0s
    hooks:
      - config: { url: https://ci.example.com/github, content_type: json }
        events: [push]
  tools:
    provider: github
    endpoint: \${GH_URL}
    repository: acme/tools
    auth: { token: "\${GH_TOKEN}" }
    writeGap: 0s
    hooks:
      - config: { url: https://chat.example.com/gh, content_type: json }
        events: [issues]
`;

interface JsonPlanShape {
  summary: { add: number };
  targets: { target: string; changes: unknown[] }[];
  selections?: { selected: number; managed: number; shard?: { shard: string; selected: number } }[];
}

describe('--shard K/N', () => {
  it('splits a selection by repository and the other targets by name: every place in exactly one shard, the rendered shards the plan of all', async () => {
    const { env } = await org(30);
    const file = writeTemp(FILE);
    const whole = await runCli(['plan', '-c', file, '-f', 'json'], env);
    expect(whole.code, whole.stderr).toBe(0);
    const all = JSON.parse(whole.stdout) as JsonPlanShape;
    expect(all.summary.add).toBe(31);

    const parts: string[] = [];
    const seen: string[] = [];
    for (const k of [1, 2, 3]) {
      const r = await runCli(['plan', '-c', file, '-f', 'json', '--shard', `${k}/3`], env);
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as JsonPlanShape;
      seen.push(...plan.targets.map((t) => t.target));
      // The whole selection is said in each shard, and which part of it this one plans.
      expect(plan.selections?.[0]).toMatchObject({ selected: 30, shard: { shard: `${k}/3` } });
      expect(plan.selections?.[0]?.managed).toBe(plan.selections?.[0]?.shard?.selected);
      expect(plan.selections?.[0]?.managed).toBeLessThan(30);
      parts.push(writeTemp(r.stdout, `shard-${k}.json`));
    }
    expect(seen.sort()).toEqual(all.targets.map((t) => t.target).sort());
    expect(new Set(seen).size).toBe(seen.length);
    const rendered = await runCli(['render', '-f', 'text', ...parts], {});
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(rendered.stdout).toContain('Plan: 31 to add, 0 to change, 0 to delete.');
    // The three shards' selections are said once, as the whole selection: as planning it all at once.
    const once = await runCli(['plan', '-c', file], env);
    const selectionLine = (text: string) => text.split('\n').filter((l) => l.startsWith('Target all:'));
    expect(selectionLine(rendered.stdout)).toEqual(selectionLine(once.stdout));
    expect(selectionLine(once.stdout)).toEqual(['Target all: 30 of the 30 repositories of acme selected (named svc-*; not archived); hooks managed on 30.']);
    // Two of three shards are not the whole: each is said as its job said it.
    const partial = await runCli(['render', '-f', 'text', parts[0]!, parts[1]!], {});
    expect(selectionLine(partial.stdout)).toHaveLength(2);
    expect(selectionLine(partial.stdout)[0]).toMatch(/shard 1\/3 plans \d+ of them/);
  });

  it('applies one shard and leaves the others untouched; apply FILE of a sharded plan applies that shard', async () => {
    const { emu, env } = await org(12);
    const file = writeTemp(FILE);
    const first = await runCli(['apply', '-c', file, '-y', '--shard', '1/2'], env);
    expect(first.code, first.stderr).toBe(0);
    const withHook = () => [...Array(12).keys()].filter((i) => emu.all(`repos/acme/svc-${i}`).length > 0).length + (emu.all('repos/acme/tools').length > 0 ? 1 : 0);
    const done = withHook();
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(13);

    const saved = writeTemp('', 'shard.plan.json');
    const plan = await runCli(['plan', '-c', file, '--shard', '2/2', '--out', saved], env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`Plan: ${13 - done} to add`);
    const second = await runCli(['apply', saved, '-y'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(withHook()).toBe(13);
    const after = await runCli(['plan', '-c', file], env);
    expect(after.stdout).toContain('No changes.');
  });

  it('refuses a shard that is not K of N with one line, before anything is read', async () => {
    const { emu, env } = await org(2);
    for (const bad of ['0/2', '3/2', 'two', '1/999']) {
      const r = await runCli(['plan', '-c', writeTemp(FILE), '--shard', bad], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: option '--shard <K\/N>' argument '.*' is invalid\. /);
      expect(r.stderr).not.toContain('    at ');
    }
    expect(emu.server.requests()).toHaveLength(0);
  });

  it('targets --shards N makes the matrix N jobs and says how each target splits', async () => {
    const json = await runCli(['targets', '-c', writeTemp(FILE), '-f', 'json', '--shards', '3'], {});
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      targets: [
        { name: 'all', provider: 'github', hooks: 1, selects: 'repositories of acme', split: 'repositories' },
        { name: 'tools', provider: 'github', hooks: 1, split: 'whole' },
      ],
      matrix: { include: [{ shard: '1/3' }, { shard: '2/3' }, { shard: '3/3' }] },
    });
    const text = await runCli(['targets', '-c', writeTemp(FILE), '--shards', '3'], {});
    expect(text.stdout).toContain('(selects repositories of acme; each of the 3 shards plans its share of them)');
    expect(text.stdout).toContain('3 shards: run hooksync plan --shard K/3 in job K');
  });
});
