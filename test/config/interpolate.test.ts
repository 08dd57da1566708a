import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/config/interpolate.js';
import { Redactor } from '../../src/core/redact.js';

describe('interpolate', () => {
  it('substitutes variables and defaults, treating an empty variable with a default as unset', () => {
    const r = interpolate({ a: '${A}', b: 'x-${B:-dflt}-y', c: '${C:-dflt}', n: 3 }, { A: 'alpha', C: '' });
    expect(r.value).toEqual({ a: 'alpha', b: 'x-dflt-y', c: 'dflt', n: 3 });
    expect(r.fromVariables).toEqual([['a'], ['b'], ['c']]);
  });

  it('returns only values that came from the environment as secrets', () => {
    const r = interpolate({ a: 'Bearer ${TOKEN}', b: '${ON:-true}' }, { TOKEN: 'tok-abc' });
    expect(r.secretValues).toEqual([{ value: 'tok-abc', path: ['a'] }, { value: 'Bearer tok-abc', path: ['a'] }]);
  });

  it('keeps $${ as a literal ${ and reports every missing and malformed reference', () => {
    const r = interpolate({ lit: '$${NOT_A_VAR}', list: ['${M1}', '${M2}'], bad: '${9X} ${' }, {});
    expect((r.value as { lit: string }).lit).toBe('${NOT_A_VAR}');
    expect(r.missing).toEqual([{ name: 'M1', path: ['list', 0] }, { name: 'M2', path: ['list', 1] }]);
    expect(r.malformed.map((m) => m.text)).toEqual(['${9X}', '${ without a closing }']);
  });
});

describe('Redactor', () => {
  it('masks registered secrets, longest first, and leaves short or plain scalar values alone', () => {
    const r = new Redactor();
    ['abcd', 'abcdef', 'no', 'true', '300'].forEach((v) => r.add(v));
    expect(r.redact('abcdef abcd no true 300')).toBe('(sensitive value) (sensitive value) no true 300');
  });
});
