import { describe, expect, it } from 'vitest';
import { readSavedPlan, SAVED_PLAN_VERSION, type SavedPlan } from '../../src/plan-file/format.js';
import { Hasher } from '../../src/plan-file/hasher.js';
import { movedSince, touchedIds } from '../../src/plan-file/inputs.js';

const saved = (over: Partial<SavedPlan> = {}): SavedPlan => ({
  hooksync_saved_plan: SAVED_PLAN_VERSION,
  created: '2026-12-01T00:00:00.000Z',
  hooksync: '0.1.0',
  config_file: 'hooks.yaml',
  options: { targets: [], prune: false, allowSecretLoss: false, maxDeletes: 10 },
  salt: 'c2FsdA==',
  config: { '["version"]': 1 },
  targets: [{ target: 't', live: { '1': 'fp1' } }],
  plan: { targets: [] },
  ...over,
});

describe('the saved plan file', () => {
  it('reads a whole saved plan and refuses anything else with what to do', () => {
    expect(readSavedPlan('p.json', JSON.stringify(saved())).config_file).toBe('hooks.yaml');
    expect(() => readSavedPlan('p.json', '{"hooksync_saved_plan": 1,')).toThrow('p.json is not a saved plan: it is not whole JSON (truncated or edited?)');
    expect(() => readSavedPlan('p.json', '{"format_version": "1"}')).toThrow('p.json is not a hooksync saved plan');
    expect(() => readSavedPlan('p.json', JSON.stringify(saved({ hooksync_saved_plan: 99 })))).toThrow('p.json is a saved plan of format 99');
    expect(() => readSavedPlan('p.json', JSON.stringify({ ...saved(), salt: undefined }))).toThrow('p.json is a damaged saved plan');
  });

  it('says what moved: a file value, a secret (without showing it), and each live hook', () => {
    const now = { config: { '["version"]': 2, '["targets","t","auth","token"]': { hash: 'h2' } }, targets: [{ target: 't', live: { '1': 'fp-changed', '2': 'fp2' } }] };
    const before = { ...saved(), config: { '["version"]': 1, '["targets","t","auth","token"]': { hash: 'h1' } } };
    expect(movedSince(before, now)).toEqual([
      'the file changed at version',
      "the file changed at targets.t.auth.token (a secret value or a variable's value)",
      'target t: hook 1 changed since the plan was made',
      'target t: hook 2 appeared with a key the file manages',
    ]);
    expect(movedSince(saved(), { config: saved().config, targets: saved().targets })).toEqual([]);
  });

  it('reads the touched ids from the JSON plan, and hashes a value once per run with its salt', () => {
    expect(touchedIds({ targets: [{ target: 't', changes: [{ id: '1' }, { key: 'new' }] }] })).toEqual(new Map([['t', new Set(['1'])]]));
    const a = new Hasher('salt-a');
    expect(a.hash('v')).toBe(a.hash('v'));
    expect(new Hasher('salt-b').hash('v')).not.toBe(a.hash('v'));
  });
});
