/**
 * One target for many repositories of an organization, end to end over HTTP against the GitHub
 * emulator: the selection read from GitHub (names, topics, custom properties, archived, forks,
 * permissions), every entry on every selected repository, entries that narrow themselves, prune
 * only inside the selection and counted over the whole target, a selection that matches nothing
 * refused, a repository the token may not manage one finding, and one pace for one token.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GithubEmulator, type GithubEmulatorOptions } from '../../../src/providers/github/emulator.js';
import { leakedSecrets, runCli, writeTemp } from '../../helpers/cli.js';
import { fakeClock } from '../../helpers/clock.js';

const running: GithubEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

async function org(options: GithubEmulatorOptions = {}): Promise<{ emu: GithubEmulator; env: Record<string, string> }> {
  const emu = await new GithubEmulator({ repositories: [], organizations: ['acme'], ...options }).start();
  running.push(emu);
  emu.addRepository('acme', { name: 'svc-a', topics: ['production'], properties: { team: 'payments' } });
  emu.addRepository('acme', { name: 'svc-b', topics: ['production'], properties: { team: 'search' } });
  emu.addRepository('acme', { name: 'svc-legacy-1', topics: ['production'] });
  emu.addRepository('acme', { name: 'api', visibility: 'internal', properties: { team: ['payments', 'platform'] } });
  emu.addRepository('acme', { name: 'docs', visibility: 'public' });
  emu.addRepository('acme', { name: 'svc-old', archived: true });
  emu.addRepository('acme', { name: 'svc-copy', fork: true });
  emu.addRepository('acme', { name: 'svc-locked', admin: false });
  return { emu, env: { GH_URL: emu.url, GH_TOKEN: emu.token, CI_SECRET: 'ci-secret-value-7Q2' } };
}

const target = (repositories: string, hooks: string, extra = '') =>
  writeTemp(`version: 1
targets:
  all:
    provider: github
    endpoint: \${GH_URL}
    organization: acme
    repositories: ${repositories}
    auth: { token: "\${GH_TOKEN}" }
    writeGap: 0s
${extra}    hooks:
${hooks}`);

const CI = '      - config: { url: https://ci.example.com/github, content_type: json, secret: "${CI_SECRET}" }\n        events: [push, pull_request]\n';
const CHAT = '      - config: { url: https://chat.example.com/gh }\n        events: [issues]\n        repositories: { include: [api] }\n';
const urlsOn = (emu: GithubEmulator, repo: string) => emu.all(`repos/acme/${repo}`).map((h) => h.config.url).sort();
const writes = (emu: GithubEmulator) => emu.server.requests().filter((r) => r.method !== 'GET');

describe('a GitHub target that selects repositories', () => {
  it('puts every entry on every selected repository, narrowed entries on theirs only, and plans clean after', async () => {
    const { emu, env } = await org();
    const file = target('{ include: ["svc-*", "api"], exclude: ["svc-legacy-*"] }', CI + CHAT);
    const plan = await runCli(['plan', '-c', file], env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('Target all: 4 of the 8 repositories of acme selected (named svc-*, api; not svc-legacy-*; not archived); hooks managed on 3.');
    expect(plan.stdout).toContain("  ! left out: acme/svc-locked: the token is not an admin of it (GitHub's repository list says so), so it may not read or change its webhooks");
    expect(plan.stdout).toContain('# all/https://ci.example.com/github will be created on 3 repositories\n    on svc-a, svc-b, api\n');
    expect(plan.stdout).toContain('# all/api/https://chat.example.com/gh will be created\n');
    expect(plan.stdout).toContain('Plan: 4 to add, 0 to change, 0 to delete.');
    expect(writes(emu)).toEqual([]);

    const json = JSON.parse((await runCli(['plan', '-c', file, '-f', 'json'], env)).stdout) as { targets: { target: string; parent?: string; changes: unknown[] }[]; selections: { selected: number; managed: number; skipped: unknown[] }[] };
    expect(json.targets.map((t) => [t.target, t.parent, t.changes.length])).toEqual([['all/svc-a', 'all', 1], ['all/svc-b', 'all', 1], ['all/api', 'all', 2]]);
    expect(json.selections[0]).toMatchObject({ selected: 4, managed: 3, skipped: [{ repository: 'acme/svc-locked' }] });

    const apply = await runCli(['apply', '-c', file, '--yes'], env);
    expect(apply.code, apply.stderr).toBe(0);
    expect(urlsOn(emu, 'svc-a')).toEqual(['https://ci.example.com/github']);
    expect(urlsOn(emu, 'svc-b')).toEqual(['https://ci.example.com/github']);
    expect(urlsOn(emu, 'api')).toEqual(['https://chat.example.com/gh', 'https://ci.example.com/github']);
    for (const repo of ['svc-legacy-1', 'docs', 'svc-old', 'svc-copy', 'svc-locked']) expect(urlsOn(emu, repo), repo).toEqual([]);
    expect(emu.all('repos/acme/svc-a')[0]!.config.secret).toBe('ci-secret-value-7Q2');

    const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], env);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('No changes. Live hooks match the configuration.');
    expect(leakedSecrets([plan.stdout, plan.stderr, apply.stdout, apply.stderr, again.stdout, again.stderr], [env.CI_SECRET!, env.GH_TOKEN!])).toEqual([]);
  });

  it('exports the hooks common to the selected repositories once, the others with where they are, and the export plans clean', async () => {
    const { emu, env } = await org();
    const file = target('{ include: ["svc-*", "api"], exclude: ["svc-legacy-*"] }', CI + CHAT);
    expect((await runCli(['apply', '-c', file, '--yes'], env)).code).toBe(0);
    emu.seed('repos/acme/svc-b', { config: { url: 'https://extra.example.com/b', content_type: 'json' }, events: ['release'] });
    const out = writeTemp('', 'exported.yaml');
    const r = await runCli(['export', '-c', file, '-t', 'all', '-o', out, '--force'], env);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    const doc = parse(text) as { targets: { all: { repositories: unknown; hooks: Record<string, unknown>[] } } };
    const hooks = doc.targets.all.hooks;
    expect(doc.targets.all.repositories).toEqual({ include: ['svc-*', 'api'], exclude: ['svc-legacy-*'] });
    expect(hooks.map((h) => [(h.config as { url: string }).url, h.repositories])).toEqual([
      ['https://chat.example.com/gh', { include: ['api'] }],
      ['https://ci.example.com/github', undefined],
      ['https://extra.example.com/b', { include: ['svc-b'] }],
    ]);
    expect(hooks[1]!.config).toMatchObject({ secret: '${CI_SECRET}' });
    expect(text).not.toContain(env.CI_SECRET!);
    const clean = await runCli(['plan', '-c', out, '--detailed-exitcode'], env);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
  });

  it('selects by topic, custom property (a value or any of a list) and visibility', async () => {
    const { emu, env } = await org();
    const json = async (sel: string) => {
      const r = await runCli(['plan', '-c', target(sel, CI), '-f', 'json'], env);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { targets: { target: string }[] }).targets.map((t) => t.target);
    };
    expect(await json('{ topics: [production] }')).toEqual(['all/svc-a', 'all/svc-b', 'all/svc-legacy-1']);
    expect(await json('{ properties: { team: payments } }')).toEqual(['all/svc-a', 'all/api']);
    expect(await json('{ properties: { team: [search, platform] } }')).toEqual(['all/svc-b', 'all/api']);
    expect(await json('{ visibility: [public, internal] }')).toEqual(['all/api', 'all/docs']);
    expect(await json('{ include: ["svc-*"], archived: true }')).toEqual(['all/svc-old']);
    expect(await json('{ include: ["svc-c*"], forks: true }')).toEqual(['all/svc-copy']);
    // The property values are read only when a selector names a property.
    expect(emu.server.requests({ pathPrefix: '/orgs/acme/properties/values' })).toHaveLength(2);
  });

  it('prunes only inside the selection, and counts deletes over the whole target', async () => {
    const { emu, env } = await org();
    for (const repo of ['svc-a', 'svc-b', 'api']) {
      emu.seed(`repos/acme/${repo}`, { config: { url: `https://stray1.example.com/${repo}` } });
      emu.seed(`repos/acme/${repo}`, { config: { url: `https://stray2.example.com/${repo}` } });
    }
    emu.seed('repos/acme/docs', { config: { url: 'https://outside.example.com/docs' } });
    const sel = '{ include: ["svc-*", "api"], exclude: ["svc-legacy-*"] }';
    const refused = await runCli(['apply', '-c', target(sel, CI, '    prune: true\n    maxDeletes: 5\n'), '--yes'], env);
    expect(refused.stdout).toContain('6 deletes planned for target all over its 3 repositories, more than the limit of 5');
    expect(writes(emu).filter((w) => w.method === 'DELETE')).toEqual([]);
    const ok = await runCli(['apply', '-c', target(sel, CI, '    prune: true\n    maxDeletes: 6\n'), '--yes'], env);
    expect(ok.code, ok.stderr).toBe(0);
    for (const repo of ['svc-a', 'svc-b', 'api']) expect(urlsOn(emu, repo)).toEqual(['https://ci.example.com/github']);
    expect(urlsOn(emu, 'docs')).toEqual(['https://outside.example.com/docs']);
  });

  it('a repository whose hook list answers 404 (the token lost access) is left out and named, and the rest is planned', async () => {
    const { emu, env } = await org();
    emu.repositories.delete('acme/svc-b'); // listed by the organization, its hooks hidden
    const r = await runCli(['plan', '-c', target('{ include: ["svc-a", "svc-b"] }', CI)], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Target all: 2 of the 8 repositories of acme selected (named svc-a, svc-b; not archived); hooks managed on 1.\n  ! left out: acme/svc-b: its webhooks cannot be read (GitHub answered 404)\n');
    expect(r.stdout).toContain('# all/svc-a/https://ci.example.com/github will be created');
    expect(r.stdout).toContain('Plan: 1 to add, 0 to change, 0 to delete.');
  });

  it('refuses a selection that matches nothing before any write, as an empty file is refused', async () => {
    const { emu, env } = await org();
    const r = await runCli(['apply', '-c', target('{ include: ["nothing-*"] }', CI, '    prune: true\n'), '--yes'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: HOOKSYNC_CONFIG_INVALID: target all: its repositories select none of the 8 repositories of acme (named nothing-*; not archived); a selection that matches nothing is far more often a wrong selector or token than an intent, so nothing was planned or changed\n');
    expect(writes(emu)).toEqual([]);
  });

  it('refuses two entries that reach one repository with one url, and takes them where their selections do not meet', async () => {
    const { env } = await org();
    const two = (a: string, b: string) => `      - config: { url: https://ci.example.com/github }\n        events: [push]\n        repositories: ${a}\n      - config: { url: https://ci.example.com/github }\n        events: [push, pull_request]\n        repositories: ${b}\n`;
    const clash = await runCli(['plan', '-c', target('{ include: ["svc-*"] }', two('{ include: ["svc-*"] }', '{ include: [svc-a] }'))], env);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/target all: repository acme\/svc-a is taken by two entries for https:\/\/ci\.example\.com\/github \(lines 11 and 14\); narrow their repositories so that one applies/);
    const apart = await runCli(['plan', '-c', target('{ include: ["svc-*"] }', two('{ exclude: [svc-a] }', '{ include: [svc-a] }')), '-f', 'json'], env);
    expect(apart.code, apart.stderr).toBe(0);
    const events = (JSON.parse(apart.stdout) as { targets: { target: string; changes: { fields: { path: string; after: unknown }[] }[] }[] }).targets.map((t) => [t.target, t.changes[0]!.fields.find((f) => f.path === 'events')!.after]);
    expect(events).toEqual([['all/svc-a', ['pull_request', 'push']], ['all/svc-b', ['push']], ['all/svc-legacy-1', ['push']]]);
  });

  it('validate checks the form offline: repositories needs organization, and a hook entry may narrow only in a selecting target', async () => {
    const bad = writeTemp(`version: 1
targets:
  one:
    provider: github
    repository: acme/webhooks
    repositories: { include: [x] }
    auth: { token: t }
    hooks: []
  two:
    provider: github
    organization: acme
    repositories: { include: [x], colour: blue }
    auth: { token: t }
    hooks: []
  three:
    provider: github
    repository: acme/webhooks
    auth: { token: t }
    hooks:
      - config: { url: https://a.example.com }
        repositories: { include: [y] }
`);
    const r = await runCli(['validate', '-c', bad], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(':6:19 targets.one.repositories: repositories selects among the repositories of an organization; write "organization: NAME" beside it');
    expect(r.stderr).toContain(':12:35 targets.two.repositories.colour: unknown field "colour"; allowed fields: include, exclude, topics, properties, visibility, archived, forks');
    expect(r.stderr).toContain(':21:23 targets.three.hooks[0].repositories: only a target that selects repositories (repositories: on the target) takes repositories on a hook entry; remove it, or select on the target');
  });

  it('one token, one pace: the creates of a selecting target and of one-repository targets on that token go one at a time, with no secondary-limit refusal', async () => {
    const clock = fakeClock(Date.now(), 2);
    const { emu, env } = await org({ secondary: { minWriteGapMs: 900 }, now: clock.now });
    for (let i = 0; i < 6; i++) emu.addRepository('acme', { name: `solo-${i}` });
    const solo = Array.from({ length: 6 }, (_, i) => `  solo${i}:\n    provider: github\n    endpoint: \${GH_URL}\n    repository: acme/solo-${i}\n    auth: { token: "\${GH_TOKEN}" }\n    hooks:\n${CI}`).join('');
    const file = writeTemp(`version: 1\ntargets:\n  all:\n    provider: github\n    endpoint: \${GH_URL}\n    organization: acme\n    repositories: { include: ["svc-*"] }\n    auth: { token: "\${GH_TOKEN}" }\n    hooks:\n${CI}${solo}`);
    const r = await runCli(['apply', '-c', file, '--yes', '--parallelism', '16'], env, { clock });
    expect(r.code, r.stderr).toBe(0);
    expect(emu.refusals.secondary).toBe(0);
    expect(writes(emu)).toHaveLength(3 + 6);
  });
});
