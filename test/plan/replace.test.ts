import { describe, expect, it } from 'vitest';
import { WRITE_ONLY } from '../../src/core/spec.js';
import { forcesReplacement, replacementBody, replacementLosses } from '../../src/plan/replace.js';
import { spec } from './builders.js';

const s = spec({ immutableFields: ['triggerId', 'destination.type'], writeOnlyFields: ['secrets'] });

describe('replacements', () => {
  it('are forced only by a value the file sets for an immutable field that differs', () => {
    expect(forcesReplacement(s, { triggerId: 'b' }, { triggerId: 'a' })).toBe(true);
    expect(forcesReplacement(s, { triggerId: 'a', name: 'x' }, { triggerId: 'a', name: 'y' })).toBe(false);
    expect(forcesReplacement(s, { destination: { type: 'http' } }, { destination: { type: 'webhook' } })).toBe(true);
    expect(forcesReplacement(s, { triggerId: null }, { triggerId: 'a' })).toBe(false);
  });

  it('create the new hook from the readable live fields and the file, never a write-only value', () => {
    const body = replacementBody(s, { triggerId: 'b' }, { name: 'h', triggerId: 'a', enabled: true, secrets: { A: WRITE_ONLY } });
    expect(body).toEqual({ name: 'h', triggerId: 'b', enabled: true });
  });

  it('take an object holding the forced field from the file alone', () => {
    const body = replacementBody(s, { destination: { type: 'http', url: 'u' } }, { name: 'h', destination: { type: 'webhook', token: WRITE_ONLY, endpoint: 'e' } });
    expect(body).toEqual({ name: 'h', destination: { type: 'http', url: 'u' } });
  });

  it('name what they would lose: write-only names the file gives no value for (null means meant to go)', () => {
    expect(replacementLosses(s, { secrets: { A: 'v', B: null } }, { secrets: { A: WRITE_ONLY, B: WRITE_ONLY, C: WRITE_ONLY } })).toEqual({ lost: ['secrets.C'], unread: [] });
    expect(replacementLosses(s, {}, { name: 'h' })).toEqual({ lost: [], unread: ['secrets'] });
  });
});
