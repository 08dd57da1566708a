import { describe, expect, it } from 'vitest';
import { OverBudget, RateLimiter, type LimitWait } from '../../src/http/limiter.js';
import { fakeClock } from '../helpers/clock.js';

const BUDGET = 120_000;
const quota = (remaining: number, limit: number, resetInS: number, nowMs: number) => ({
  'x-ratelimit-limit': String(limit),
  'x-ratelimit-remaining': String(remaining),
  'x-ratelimit-reset': String(Math.round(nowMs / 1000) + resetInS),
});

describe('RateLimiter', () => {
  it('sends freely while requests are left, and waits until reset when they run out', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    let { ticket } = await limiter.acquire(BUDGET);
    limiter.settle(ticket, 200, quota(5, 10, 30, clock.now()));
    for (let i = 0; i < 4; i++) {
      ({ ticket } = await limiter.acquire(BUDGET));
      limiter.settle(ticket, 200, quota(4 - i, 10, 30, clock.now()));
    }
    // remaining is 1 now: the reserve is kept, so the next request waits for the reset.
    expect(clock.sleeps).toEqual([]);
    const waits: LimitWait[] = [];
    await limiter.acquire(BUDGET, (w) => waits.push(w));
    expect(clock.sleeps).toEqual([30_000]);
    expect(waits).toEqual([{ ms: 30_000, kind: 'pace', reason: '1 of 10 requests left' }]);
  });

  it('counts requests still in flight against what the last answer said', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    const first = await limiter.acquire(BUDGET);
    limiter.settle(first.ticket, 200, quota(4, 10, 10, clock.now()));
    // Two go out before any answer: 4 − 2 in flight leaves 2, then 1 (the reserve).
    await limiter.acquire(BUDGET);
    await limiter.acquire(BUDGET);
    await limiter.acquire(BUDGET);
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire(BUDGET);
    expect(clock.sleeps).toEqual([10_000]);
  });

  it('paces at the measured refill of a token bucket instead of waiting for it to be full', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, tokenBucket: true });
    // A bucket of 10 refilling 2 a second, answered at 1 s apart while draining it.
    let tokens = 10;
    let last = clock.now();
    for (let i = 0; i < 30; i++) {
      const { ticket } = await limiter.acquire(BUDGET);
      tokens = Math.min(10, tokens + ((clock.now() - last) / 1000) * 2);
      last = clock.now();
      expect(tokens).toBeGreaterThanOrEqual(1); // never refused
      tokens -= 1;
      const missing = 10 - tokens;
      limiter.settle(ticket, 200, { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': String(Math.floor(tokens)), 'x-ratelimit-reset': String(Math.ceil((clock.now() + (missing / 2) * 1000) / 1000)) });
    }
    // 30 requests: 9 from the bucket (one kept in reserve), 21 at 2 a second: about 10.5 s. Waiting
    // for a full bucket each time would take about 5 s per 9 requests instead.
    expect(clock.elapsed()).toBeGreaterThanOrEqual(10_000);
    expect(clock.elapsed()).toBeLessThanOrEqual(12_500);
  });

  it('keeps to a stated limit in any window of its length', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, policy: { requests: 3, perMs: 1000 } });
    const sentAt: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { ticket } = await limiter.acquire(BUDGET);
      sentAt.push(clock.elapsed());
      limiter.settle(ticket, 200, {});
    }
    for (let i = 3; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 3]!).toBeGreaterThan(1000);
    expect(limiter.stats.throttled).toBe(0);
  });

  it('obeys Retry-After as given, in both forms, with no cap', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    let { ticket } = await limiter.acquire(BUDGET);
    limiter.settle(ticket, 429, { 'retry-after': '90' });
    ({ ticket } = await limiter.acquire(BUDGET));
    limiter.settle(ticket, 429, { 'retry-after': new Date(clock.now() + 7000).toUTCString() });
    await limiter.acquire(BUDGET);
    expect(clock.sleeps).toEqual([90_000, 7000]);
    expect(limiter.stats.throttled).toBe(2);
  });

  it('fails, having sent nothing, when the wait needed is longer than the budget', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    const { ticket } = await limiter.acquire(BUDGET);
    limiter.settle(ticket, 429, { 'retry-after': '3600' });
    const err = await limiter.acquire(BUDGET).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OverBudget);
    expect((err as OverBudget).wait).toEqual({ ms: 3_600_000, kind: 'pause', reason: 'the API asked to wait 60m (Retry-After)' });
    expect(clock.sleeps).toEqual([]);
  });

  it('learns a silent fixed window from its 429s: one per window, then none', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    // The vendor: 5 requests per 1 s window that opens with the first request, no headers.
    let window = { start: -Infinity, count: 0 };
    const statuses: number[] = [];
    const windowsWith429 = new Set<number>();
    for (let done = 0; done < 23; ) {
      const { ticket } = await limiter.acquire(BUDGET);
      if (clock.now() - window.start >= 1000) window = { start: clock.now(), count: 0 };
      window.count++;
      const status = window.count > 5 ? 429 : 200;
      if (status === 429) windowsWith429.add(window.start);
      else done++;
      statuses.push(status);
      limiter.settle(ticket, status, {});
    }
    const refusals = statuses.filter((s) => s === 429).length;
    expect(refusals).toBe(windowsWith429.size); // never two in one window
    expect(refusals).toBe(2); // the first window teaches its length, the second its count
    expect(limiter.describe()).toBe('5 requests per 1s (learned from 429s)');
  });

  it('lets requests through in the order they asked', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, policy: { requests: 1, perMs: 100 } });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map(async (n) => {
      const { ticket } = await limiter.acquire(BUDGET);
      order.push(n);
      limiter.settle(ticket, 200, {});
    }));
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
