import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inShard, parseShard, type Shard } from '../../src/core/shard.js';

describe('shards', () => {
  it('reads K/N and refuses what is not one', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, of: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, of: 1 });
    expect(parseShard('0/4')).toMatch(/K must be from 1 to N/);
    expect(parseShard('5/4')).toMatch(/K must be from 1 to N/);
    expect(parseShard('1/0')).toMatch(/N must be from 1/);
    expect(parseShard('1/257')).toMatch(/N must be from 1 to 256/);
    expect(parseShard('half')).toMatch(/write it as K\/N/);
  });

  it('puts every name in exactly one shard of N, whatever its case', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 12 }), (names, of) => {
        for (const name of names) {
          const shards: Shard[] = Array.from({ length: of }, (_, i) => ({ index: i + 1, of }));
          expect(shards.filter((s) => inShard(name, s))).toHaveLength(1);
          expect(shards.findIndex((s) => inShard(name.toUpperCase(), s))).toBe(shards.findIndex((s) => inShard(name.toLowerCase(), s)));
        }
      }),
    );
  });

  it('spreads an organisation of 1,000 repositories evenly enough over 4 shards', () => {
    const counts = [1, 2, 3, 4].map((index) => Array.from({ length: 1000 }, (_, i) => `acme/svc-${String(i).padStart(4, '0')}`).filter((n) => inShard(n, { index, of: 4 })).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    for (const c of counts) expect(c).toBeGreaterThan(200);
  });
});
