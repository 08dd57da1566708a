/**
 * GitHub's two rate limits, as the emulator keeps them: the primary quota, a fixed window per
 * token shown in x-ratelimit-* on every answer and refused with 403 (or 429) when spent, and
 * the secondary limit on content-creating requests (80 a minute), with or without retry-after,
 * and optionally writes closer than a second apart.
 */
import { FixedWindow } from '../../sandbox/fixed-window.js';
import type { EmulatorAnswer } from '../../sandbox/server.js';
import { message } from './emulator-rules.js';

export interface GithubLimitOptions {
  /** The primary quota per window (GitHub: 5,000 an hour for a user token). */
  readonly primary?: { readonly limit: number; readonly windowMs: number };
  /** Status when the primary quota is spent: GitHub answers 403 or 429 [unsure which when]. */
  readonly exhaustedStatus?: 403 | 429;
  /**
   * Secondary limits: content-creating requests (POSTs) per minute (GitHub: 80), whether its
   * refusal carries retry-after [unsure], its status, and, when set, the least time between two
   * writes before GitHub takes them for abuse (strict reading of "at least one second apart").
   */
  readonly secondary?: { readonly createsPerMinute?: number; readonly retryAfter?: boolean | number; readonly status?: 403 | 429; readonly minWriteGapMs?: number };
}

export class GithubLimits {
  /** Refusals it answered for each limit, for tests and the benchmark. */
  readonly refusals = { primary: 0, secondary: 0 };
  private readonly primaryWindow: FixedWindow;
  private creates: number[] = [];
  private lastWrite = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly options: GithubLimitOptions,
    private readonly now: () => number,
  ) {
    const { limit, windowMs } = options.primary ?? { limit: 5000, windowMs: 3_600_000 };
    this.primaryWindow = new FixedWindow(() => ({ requests: limit, windowMs }), now);
  }

  /** The primary quota's headers, on every answer. */
  headers(): Record<string, string> {
    const { used, remaining, resetAt } = this.primaryWindow.state();
    return {
      'x-ratelimit-limit': String(used + remaining),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
      'x-ratelimit-resource': 'core',
    };
  }

  /** The primary quota counts every authenticated request, refused or not. */
  spendPrimary(): EmulatorAnswer | undefined {
    if (this.primaryWindow.take()) return undefined;
    this.refusals.primary++;
    return message(this.options.exhaustedStatus ?? 403, 'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID.', {}, { 'x-ratelimit-remaining': '0' });
  }

  /** A write's secondary limit; `creates`: it creates content (a POST of a new hook). */
  secondary(creates: boolean): EmulatorAnswer | undefined {
    const s = this.options.secondary ?? {};
    const now = this.now();
    this.creates = this.creates.filter((t) => now - t < 60_000);
    const tooClose = s.minWriteGapMs !== undefined && now - this.lastWrite < s.minWriteGapMs;
    const tooMany = creates && this.creates.length >= (s.createsPerMinute ?? 80);
    this.lastWrite = now;
    if (!tooClose && !tooMany) return undefined;
    this.refusals.secondary++;
    return message(s.status ?? 403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.', {}, s.retryAfter ? { 'retry-after': String(s.retryAfter === true ? 60 : s.retryAfter) } : {});
  }

  /** A hook was created: it counts against the secondary limit's minute. */
  created(): void {
    this.creates.push(this.now());
  }
}
