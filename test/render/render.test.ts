import { describe, expect, it } from 'vitest';
import { MASK } from '../../src/core/redact.js';
import { planToJson } from '../../src/render/json.js';
import { markdownPartsOf } from '../../src/render/markdown.js';
import { textOf } from '../../src/render/text.js';
import { desired, live, planOne, spec } from '../plan/builders.js';

const s = spec({ immutableFields: ['triggerId'], sensitivePatterns: [['token']] });
const plan = {
  targets: [
    planOne(s, [desired({ name: 'new', events: ['x'] }), desired({ name: 'upd', token: 'secret-value-1', enabled: false }), desired({ name: 'rep', triggerId: 'b' })], [
      live('1', { name: 'upd', token: 'old-secret-2', enabled: true }),
      live('2', { name: 'rep', triggerId: 'a' }),
      live('3', { name: 'gone' }),
    ], { prune: true }),
  ],
};

describe('every human form renders from the JSON form', () => {
  const json = planToJson(plan);

  it('the JSON form masks sensitive values and keeps the rest', () => {
    const upd = json.targets[0]!.changes.find((c) => c.key === 'upd')!;
    expect(upd.fields).toEqual([
      { path: 'enabled', path_segments: ['enabled'], before: true, after: false, sensitive: false },
      { path: 'token', path_segments: ['token'], before: MASK, after: MASK, sensitive: true },
    ]);
  });

  it('text and markdown name the same changes, in the same order, with the same summary', () => {
    const text = textOf(json);
    const { head, details } = markdownPartsOf(json);
    const textHeads = [...text.matchAll(/^# (.*)$/gm)].map((m) => m[1]);
    const mdHeads = details.map((d) => /<summary>(.*)<\/summary>/.exec(d)![1]);
    expect(textHeads).toEqual(['t/new will be created', 't/upd will be updated in-place (id 1)', 't/rep must be replaced (id 2): triggerId cannot be changed in place', 't/gone will be DELETED (id 3)']);
    expect(mdHeads).toEqual(textHeads);
    expect(text).toContain('Plan: 1 to add, 1 to change, 1 to delete, 1 to replace.');
    expect(head).toContain('### hooksync plan: 1 to add, 1 to change, 1 to delete, 1 to replace.');
  });

  it('no form shows a sensitive value', () => {
    const all = [JSON.stringify(json), textOf(json), Object.values(markdownPartsOf(json)).flat().join('')].join('\n');
    expect(all).not.toContain('secret-value-1');
    expect(all).not.toContain('old-secret-2');
  });
});
