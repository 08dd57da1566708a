import { describe, expect, it } from 'vitest';
import { orderHolders, resourcesOf, type Holder } from '../../src/plan/holdings.js';
import { spec } from './builders.js';

const s = spec({ uniqueKey: true, exclusive: { flag: 'enabled', scope: 'triggerId', rule: 'one enabled hook per trigger' } });
const holder = (label: string, change: number | undefined, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): Holder => ({
  label,
  change,
  before: resourcesOf(s, before, String(before?.name ?? '')),
  after: resourcesOf(s, after, String(after?.name ?? '')),
});

describe('holdings: what a change takes, frees, and waits for', () => {
  it('has a hook hold its unique key, and the enabled slot of its scope only while enabled', () => {
    expect(resourcesOf(s, { name: 'a', enabled: true, triggerId: 'x' }, 'a').map((r) => r.what)).toEqual(['the name "a"', 'the enabled slot of triggerId "x"']);
    expect(resourcesOf(s, { name: 'a', enabled: false, triggerId: 'x' }, 'a').map((r) => r.what)).toEqual(['the name "a"']);
    expect(resourcesOf(s, undefined, 'a')).toEqual([]);
  });

  it('makes a change that takes a name wait for the change that frees it', () => {
    const { needs, refused } = orderHolders([holder('t/b', 0, undefined, { name: 'a' }), holder('t/a', 1, { name: 'a' }, { name: 'renamed' })], new Map());
    expect(needs.get(0)?.map((n) => n.on)).toEqual([1]);
    expect(refused.size).toBe(0);
  });

  it('refuses a change that takes what a hook that stays keeps', () => {
    const { refused } = orderHolders([holder('t/b', 0, undefined, { name: 'a', enabled: true, triggerId: 'x' }), holder('t/a (id 1)', undefined, { name: 'c', enabled: true, triggerId: 'x' }, { name: 'c', enabled: true, triggerId: 'x' })], new Map());
    expect(refused.get(0)).toContain('one enabled hook per trigger');
  });

  it('keeps a refusal it is given, and refuses what would wait on a refused change', () => {
    const { refused } = orderHolders([holder('t/b', 0, undefined, { name: 'a' }), holder('t/a', 1, { name: 'a' }, { name: 'renamed' })], new Map([[1, 'refused for its own reason']]));
    expect(refused.get(1)).toBe('refused for its own reason');
    expect(refused.has(0)).toBe(true);
  });
});
