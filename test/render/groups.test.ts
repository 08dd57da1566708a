/**
 * A plan for hundreds of repositories of one selecting target: the human forms show identical
 * changes once with their count, the JSON form keeps every change, and the pull-request comment
 * keeps every count under GitHub's comment limit.
 */
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, driftIssueBody, planComment } from '../../src/action/posts.js';
import type { Plan, TargetPlan } from '../../src/plan/model.js';
import { planToJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { textOf } from '../../src/render/text.js';

const repos = Array.from({ length: 300 }, (_, i) => `svc-${String(i).padStart(3, '0')}`);
const member = (repo: string, i: number): TargetPlan => ({
  target: `all/${repo}`,
  parent: 'all',
  provider: 'github',
  changes: [
    i === 7
      ? { action: 'update', key: 'https://ci.example.com/h', id: String(100 + i), fields: [{ path: ['active'], before: true, after: false, sensitive: false }], body: { active: false } }
      : { action: 'update', key: 'https://ci.example.com/h', id: String(100 + i), fields: [{ path: ['events'], before: ['push'], after: ['pull_request', 'push'], sensitive: false }], body: { events: ['pull_request', 'push'] } },
  ],
  unchanged: [],
  unmanaged: [],
  notes: [{ keys: ['https://ci.example.com/h'], text: 'GitHub never shows config.secret' }],
});
const plan: Plan = {
  targets: repos.map(member),
  selections: [{ target: 'all', organization: 'acme', of: 412, selected: 301, managed: 300, described: 'named svc-*; not archived', skipped: [{ repository: 'acme/svc-locked', why: 'the token is not an admin of it' }] }],
};

describe('a plan over hundreds of repositories', () => {
  it('text: one block per distinct change, with how many repositories and the first names', () => {
    const text = textOf(planToJson(plan));
    expect(text).toContain('Target all: 301 of the 412 repositories of acme selected (named svc-*; not archived); hooks managed on 300.\n  ! left out: acme/svc-locked: the token is not an admin of it\n');
    expect(text).toContain('# all/https://ci.example.com/h will be updated in-place on 299 repositories\n    on svc-000, svc-001, svc-002, svc-003, svc-004, svc-005, svc-006, svc-008, svc-009, svc-010 and 289 more (plan -f json names every one)\n    ~ events: ["push"] -> ["pull_request", "push"]\n');
    expect(text).toContain('# all/svc-007/https://ci.example.com/h will be updated in-place (id 107)\n    ~ active: true -> false\n');
    expect(text.match(/^# /gm)).toHaveLength(2);
    expect(text).toContain('Plan: 0 to add, 300 to change, 0 to delete.');
    expect(text).toContain('Note (all, on 300 repositories: https://ci.example.com/h): GitHub never shows config.secret.\n');
    expect(text.match(/^Note /gm)).toHaveLength(1);
  });

  it('JSON keeps every change, each with its repository target and parent', () => {
    const json = planToJson(plan);
    expect(json.targets).toHaveLength(300);
    expect(json.targets.every((t) => t.parent === 'all' && t.changes.length === 1)).toBe(true);
    expect(json.selections).toEqual(plan.selections);
  });

  it('the comment and the drift issue keep every count, two rows, and stay far under the limit', () => {
    for (const body of [planComment(plan, { config: 'hooks.yaml', sha: 'abcdef1234', runUrl: 'https://github.com/acme/w/actions/runs/1' }), driftIssueBody(plan, { config: 'hooks.yaml', sha: 'abcdef1234', runUrl: 'https://github.com/acme/w/actions/runs/1' })]) {
      expect(body.length).toBeLessThan(BODY_LIMIT / 4);
      expect(body).toContain('0 to add, 300 to change, 0 to delete');
      expect(body).toContain('| all (299 repositories) | https://ci.example.com/h | update | 1 |');
      expect(body).toContain('| all/svc-007 | https://ci.example.com/h | update | 1 |');
      expect(body).not.toContain('details are not shown');
    }
    expect(renderMarkdown(plan)).toContain('> on svc-000, svc-001');
  });
});
