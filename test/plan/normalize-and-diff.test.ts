import { describe, expect, it } from 'vitest';
import { WRITE_ONLY } from '../../src/core/spec.js';
import { diffFields, jsonEqual, normalizeSets, onlyRemoves, project, withoutNulls } from '../../src/plan/diff.js';
import { spec } from './builders.js';

describe('normalising before comparing', () => {
  it('sorts and deduplicates set fields, strings and objects alike, and leaves other lists alone', () => {
    const s = spec({ setFields: ['events', 'rules'] });
    expect(normalizeSets(s, { events: ['b', 'a', 'b'], rules: [{ x: 2 }, { x: 1 }, { x: 2 }], order: ['b', 'a'] })).toEqual({ events: ['a', 'b'], rules: [{ x: 1 }, { x: 2 }], order: ['b', 'a'] });
  });

  it('projects the live value onto the keys the file names, recursively', () => {
    expect(project({ a: 1, b: { c: 2, d: 3 }, e: 4 }, { b: { c: 0 }, a: 0 })).toEqual({ a: 1, b: { c: 2 } });
  });

  it('drops null leaves and objects that only remove keys, copying only when needed', () => {
    const clean = { a: 1 };
    expect(withoutNulls(clean)).toBe(clean);
    expect(withoutNulls({ a: null, b: { c: null }, d: { e: 1, f: null } })).toEqual({ d: { e: 1 } });
    expect(onlyRemoves({ x: null, y: { z: null } })).toBe(true);
    expect(onlyRemoves({})).toBe(false);
  });

  it('compares JSON values by content, arrays by order', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

describe('the field diff', () => {
  it('is empty when only fields the file does not write differ, and when sets differ only in order', () => {
    expect(diffFields(spec(), { name: 'a', events: ['y', 'x'] }, { name: 'a', events: ['x', 'y'], extra: 1 }, [])).toEqual([]);
  });

  it('splits a changed object into its leaves and folds a changed set into one change', () => {
    const changes = diffFields(spec(), { config: { url: 'u2', headers: { A: '1' } }, events: ['x', 'z'] }, { config: { url: 'u1', headers: { A: '1', B: '2' } }, events: ['x'] }, []);
    expect(changes).toEqual([
      { path: ['config', 'url'], before: 'u1', after: 'u2', sensitive: false },
      { path: ['events'], before: ['x'], after: ['x', 'z'], sensitive: false },
    ]);
  });

  it('reads null in the file as a removal, and a removal of nothing as no change', () => {
    expect(diffFields(spec(), { description: null, other: null }, { description: 'd' }, [])).toEqual([{ path: ['description'], before: 'd', sensitive: false }]);
  });

  it('marks a change sensitive where a variable made the value or the spec says the path is secret', () => {
    const s = spec({ sensitivePatterns: [['config', 'headers', '*']] });
    const changes = diffFields(s, { url: 'https://new', config: { headers: { Auth: 'b' } } }, { url: 'https://old', config: { headers: { Auth: 'a' } } }, [['url']]);
    expect(changes.map((c) => [c.path.join('.'), c.sensitive])).toEqual([['config.headers.Auth', true], ['url', true]]);
  });

  it('compares a write-only map by its names only, and a write-only value by presence only', () => {
    const s = spec({ writeOnlyFields: ['secrets'], writeOnlyPaths: [['config', 'secret']] });
    const live = { secrets: { A: WRITE_ONLY }, config: { secret: WRITE_ONLY } };
    expect(diffFields(s, { secrets: { A: 'new value' }, config: { secret: 'another' } }, live, [])).toEqual([]);
    expect(diffFields(s, { secrets: { A: 'v', B: 'w' }, config: { secret: null } }, live, []).map((c) => c.path.join('.'))).toEqual(['config.secret', 'secrets.B']);
  });
});
