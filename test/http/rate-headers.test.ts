import { describe, expect, it } from 'vitest';
import { readRateSignal, resetToEpochMs } from '../../src/http/rate-headers.js';
import { parseRetryAfter } from '../../src/http/retry-after.js';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('rate-limit headers', () => {
  it('reads X-RateLimit-Reset as epoch seconds, epoch milliseconds or seconds from now', () => {
    expect(resetToEpochMs(NOW / 1000 + 30, NOW)).toBe(NOW + 30_000);
    expect(resetToEpochMs(NOW + 30_000, NOW)).toBe(NOW + 30_000);
    expect(resetToEpochMs(30, NOW)).toBe(NOW + 30_000);
    expect(readRateSignal({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': String(NOW / 1000 + 2) }, NOW)).toEqual({ limit: 10, remaining: 3, resetAt: NOW + 2000 });
    expect(readRateSignal({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' }, NOW)).toEqual({ limit: undefined, remaining: 0, resetAt: NOW + 60_000 });
  });

  it('reads the IETF RateLimit fields of drafts 08+, 07 and up to 06', () => {
    // Two policies: the one with fewer requests left is the one that binds.
    expect(readRateSignal({ ratelimit: '"burst";r=40;t=1, "day";r=5;t=3600', 'ratelimit-policy': '"burst";q=100;w=1, "day";q=1000;w=86400' }, NOW)).toEqual({ remaining: 5, limit: 1000, resetAt: NOW + 3_600_000, windowMs: 86_400_000 });
    expect(readRateSignal({ ratelimit: 'limit=100, remaining=7, reset=30', 'ratelimit-policy': '100;w=60' }, NOW)).toEqual({ remaining: 7, limit: 100, resetAt: NOW + 30_000, windowMs: 60_000 });
    expect(readRateSignal({ 'ratelimit-limit': '100', 'ratelimit-remaining': '9', 'ratelimit-reset': '12' }, NOW)).toEqual({ remaining: 9, limit: 100, resetAt: NOW + 12_000 });
  });

  it('finds nothing in an answer without them, or with values that are not numbers', () => {
    expect(readRateSignal({ 'content-type': 'text/html' }, NOW)).toBeUndefined();
    expect(readRateSignal({ 'x-ratelimit-remaining': 'lots' }, NOW)).toBeUndefined();
    expect(readRateSignal({ ratelimit: 'nonsense' }, NOW)).toBeUndefined();
  });

  it('reads Retry-After in both forms, and never in the past', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
    expect(parseRetryAfter(new Date(NOW - 7000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});
