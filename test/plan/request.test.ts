import { describe, expect, it } from 'vitest';
import { WRITE_ONLY } from '../../src/core/spec.js';
import { diffFields } from '../../src/plan/diff.js';
import { createBody, mergeDeep, updateRequest, withoutStandIns } from '../../src/plan/request.js';
import { spec } from './builders.js';

const request = (s: ReturnType<typeof spec>, want: Record<string, unknown>, have: Record<string, unknown>) => updateRequest(s, want, have, diffFields(s, want, have, []));

describe('request bodies', () => {
  it('creates with what the file writes, nulls and remove-only objects left out', () => {
    expect(createBody({ name: 'a', description: null, config: { headers: { X: null } } })).toEqual({ name: 'a' });
  });

  it('updates with only the top-level fields that changed', () => {
    expect(request(spec(), { name: 'a', enabled: false, events: ['x'] }, { name: 'a', enabled: true, events: ['x'] })).toEqual({ body: { enabled: false }, writeOnly: {} });
  });

  it('sends an object the API replaces whole as the live object merged with the file, never a stand-in', () => {
    const s = spec({ wholeObjectFields: ['config'] });
    const { body } = request(s, { config: { url: 'u2', headers: { B: null } } }, { config: { url: 'u1', retries: 3, headers: { A: '1', B: '2' }, token: WRITE_ONLY } });
    expect(body).toEqual({ config: { url: 'u2', retries: 3, headers: { A: '1' } } });
  });

  it('sends an object the API patches key by key as the changed keys alone, null for a removed one', () => {
    const s = spec({ keyPatchFields: ['config'] });
    const { body } = request(s, { config: { url: 'u2', content_type: null } }, { config: { url: 'u1', content_type: 'json', secret: WRITE_ONLY } });
    expect(body).toEqual({ config: { url: 'u2', content_type: null } });
  });

  it('carries a write-only map apart from the body, as names to set (with values) and to remove', () => {
    const s = spec({ writeOnlyFields: ['secrets'] });
    const r = request(s, { secrets: { NEW: 'value', OLD: null } }, { secrets: { OLD: WRITE_ONLY, KEEP: WRITE_ONLY } });
    expect(r).toEqual({ body: {}, writeOnly: { secrets: { set: { NEW: 'value' }, remove: ['OLD'] } } });
  });

  it('merges deeply, null deleting a key, and strips stand-ins at any depth', () => {
    expect(mergeDeep({ a: { b: 1, c: 2 }, d: 3 }, { a: { c: null, e: 4 } })).toEqual({ a: { b: 1, e: 4 }, d: 3 });
    expect(withoutStandIns({ a: WRITE_ONLY, b: [{ c: WRITE_ONLY, d: 1 }] })).toEqual({ b: [{ d: 1 }] });
  });
});
