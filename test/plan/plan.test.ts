import { describe, expect, it } from 'vitest';
import { HooksyncError } from '../../src/core/errors.js';
import type { DesiredHook, LiveHook, TargetConfig } from '../../src/core/model.js';
import { summarize } from '../../src/plan/model.js';
import { planTargets } from '../../src/plan/plan.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { logtoSpec } from '../../src/providers/logto/spec.js';

const pos = { file: 'hooks.yaml', line: 1, col: 1 };
const desired = (fields: Record<string, unknown>, extra: Partial<DesiredHook> = {}): DesiredHook => ({
  key: String(fields.name ?? `id:${extra.pinnedId}`),
  pinnedId: undefined,
  fields,
  sensitivePaths: [],
  position: pos,
  ...extra,
});
const live = (id: string, fields: Record<string, unknown>): LiveHook => ({ id, key: String(fields.name ?? ''), fields });
const target = (hooks: readonly DesiredHook[], prune = false): TargetConfig => ({
  name: 't',
  provider: 'logto',
  endpoint: 'https://x.example.com',
  auth: { clientId: 'a', clientSecret: 'b' },
  tokenUrl: undefined,
  prune,
  hooks,
  position: pos,
});
function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof HooksyncError) return e.problems;
    throw e;
  }
  throw new Error('expected a HooksyncError');
}
const plan = (hooks: readonly DesiredHook[], lives: readonly LiveHook[], prune = false) => planTargets([{ target: target(hooks, prune), spec: logtoSpec, live: lives }]);

describe('plan', () => {
  it('sends nothing for a hook that only differs in fields the file does not write', () => {
    const p = plan([desired({ name: 'a', enabled: true })], [live('1', { name: 'a', enabled: true, events: ['PostSignIn'], config: { url: 'u', retries: 3 } })]);
    expect(p.targets[0]!.changes).toEqual([]);
    expect(p.targets[0]!.unchanged).toEqual([{ key: 'a', id: '1' }]);
    expect(renderText(p)).toBe('No changes. Live hooks match the configuration.\n');
  });

  it('compares events as a set: order and duplicates are not changes', () => {
    const p = plan([desired({ name: 'a', events: ['User.Created', 'PostRegister', 'PostRegister'] })], [live('1', { name: 'a', events: ['PostRegister', 'User.Created'] })]);
    expect(p.targets[0]!.changes).toEqual([]);
  });

  it('sends only the changed field when enabled flips', () => {
    const p = plan([desired({ name: 'a', enabled: true, events: ['PostRegister'] })], [live('1', { name: 'a', enabled: false, events: ['PostRegister'] })]);
    const [change] = p.targets[0]!.changes;
    expect(change).toMatchObject({ action: 'update', id: '1', body: { enabled: true } });
    expect(change?.action === 'update' && Object.keys(change.body)).toEqual(['enabled']);
    expect(renderText(p)).toContain('# t/a will be updated in-place (id 1)\n    ~ enabled: false -> true\n');
  });

  it('sends the live config merged with the changed key, keeping unmanaged keys', () => {
    const p = plan(
      [desired({ name: 'a', config: { url: 'https://new.example.com' } })],
      [live('1', { name: 'a', config: { url: 'https://old.example.com', headers: { 'X-Keep': 'keep-me' }, retries: 2 } })],
    );
    const change = p.targets[0]!.changes[0]!;
    expect(change.action === 'update' && change.body).toEqual({ config: { url: 'https://new.example.com', headers: { 'X-Keep': 'keep-me' }, retries: 2 } });
    expect(change.action === 'update' && change.fields).toEqual([{ path: ['config', 'url'], before: 'https://old.example.com', after: 'https://new.example.com', sensitive: false }]);
  });

  it('removes a header written as null and leaves the others', () => {
    const p = plan([desired({ name: 'a', config: { headers: { 'X-Old': null } } })], [live('1', { name: 'a', config: { url: 'u', headers: { 'X-Old': 'v-old', 'X-Other': 'v-other' } } })]);
    const change = p.targets[0]!.changes[0]!;
    expect(change.action === 'update' && change.body).toEqual({ config: { url: 'u', headers: { 'X-Other': 'v-other' } } });
    expect(renderText(p)).toContain('- config.headers.X-Old: (sensitive value)');
    expect(renderText(p)).not.toContain('v-old');
  });

  it('masks header values and values that came from variables, in text, markdown and JSON', () => {
    const d = desired({ name: 'a', config: { url: 'https://h.example.com/from-var', headers: { Authorization: 'Bearer new-token-1' } } }, { sensitivePaths: [['config', 'url']] });
    const p = plan([d], [live('1', { name: 'a', config: { url: 'https://h.example.com/old', headers: { Authorization: 'Bearer old-token-1' } } })]);
    for (const out of [renderText(p), renderMarkdown(p), renderJson(p)]) {
      for (const secret of ['new-token-1', 'old-token-1', 'from-var', '/old']) expect(out).not.toContain(secret);
      expect(out).toContain('(sensitive value)');
    }
    const json = JSON.parse(renderJson(p)) as { targets: { changes: { fields: { path: string; sensitive: boolean }[] }[] }[] };
    expect(json.targets[0]!.changes[0]!.fields.map((f) => [f.path, f.sensitive])).toEqual([
      ['config.headers.Authorization', true],
      ['config.url', true],
    ]);
  });

  it('creates a missing hook with every written field, and refuses one that cannot be created', () => {
    const p = plan([desired({ name: 'new', events: ['PostSignIn'], config: { url: 'https://n.example.com' } })], []);
    expect(p.targets[0]!.changes[0]).toMatchObject({ action: 'create', body: { name: 'new', events: ['PostSignIn'], config: { url: 'https://n.example.com' } } });
    expect(problemsOf(() => plan([desired({ name: 'new', enabled: true })], []))).toEqual([
      'hooks.yaml:1:1 t/new: does not exist yet and Logto needs events and config.url to create it; add them',
    ]);
  });

  it('lists unmanaged hooks and deletes them only with prune', () => {
    const lives = [live('9', { name: 'stray' })];
    expect(plan([], lives).targets[0]).toMatchObject({ changes: [], unmanaged: [{ key: 'stray', id: '9' }] });
    expect(plan([], lives, true).targets[0]).toMatchObject({ changes: [{ action: 'delete', id: '9' }], unmanaged: [] });
    expect(renderText(plan([], lives, true))).toContain('# t/stray will be DELETED (id 9)');
    expect(summarize(plan([], lives, true))).toMatchObject({ add: 0, change: 0, destroy: 1 });
  });

  it('refuses to guess between two live hooks with the same name, listing their ids', () => {
    const problems = problemsOf(() => plan([desired({ name: 'dup', enabled: true })], [live('1', { name: 'dup' }), live('2', { name: 'dup' })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('2 live hooks are named "dup" (ids 1, 2); pin the one to manage with "id:"');
  });

  it('matches a pinned id whatever its name, and renames it', () => {
    const p = plan([desired({ name: 'renamed' }, { pinnedId: '2' })], [live('1', { name: 'dup' }), live('2', { name: 'dup' })]);
    expect(p.targets[0]!.changes).toMatchObject([{ action: 'update', id: '2', body: { name: 'renamed' } }]);
    expect(p.targets[0]!.unmanaged).toEqual([{ key: 'dup', id: '1' }]);
  });

  it('is a plain value: the same inputs give the same plan', () => {
    const args = [[desired({ name: 'a', enabled: true })], [live('1', { name: 'a', enabled: false })]] as const;
    expect(plan(...args)).toEqual(plan(...args));
  });

  it('removing keys from an object the live hook does not have creates nothing (found by the property soak)', () => {
    const want = { name: 'a', events: ['PostSignIn'], config: { url: 'https://b.example.com', headers: { 'X-A': null } } };
    const update = plan([desired(want)], [live('1', { name: 'a', events: ['PostSignIn'], config: { url: 'https://a.example.com', retries: 3 } })]).targets[0]!.changes[0]!;
    expect(update.action === 'update' && update.body).toEqual({ config: { url: 'https://b.example.com', retries: 3 } });
    const create = plan([desired(want)], []).targets[0]!.changes[0]!;
    expect(create.action === 'create' && create.body).toEqual({ name: 'a', events: ['PostSignIn'], config: { url: 'https://b.example.com' } });
  });
});
