import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DELETES } from '../../src/plan/options.js';
import { pruneGuard } from '../../src/plan/prune.js';
import { desired, live, planOne, spec, target } from './builders.js';

describe('the guard on deletes', () => {
  it('lets nothing through to guard when nothing is deleted', () => {
    expect(pruneGuard(target([]), 0, {})).toBeUndefined();
  });

  it('refuses every delete of a target whose file lists no hooks, unless it says prune: all', () => {
    expect(pruneGuard(target([]), 1, {})).toContain('the file lists no hooks for target t while prune is on');
    expect(pruneGuard(target([], { pruneAll: true }), 1, {})).toBeUndefined();
  });

  it('refuses deletes past the limit: the target\'s own maxDeletes, else the option, else ten', () => {
    const one = [desired({ name: 'keep' })];
    expect(pruneGuard(target(one), DEFAULT_MAX_DELETES, {})).toBeUndefined();
    expect(pruneGuard(target(one), DEFAULT_MAX_DELETES + 1, {})).toBe('11 deletes planned for target t, more than the limit of 10; raise --max-deletes (or maxDeletes on the target) if you mean it');
    expect(pruneGuard(target(one), 3, { maxDeletes: 2 })).toContain('more than the limit of 2');
    expect(pruneGuard(target(one, { maxDeletes: 5 }), 3, { maxDeletes: 2 })).toBeUndefined();
  });

  it('shows refused deletes in the plan, each one, and deletes nothing without prune', () => {
    const lives = [live('1', { name: 'keep' }), live('2', { name: 'x' }), live('3', { name: 'y' })];
    const pruned = planOne(spec(), [desired({ name: 'keep' })], lives, { prune: true }, { maxDeletes: 1 });
    expect(pruned.changes.map((c) => [c.action, c.key, c.refused !== undefined])).toEqual([['delete', 'x', true], ['delete', 'y', true]]);
    const kept = planOne(spec(), [desired({ name: 'keep' })], lives);
    expect(kept.changes).toEqual([]);
    expect(kept.unmanaged.map((h) => h.key)).toEqual(['x', 'y']);
  });
});
