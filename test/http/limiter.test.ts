import { describe, expect, it } from 'vitest';
import { OverBudget, RateLimiter, type LimitWait } from '../../src/http/limiter.js';
import { fakeClock } from '../helpers/clock.js';

const MAX_SILENT_STEP_MS = 60_000;
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

  it('learns a silent fixed window from walls that hold across a probe: at most two 429s a window while learning, then none', async () => {
    for (const r of [0, 0.5, 1]) {
      const clock = fakeClock();
      const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, random: () => r });
      // The vendor: 5 requests per 1 s window that opens with the first request, no headers.
      let window = { start: -Infinity, count: 0 };
      const perWindow = new Map<number, number>();
      const statuses: number[] = [];
      for (let done = 0; done < 40; ) {
        const { ticket } = await limiter.acquire(BUDGET);
        if (clock.now() - window.start >= 1000) window = { start: clock.now(), count: 0 };
        window.count++;
        const status = window.count > 5 ? 429 : 200;
        if (status === 429) perWindow.set(window.start, (perWindow.get(window.start) ?? 0) + 1);
        else done++;
        statuses.push(status);
        limiter.settle(ticket, status, {});
      }
      // A lone 429 is not believed: the probe after it must be refused too, and a count is
      // learned only when two walls in a row come after it (windows two and three); after that,
      // no refusal at all.
      expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(2);
      expect(statuses.filter((s) => s === 429)).toHaveLength(6);
      expect(statuses.slice(statuses.lastIndexOf(429) + 1).length).toBeGreaterThanOrEqual(20);
      expect(limiter.describe()).toBe('5 requests per 1s (learned from 429s)');
    }
  });

  it('takes random bare 429s for blips: short jittered pauses, never a long window, and no count learned from one', async () => {
    const clock = fakeClock();
    const generator = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const vendor = generator(7);
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, random: generator(11) });
    // No limit at all, but one answer in five is a bare 429, at random.
    for (let i = 0; i < 2000; i++) {
      const { ticket } = await limiter.acquire(BUDGET);
      limiter.settle(ticket, vendor() < 0.2 ? 429 : 200, {});
    }
    expect(Math.max(0, ...clock.sleeps)).toBeLessThanOrEqual(MAX_SILENT_STEP_MS);
    // Two thousand requests, about four hundred of them refused: minutes, not the hours of a sulk.
    expect(clock.elapsed()).toBeLessThan(8 * 60_000);
    // Whatever count it may hold at the end is not a collapse to a crawl.
    const learned = /^(\d+) requests per (\d+)s/.exec(limiter.describe() ?? '');
    if (learned) expect(Number(learned[1]) / Number(learned[2])).toBeGreaterThanOrEqual(2);
  });

  it('keeps a stated limit as stated whatever bare 429s say', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, policy: { requests: 100, perMs: 60_000 }, random: () => 0.5 });
    for (let i = 0; i < 50; i++) {
      const { ticket } = await limiter.acquire(BUDGET);
      limiter.settle(ticket, i % 5 === 4 || i % 5 === 3 ? 429 : 200, {});
    }
    expect(limiter.describe()).toBe('100 requests per 1m (rateLimit in hooks.yaml)');
  });

  it('does not wait for a reset in the year 5138', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep });
    const far = String(Math.floor(Date.parse('5138-01-01T00:00:00Z') / 1000));
    for (let i = 0; i < 3; i++) {
      const { ticket } = await limiter.acquire(BUDGET);
      limiter.settle(ticket, 200, { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': far });
    }
    expect(Math.max(0, ...clock.sleeps)).toBeLessThanOrEqual(1000);
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
