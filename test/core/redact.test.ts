import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodingsOf, MASK, Redactor } from '../../src/core/redact.js';

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

describe('the redactor reads a text once, however many secrets it knows', () => {
  /** Every character any registered form covers, masked, runs of them as one mask. */
  function reference(secrets: readonly string[], text: string): string {
    const covered = new Array<boolean>(text.length).fill(false);
    for (const s of new Set(secrets.flatMap(encodingsOf))) {
      for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) for (let k = at; k < at + s.length; k++) covered[k] = true;
    }
    let out = '';
    for (let k = 0; k < text.length; k++) {
      if (!covered[k]) out += text[k];
      else if (k === 0 || !covered[k - 1]) out += MASK;
    }
    return out;
  }

  it('masks exactly what the secrets cover, overlapping ones included (fast-check)', () => {
    // A small alphabet, so secrets overlap, nest and touch in the text.
    const chunk = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', ' '), minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', ' '), minLength: 4, maxLength: 7 }), { minLength: 1, maxLength: 5 }), fc.array(chunk, { maxLength: 6 }), (secrets, parts) => {
        const text = parts.map((p, i) => `${p}${secrets[i % secrets.length]!}`).join('');
        const r = new Redactor();
        for (const s of secrets) r.add(s);
        expect(r.redact(text)).toBe(reference(secrets, text));
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  it('masks among 10,000 registered signing keys at the cost of one read', () => {
    const r = new Redactor();
    const keys = Array.from({ length: 10_000 }, (_, i) => `key${String(i).padStart(5, '0')}Zq9x`);
    for (const k of keys) r.add(k);
    expect(r.redact(`a ${keys[4321]!} and ${keys[9]!}.`)).toBe(`a ${MASK} and ${MASK}.`);
    expect(r.redact('nothing here')).toBe('nothing here');
  });
});

describe('the form encoding written without URLSearchParams', () => {
  it('is the one URLSearchParams writes (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 4, maxLength: 16 }), (v) => {
        fc.pre(!/^(true|false|null)$/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)); // not secrets, by design
        const r = new Redactor();
        r.add(v);
        const form = new URLSearchParams({ v }).toString().slice(2);
        expect(r.redact(`x=${form}`), v).toBe(`x=${MASK}`);
      }),
      { numRuns: 1000, seed: 20261206 },
    );
  });
});
