/**
 * The main job end to end, through the CLI against the Logto emulator over real HTTP: the exact
 * plan for a mixed case, then exactly those requests, then an empty plan.
 */
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/providers/sandbox.js';
import { LOGTO_TARGET, runCli, writeTemp } from '../helpers/cli.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox();
const CRM_TOKEN = 'crm-token-7f3a9c1e';

const FILE = LOGTO_TARGET(`      - name: crm-sync
        events: [PostRegister, User.Created]
        config:
          url: https://crm.example.com/logto
          headers: { Authorization: "Bearer \${CRM_TOKEN}" }
        enabled: true
      - name: audit-log
        events: [User.Deleted]
        config: { url: https://audit.example.com/ingest }
      - name: new-hook
        events: [PostSignIn]
        config: { url: https://new.example.com/hook }
      - name: only-url
        config: { url: https://moved.example.com/hook }
`);

function seedMixed(s: Sandbox) {
  return {
    crm: s.logto.seed({ name: 'crm-sync', events: ['User.Created'], config: { url: 'https://crm.example.com/logto', headers: { Authorization: 'Bearer old-crm-token' }, retries: 3 }, enabled: false }),
    audit: s.logto.seed({ name: 'audit-log', events: ['User.Deleted'], config: { url: 'https://audit.example.com/ingest' }, enabled: true }),
    onlyUrl: s.logto.seed({ name: 'only-url', events: ['PostRegister'], config: { url: 'https://old.example.com/hook', headers: { 'X-Unmanaged': 'keep-me-123' } }, enabled: false }),
    stray: s.logto.seed({ name: 'stray', events: ['PostSignIn'], config: { url: 'https://stray.example.com' } }),
  };
}

describe('plan and apply on Logto', () => {
  it('prints the exact plan for create, update, no-op and unmanaged', async () => {
    const s = await sandbox();
    const live = seedMixed(s);
    const r = await runCli(['plan', '-c', writeTemp(FILE)], { ...s.env, CRM_TOKEN });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`# logto-prod/crm-sync will be updated in-place (id ${live.crm.id})
    ~ config.headers.Authorization: (sensitive value)
    ~ enabled: false -> true
    ~ events: ["User.Created"] -> ["PostRegister", "User.Created"]

# logto-prod/new-hook will be created
    + config.url: "https://new.example.com/hook"
    + events: ["PostSignIn"]
    + name: "new-hook"

# logto-prod/only-url will be updated in-place (id ${live.onlyUrl.id})
    ~ config.url: "https://old.example.com/hook" -> "https://moved.example.com/hook"

Unmanaged: 1 live hook is not in the file and will be left alone (--prune deletes them):
    logto-prod/stray (id ${live.stray.id})

Plan: 1 to add, 2 to change, 0 to delete.
`);
  });

  it('applies with exactly those requests, each PATCH holding only the changed fields', async () => {
    const s = await sandbox();
    const live = seedMixed(s);
    const file = writeTemp(FILE);
    const env = { ...s.env, CRM_TOKEN };
    // One at a time, so the order of the requests can be asserted.
    const applied = await runCli(['apply', '-c', file, '--yes', '--parallelism', '1'], env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete! 1 added, 2 changed, 0 deleted.');
    expect(applied.stderr).toContain(`[1/3] logto-prod/crm-sync: updated (id ${live.crm.id})`);

    const api = s.logto.server.requests({ pathPrefix: '/api/' });
    expect(api.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /api/hooks?page=1&page_size=100&includeExecutionStats=true 200',
      `PATCH /api/hooks/${live.crm.id} 200`,
      'POST /api/hooks 201',
      `PATCH /api/hooks/${live.onlyUrl.id} 200`,
    ]);
    // Logto replaces config whole: the PATCH carries the live config merged with the file's keys.
    expect(api[1]!.body).toEqual({
      config: { url: 'https://crm.example.com/logto', headers: { Authorization: `Bearer ${CRM_TOKEN}` }, retries: 3 },
      enabled: true,
      events: ['PostRegister', 'User.Created'],
    });
    expect(api[3]!.body).toEqual({ config: { url: 'https://moved.example.com/hook', headers: { 'X-Unmanaged': 'keep-me-123' } } });
    expect(api.some((r) => r.path.includes(live.audit.id) || r.path.includes(live.stray.id))).toBe(false);
    expect(s.logto.all().find((h) => h.id === live.onlyUrl.id)).toMatchObject({ enabled: false, events: ['PostRegister'] });

    s.logto.server.log.length = 0;
    const again = await runCli(['plan', '-c', file, '--detailed-exitcode'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes. Live hooks match the configuration.');
    expect(s.logto.server.requests({ pathPrefix: '/api/' }).map((r) => r.method)).toEqual(['GET']);
  });

  it('sends no request at all when nothing changed', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'same', events: ['PostSignIn', 'PostRegister'], config: { url: 'https://x.example.com' } });
    const file = writeTemp(LOGTO_TARGET('      - name: same\n        events: [PostRegister, PostSignIn]\n        config: { url: https://x.example.com }\n'));
    const r = await runCli(['apply', '-c', file], s.env);
    expect(r.code).toBe(0);
    expect(s.logto.server.requests({ pathPrefix: '/api/' }).map((q) => q.method)).toEqual(['GET']);
  });

  it('exits 2 with --detailed-exitcode when there are changes, in every format', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        events: [PostRegister]\n        config: { url: https://a.example.com }\n'));
    for (const format of ['text', 'markdown', 'json']) {
      const r = await runCli(['plan', '-c', file, '--detailed-exitcode', '--format', format], s.env);
      expect(r.code).toBe(2);
    }
    expect((await runCli(['plan', '-c', file], s.env)).code).toBe(0);
  });

  it('writes a JSON plan with format_version, field paths and a summary', async () => {
    const s = await sandbox();
    const live = s.logto.seed({ name: 'a', events: ['PostRegister'], config: { url: 'https://a.example.com', headers: { 'X-Key': 'live-value-1' } }, enabled: false });
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        enabled: true\n        config:\n          headers: { X-Key: new-value-1 }\n'));
    const r = await runCli(['plan', '-c', file, '-f', 'json'], s.env);
    expect(JSON.parse(r.stdout)).toEqual({
      format_version: '1',
      has_changes: true,
      summary: { add: 0, change: 1, destroy: 0, replace: 0, refused: 0, unchanged: 0, unmanaged: 0, failing: 0 },
      targets: [
        {
          target: 'logto-prod',
          provider: 'logto',
          changes: [
            {
              action: 'update',
              key: 'a',
              id: live.id,
              fields: [
                { path: 'config.headers.X-Key', path_segments: ['config', 'headers', 'X-Key'], before: '(sensitive value)', after: '(sensitive value)', sensitive: true },
                { path: 'enabled', path_segments: ['enabled'], before: false, after: true, sensitive: false },
              ],
            },
          ],
          unchanged: [],
          unmanaged: [],
          notes: [],
        },
      ],
    });
  });

  it('deletes unmanaged hooks only with --prune, and says so loudly first', async () => {
    const s = await sandbox();
    const stray = s.logto.seed({ name: 'stray' });
    const file = writeTemp(LOGTO_TARGET('      - name: kept\n        events: [PostRegister]\n        config: { url: https://k.example.com }\n'));
    await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(s.logto.all()).toHaveLength(2);
    const pruned = await runCli(['apply', '-c', file, '--yes', '--prune'], s.env);
    expect(pruned.stdout).toContain(`# logto-prod/stray will be DELETED (id ${stray.id})`);
    expect(pruned.stdout).toContain('Apply complete! 0 added, 0 changed, 1 deleted.');
    expect(s.logto.all().map((h) => h.name)).toEqual(['kept']);
  });

  it('asks on an interactive terminal and changes nothing unless the answer is yes', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        events: [PostRegister]\n        config: { url: https://a.example.com }\n'));
    const no = await runCli(['apply', '-c', file], s.env, { interactive: true, answer: 'y' });
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('Only "yes" will be accepted');
    expect(no.stderr).toContain('error: HOOKSYNC_ABORTED: apply cancelled; nothing was changed');
    expect(s.logto.all()).toHaveLength(0);
    const yes = await runCli(['apply', '-c', file], s.env, { interactive: true, answer: 'yes' });
    expect(yes.code).toBe(0);
    expect(s.logto.all()).toHaveLength(1);
  });

  it('reports each hook that failed, applies the others, and exits 1', async () => {
    const s = await sandbox();
    s.logto.seed({ name: 'a', enabled: false });
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        enabled: true\n      - name: b\n        events: [PostRegister]\n        config: { url: https://b.example.com }\n'));
    // A 500 to a create may hide a made hook: each is followed by a re-list, and five end it.
    for (let i = 0; i < 5; i++) s.logto.server.faults.script.push({ fault: { kind: 'status', status: 500 }, method: 'POST', path: '/api/hooks' }); // every try of the create
    const r = await runCli(['apply', '-c', file, '--yes'], s.env);
    expect(r.code).toBe(1);
    expect(s.logto.server.requests({ pathPrefix: '/api/hooks' }).map((q) => `${q.method} ${q.status}`).filter((q) => q.startsWith('POST') || q.startsWith('GET'))).toEqual(['GET 200', ...Array.from({ length: 5 }, () => ['POST 500', 'GET 200']).flat()]);
    expect(r.stdout).toContain('  ok      logto-prod/a updated');
    expect(r.stdout).toContain('  FAILED  logto-prod/b not created: Logto answered 500 to the create: Internal server error.');
    expect(r.stdout).toContain('Apply incomplete: 1 of 2 changes failed; the others were made. 0 added, 1 changed, 0 deleted, 1 failed.');
    expect(s.logto.all().find((h) => h.name === 'a')?.enabled).toBe(true);
  });

  it('plans only the named targets and rejects an unknown one', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        enabled: true\n'));
    const r = await runCli(['plan', '-c', file, '--target', 'nope'], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_USAGE: unknown target "nope"; ${file} defines: logto-prod\n`);
    expect(s.logto.server.log).toHaveLength(0);
  });

  it('suggests the target meant by a misspelt -t, with no request sent', async () => {
    const s = await sandbox();
    const file = writeTemp(LOGTO_TARGET('      - name: a\n        enabled: true\n'));
    const r = await runCli(['plan', '-c', file, '-t', 'logto-prd'], s.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: HOOKSYNC_USAGE: unknown target "logto-prd"; did you mean "logto-prod"? ${file} defines: logto-prod\n`);
    expect(s.logto.server.log).toHaveLength(0);
  });
});
