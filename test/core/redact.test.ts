import { describe, expect, it } from 'vitest';
import { MASK, Redactor } from '../../src/core/redact.js';

describe('the redactor', () => {
  const secret = 'a/b+c=d é😀';
  const r = new Redactor();
  r.add(secret);

  it.each([
    ['as is', secret],
    ['inside a JSON string', JSON.stringify(secret).slice(1, -1)],
    ['with JSON\'s \\/ for a slash', 'a\\/b+c=d é😀'],
    ['with every other character as \\uXXXX, lower-case hex', 'a\\u002fb\\u002bc\\u003dd\\u0020\\u00e9\\ud83d\\ude00'],
    ['with every other character as \\uXXXX, upper-case hex', 'a\\u002Fb\\u002Bc\\u003Dd\\u0020\\u00E9\\uD83D\\uDE00'],
    ['percent-encoded', encodeURIComponent(secret)],
    ['percent-encoded with lower-case hex', encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['form-encoded with lower-case hex', new URLSearchParams({ v: secret }).toString().slice(2).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
  ])('masks a secret echoed %s', (_, form) => {
    const echoed = `{"error":"bad value ${form} here"}`;
    expect(r.redact(echoed)).toBe(`{"error":"bad value ${MASK} here"}`);
  });

  it('leaves short and plain values alone', () => {
    const plain = new Redactor();
    ['on', 'true', '300'].forEach((v) => plain.add(v));
    expect(plain.redact('on true 300')).toBe('on true 300');
  });
});
