/** The diff's shortcut for unchanged hooks must never hide a change: edge cases, both ways. */
import { describe, expect, it } from 'vitest';
import { diffFields } from '../../src/plan/diff.js';
import { logtoSpec } from '../../src/providers/logto/spec.js';

const diff = (desired: Record<string, unknown>, live: Record<string, unknown>) => diffFields(logtoSpec, desired, live, []).map((c) => `${c.path.join('.')}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`);

describe('diffFields', () => {
  it('sees no change where there is none', () => {
    expect(diff({ events: ['B', 'A', 'A'], config: { url: 'u', headers: { X: null } } }, { events: ['A', 'B'], config: { url: 'u', retries: 3 } })).toEqual([]);
  });

  it('sees every kind of change', () => {
    expect(diff({ events: ['A'] }, { events: ['A', 'B'] })).toEqual(['events: ["A","B"] -> ["A"]']);
    expect(diff({ config: { headers: { X: null } } }, { config: { headers: { X: 'v' } } })).toEqual(['config.headers.X: "v" -> undefined']);
    expect(diff({ config: { url: 'u' } }, { config: 'u' })).toEqual(['config: "u" -> undefined', 'config.url: undefined -> "u"']);
    expect(diff({ enabled: false }, {})).toEqual(['enabled: undefined -> false']);
    expect(diff({ config: { url: 'u' } }, { config: { url: 'v' } })).toEqual(['config.url: "v" -> "u"']);
  });
});
