/**
 * A window limit kept to: never more than `requests` in any `perMs`, which no fixed or sliding
 * window of that size refuses. The limit is stated (hooks.yaml `rateLimit`) or learned from bare
 * 429s (silent-walls.ts); a stated one is never changed. A request counts from its answer, the
 * latest the server can have seen it, so the trip's length never lets two windows' worth land
 * in one.
 */
import { formatDuration } from '../core/duration.js';
import type { RateLimitPolicy } from '../core/model.js';
import type { LimitWait, Sent } from './waits.js';

export class WindowPace {
  private policy: RateLimitPolicy | undefined;
  private source: 'stated' | 'learned' | undefined;
  /** The latest requests sent, oldest first: enough to find the one `requests` back. */
  private readonly sends: Sent[] = [];

  constructor(stated: RateLimitPolicy | undefined) {
    if (stated) {
      this.policy = stated;
      this.source = 'stated';
    }
  }

  get stated(): boolean {
    return this.source === 'stated';
  }

  /** The learned limit, if one is in force (a stated one hides it). */
  get learned(): RateLimitPolicy | undefined {
    return this.source === 'learned' ? this.policy : undefined;
  }

  describe(): string | undefined {
    if (!this.policy) return undefined;
    return `${this.policy.requests} requests per ${formatDuration(this.policy.perMs)} (${this.source === 'stated' ? 'rateLimit in hooks.yaml' : 'learned from 429s'})`;
  }

  learn(policy: RateLimitPolicy): void {
    if (this.source === 'stated') return;
    this.policy = policy;
    this.source = 'learned';
  }

  forget(): void {
    if (this.source !== 'learned') return;
    this.policy = undefined;
    this.source = undefined;
  }

  /** Requests counted (by answer, or by send while in flight) since `since`. */
  countSince(since: number): number {
    return this.sends.filter((x) => x.at >= since).length;
  }

  sent(sent: Sent): void {
    this.sends.push(sent);
    const keep = Math.max(this.policy?.requests ?? 0, 1);
    if (this.sends.length > keep * 2) this.sends.splice(0, this.sends.length - keep);
  }

  delay(now: number): LimitWait | 'answer' | undefined {
    if (!this.policy || this.sends.length < this.policy.requests) return undefined;
    const { requests, perMs } = this.policy;
    const nth = this.sends[this.sends.length - requests]!;
    if (!nth.answered) return 'answer';
    const free = nth.at + perMs + margin(perMs);
    return free > now ? { ms: free - now, kind: 'pace', reason: `keeping to ${this.describe()}` } : undefined;
  }
}

/** Slack for the trip to the server: its window starts when our first request arrives. */
const margin = (perMs: number): number => Math.max(25, Math.round(perMs * 0.01));
