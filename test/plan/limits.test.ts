import { describe, expect, it } from 'vitest';
import { desired, live, planOne, spec } from './builders.js';

const s = spec({ keyField: 'url', quota: { flag: 'active', limit: 2, needs: 'events', rule: 'at most 2 active subscriptions' } });
const d = (url: string, active: boolean, events = ['x']) => desired({ url, active, events }, { key: url });
const l = (id: string, url: string, active: boolean) => ({ ...live(id, { url, active, events: ['x'] }), key: url });
const outcome = (p: ReturnType<typeof planOne>) => p.changes.map((c) => [c.key, c.refused === undefined ? 'sent' : 'refused']);

describe('a per-tenant quota in the plan', () => {
  it('refuses a switch-on past the limit, counting what stays on, in file order', () => {
    const p = planOne(s, [d('a', true), d('b', true), d('c', true)], [l('1', 'a', true)]);
    expect(outcome(p)).toEqual([['b', 'sent'], ['c', 'refused']]);
    expect(p.changes[1]!.refused).toContain('at most 2 active subscriptions, and 2 would already be active');
  });

  it('lets a switch-off in the same file free a place first', () => {
    const p = planOne(s, [d('a', false), d('b', true), d('c', true)], [l('1', 'a', true), l('2', 'b', true)]);
    expect(outcome(p)).toEqual([['a', 'sent'], ['c', 'sent']]);
  });

  it('refuses a switch-on without the list it needs, whatever the count', () => {
    const p = planOne(s, [d('a', true, [])], []);
    expect(p.changes[0]!.refused).toBe('Vendor refuses active: true without events; add at least one to events, or leave active false');
  });

  it("counts another target's hooks on a shared tenant", () => {
    const p = planOne(s, [desired({ url: 'mine-a', active: true, events: ['x'] }, { key: 'mine-a' })], [l('1', 'theirs-a', true), l('2', 'theirs-b', true)], { owns: 'mine-' });
    expect(outcome(p)).toEqual([['mine-a', 'refused']]);
  });
});
