/** What the limiter's parts say about a request: the wait it needs, and its place once sent. */
import { formatDuration } from '../core/duration.js';

export interface LimitWait {
  readonly ms: number;
  /** `pace`: spacing requests before the limit; `pause`: after a 429 or a Retry-After. */
  readonly kind: 'pace' | 'pause';
  readonly reason: string;
}

/** A request's place: when it went out. */
export interface Ticket {
  readonly sentAt: number;
}

/** The limiter's own record behind a ticket. */
export interface Sent extends Ticket {
  /** Send time, then answer time: the latest the server can have counted the request. */
  at: number;
  answered: boolean;
}

/** The wait the limiter needs is longer than the budget the request has left. */
export class OverBudget extends Error {
  constructor(
    readonly wait: LimitWait,
    readonly waitedMs: number,
  ) {
    super(`needs a wait of ${formatDuration(wait.ms)} (${wait.reason})`);
  }
}
