import { describe, expect, it } from 'vitest';
import { WRITE_ONLY } from '../../src/core/spec.js';
import { detailNeeds } from '../../src/plan/detail.js';
import { desired, live, planOne, problemsOf, spec } from './builders.js';

describe('drafting changes', () => {
  it('refuses to plan a create the vendor needs more for, naming the place and the fields', () => {
    const s = spec({ requiredOnCreate: [['events'], ['config', 'url']] });
    expect(problemsOf(() => planOne(s, [desired({ name: 'a' })], []))).toEqual(['hooks.yaml:3:7 t/a: does not exist yet and Vendor needs events and config.url to create it; add them']);
  });

  it('replaces a hook whose immutable field changes, refusing it when it would lose a write-only value', () => {
    const s = spec({ immutableFields: ['triggerId'], writeOnlyFields: ['secrets'] });
    const lives = [live('1', { name: 'a', triggerId: 'x', secrets: { K: WRITE_ONLY } })];
    const refused = planOne(s, [desired({ name: 'a', triggerId: 'y' })], lives);
    expect(refused.changes[0]).toMatchObject({ action: 'replace', forcedBy: ['triggerId'] });
    expect(refused.changes[0]!.refused).toContain('secrets.K cannot be read back from Vendor');
    const allowed = planOne(s, [desired({ name: 'a', triggerId: 'y' })], lives, {}, { allowSecretLoss: true });
    expect(allowed.changes[0]!.refused).toBeUndefined();
    expect(allowed.changes[0]!.warnings).toEqual(['secrets.K cannot be read back from Vendor, so the new hook would not have it (--allow-secret-loss)']);
  });

  it('never replaces a protected hook, and tells where a pinned id must be rewritten', () => {
    const s = spec({ immutableFields: ['triggerId'] });
    const p = planOne(s, [desired({ name: 'a', triggerId: 'y' }, { pinnedId: '1', protect: true })], [live('1', { name: 'a', triggerId: 'x' })]);
    expect(p.changes[0]!.refused).toContain('it is protected (protect: true at hooks.yaml:3:7)');
    expect(p.changes[0]!.warnings).toEqual(['the file pins id 1 at hooks.yaml:3:7; the new hook gets a new id, which apply prints: write it there']);
  });

  it('warns when a whole object is sent without a hidden value the live hook has', () => {
    const s = spec({ keyField: 'name', wholeObjectFields: ['destination'], writeOnlyPaths: [['destination', 'token']] });
    const p = planOne(s, [desired({ name: 'a', destination: { url: 'u2' } })], [live('1', { name: 'a', destination: { url: 'u1', token: WRITE_ONLY } })]);
    expect(p.changes[0]).toMatchObject({ action: 'update', body: { destination: { url: 'u2' } } });
    expect(p.changes[0]!.warnings?.[0]).toContain('destination.token is not in the file');
  });
});

describe('notes: what the plan cannot see', () => {
  it('names the updated hooks whose write-only values could not be compared, and no other', () => {
    const s = spec({ writeOnlyFields: ['secrets'] });
    const lives = [live('1', { name: 'a', enabled: true, secrets: { K: WRITE_ONLY } }), live('2', { name: 'b', secrets: { K: WRITE_ONLY } })];
    const p = planOne(s, [desired({ name: 'a', enabled: false, secrets: { K: 'v' } }), desired({ name: 'b', secrets: { K: 'v' } })], lives);
    expect(p.notes).toEqual([{ keys: ['a'], text: 'Vendor never shows secrets values, so only their names are compared; a value is sent when its name is new (to change a value, remove the name in one apply and add it back in the next)' }]);
  });

  it('says a hidden single value is compared by presence', () => {
    const s = spec({ keyField: 'name', writeOnlyPaths: [['config', 'secret']] });
    const p = planOne(s, [desired({ name: 'a', active: false, config: { secret: 's' } })], [live('1', { name: 'a', active: true, config: { secret: WRITE_ONLY } })]);
    expect(p.notes[0]!.text).toContain('never shows config.secret, so only whether one is set is compared; it is sent when the live hook has none');
  });
});

describe('which listed hooks need a detail read', () => {
  it('reads a field only for a hook an entry manages that field of, or one about to be replaced', () => {
    const s = spec({ immutableFields: ['triggerId'] });
    const needs = detailNeeds(s, [desired({ name: 'a', secrets: { K: 'v' } }), desired({ name: 'b', triggerId: 'new' }), desired({ name: 'c' })]);
    expect(needs(live('1', { name: 'a' }), 'secrets')).toBe(true);
    expect(needs(live('2', { name: 'b', triggerId: 'old' }), 'secrets')).toBe(true);
    expect(needs(live('3', { name: 'c' }), 'secrets')).toBe(false);
    expect(needs(live('4', { name: 'unmanaged' }), 'secrets')).toBe(false);
  });
});
