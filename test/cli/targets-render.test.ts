/**
 * Past one job: `targets -f json` gives a GitHub Actions matrix of the file's targets (offline),
 * and `render` makes the JSON plans of the matrix's jobs one plan, refusing what is not one.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();

const FILE = `version: 1
targets:
  tenant-a:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    owns: a-
    hooks:
      - { name: a-one, events: [PostRegister], config: { url: "https://a.example.com/1" } }
      - { name: a-two, events: [PostSignIn], config: { url: "https://a.example.com/2" } }
  tenant-b:
    provider: logto
    endpoint: \${LOGTO_ENDPOINT}
    auth: { clientId: "\${LOGTO_CLIENT_ID}", clientSecret: "\${LOGTO_CLIENT_SECRET}" }
    owns: b-
    hooks:
      - { name: b-one, events: [PostRegister], config: { url: "https://b.example.com/1" } }
  org:
    provider: github
    organization: acme
    repositories: { include: ["svc-*"] }
    auth: { token: "\${ORG_TOKEN}" }
    hooks: []
`;

describe('targets and render', () => {
  it('targets lists the file offline, with a matrix of one job per target, and needs no variable', async () => {
    const r = await runCli(['targets', '-c', writeTemp(FILE), '-f', 'json'], {});
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      targets: [
        { name: 'tenant-a', provider: 'logto', hooks: 2, split: 'whole' },
        { name: 'tenant-b', provider: 'logto', hooks: 1, split: 'whole' },
        { name: 'org', provider: 'github', hooks: 0, selects: 'repositories of acme', split: 'repositories' },
      ],
      matrix: { include: [{ target: 'tenant-a' }, { target: 'tenant-b' }, { target: 'org' }] },
    });
    const text = await runCli(['targets', '-c', writeTemp(FILE)], {});
    expect(text.stdout).toBe('tenant-a  logto                 2 hooks\ntenant-b  logto                 1 hook\norg       github                0 hooks  (selects repositories of acme; split it over jobs with --shards N)\n');
    const bad = await runCli(['targets', '-c', writeTemp('version: 1\ntargets: { x: { provider: nope } }\n')], {});
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not a known provider');
  });

  it('render makes the jobs\' JSON plans one plan whose counts add up, the same as planning everything at once', async () => {
    const s = await sandbox();
    const file = writeTemp(FILE.slice(0, FILE.indexOf('  org:')));
    const planOf = async (...args: string[]) => {
      const r = await runCli(['plan', '-c', file, ...args], s.env);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const a = writeTemp(await planOf('-t', 'tenant-a', '-f', 'json'), 'a.json');
    const b = writeTemp(await planOf('-t', 'tenant-b', '-f', 'json'), 'b.json');
    const both = await runCli(['render', a, b], {});
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toBe(await planOf('-f', 'markdown'));
    const text = await runCli(['render', '-f', 'text', a, b], {});
    expect(text.stdout).toBe(await planOf());
    expect(text.stdout).toContain('Plan: 3 to add, 0 to change, 0 to delete.');
  });

  it('render refuses what is not a hooksync plan, and a target planned twice, with one line each', async () => {
    const notJson = writeTemp('{"format_version":', 'x.json');
    const wrong = writeTemp('{"format_version":"2","targets":[],"summary":{}}', 'y.json');
    const plan = writeTemp(JSON.stringify({ format_version: '1', has_changes: false, summary: { add: 0, change: 0, destroy: 0, replace: 0, refused: 0, unchanged: 0, unmanaged: 0 }, targets: [{ target: 't', provider: 'logto', changes: [], unchanged: [], unmanaged: [], notes: [] }] }), 'z.json');
    const cases: [string[], string][] = [
      [[notJson], `error: HOOKSYNC_USAGE: ${notJson} is not JSON; pass plans made by hooksync plan -f json; nothing was rendered\n`],
      [[wrong], `error: HOOKSYNC_USAGE: ${wrong} is not a hooksync plan of format_version "1" (plan -f json); nothing was rendered\n`],
      [[plan, plan], `error: HOOKSYNC_USAGE: ${plan} plans target t again (an earlier file plans it too); render each target's plan once\n`],
      [['/nonexistent/plan.json'], 'error: HOOKSYNC_USAGE: cannot read /nonexistent/plan.json (ENOENT); nothing was rendered\n'],
    ];
    for (const [files, message] of cases) {
      const r = await runCli(['render', ...files], {});
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(message);
    }
    writeFileSync(plan, JSON.stringify({ format_version: '1', has_changes: false, summary: { add: 0, change: 0, destroy: 0, replace: 0, refused: 0, unchanged: 0, unmanaged: 0 }, targets: [{ target: 't' }] }));
    expect((await runCli(['render', plan], {})).stderr).toContain('holds a target that is not one of a hooksync plan');
  });
});
