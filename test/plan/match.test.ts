import { describe, expect, it } from 'vitest';
import { entryIndexFor, matchHooks } from '../../src/plan/match.js';
import { desired, live, problemsOf } from './builders.js';

describe('matching desired hooks to live ones', () => {
  it('pairs by key, and leaves live hooks no entry names unmatched', () => {
    const m = matchHooks('t', [desired({ name: 'a' }), desired({ name: 'new' })], [live('1', { name: 'a' }), live('2', { name: 'other' })]);
    expect(m.pairs.map((p) => [p.desired.key, p.live?.id])).toEqual([['a', '1'], ['new', undefined]]);
    expect(m.unmatched.map((h) => h.id)).toEqual(['2']);
  });

  it('gives a pinned id its hook whatever its name, and takes it out of the key matching', () => {
    const m = matchHooks('t', [desired({ name: 'renamed' }, { pinnedId: '1' }), desired({ name: 'old' })], [live('1', { name: 'old' }), live('2', { name: 'old' })]);
    expect(m.pairs.map((p) => p.live?.id)).toEqual(['1', '2']);
    expect(m.unmatched).toEqual([]);
  });

  it('refuses a key two live hooks share, naming both ids and the fix', () => {
    const problems = problemsOf(() => matchHooks('t', [desired({ name: 'dup' })], [live('1', { name: 'dup' }), live('2', { name: 'dup' })]));
    expect(problems).toEqual(['hooks.yaml:3:7 t/dup: 2 live hooks are named "dup" (ids 1, 2); pin the one to manage with "id:" (and delete or pin the others)']);
  });

  it('refuses a pin that names no live hook, pointing at the hook with its key', () => {
    const problems = problemsOf(() => matchHooks('t', [desired({ name: 'a' }, { pinnedId: 'gone' })], [live('7', { name: 'a' })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('pinned id "gone" does not exist in t; a hook with its key "a" has id 7');
  });

  it('finds the entry a live hook would match without the checks: pin first, then key, never an empty key', () => {
    const entryOf = entryIndexFor([desired({ name: 'a' }), desired({ name: 'b' }, { pinnedId: '9' }), desired({ name: '' })]);
    expect(entryOf(live('1', { name: 'a' }))).toBe(0);
    expect(entryOf(live('9', { name: 'zzz' }))).toBe(1);
    expect(entryOf(live('3', { name: '' }))).toBeUndefined();
    expect(entryOf(live('4', { name: 'c' }))).toBeUndefined();
  });
});
