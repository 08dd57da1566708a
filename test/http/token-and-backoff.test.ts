import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/http/backoff.js';
import { TokenCache } from '../../src/http/token.js';

describe('TokenCache', () => {
  it('shares one fetch between parallel callers and reuses the token until near expiry', async () => {
    let now = 0;
    let fetches = 0;
    const cache = new TokenCache(async () => ({ value: `t${++fetches}`, expiresInSeconds: 3600 }), () => now);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(['t1', 't1', 't1']);
    now = 3_539_000; // one second before the 60 s margin
    expect(await cache.get()).toBe('t1');
    now = 3_540_000;
    expect(await cache.get()).toBe('t2');
    expect(fetches).toBe(2);
  });

  it('drops a token only when the one refused is the one it holds', async () => {
    let fetches = 0;
    const cache = new TokenCache(async () => ({ value: `t${++fetches}`, expiresInSeconds: 3600 }));
    await cache.get();
    cache.invalidate('someone-elses');
    expect(await cache.get()).toBe('t1');
    cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
  });
});

describe('backoffDelay', () => {
  it('draws from [0, min(cap, base * 2^(attempt-1)))', () => {
    const opts = { baseMs: 100, capMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 0.999999, opts))).toEqual([99, 199, 399, 799, 999]);
    expect([1, 2, 3].map((n) => backoffDelay(n, () => 0, opts))).toEqual([0, 0, 0]);
  });
});
