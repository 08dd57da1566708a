/**
 * A write that must never happen twice, sent to a vendor whose answers may be lost (a dropped
 * connection, a 5xx: the server may have acted). After a lost answer the vendor is looked at
 * before anything is sent again, so a flaky API never gets a duplicate. Used for hook creates
 * (apply/execute.ts) and Auth0 secret creates.
 */
import { answerLost } from '../core/errors.js';

/**
 * Tries at most. Each after the first follows a look at the vendor, so more tries cost reads,
 * never a duplicate; against a vendor that fails four requests in ten, five leave about one write
 * in a hundred for the next run.
 */
export const LOST_ANSWER_TRIES = 5;

export interface Sent<T> {
  readonly value: T;
  /** How many times it was sent. */
  readonly tries: number;
  /** The lost answer after which the look showed the write was done (it was not sent again). */
  readonly settledAfter?: Error;
}

/**
 * `send`, and after each lost answer `look`: a value means the write is done (nothing is sent
 * again); undefined means it was not, and it is sent again, up to LOST_ANSWER_TRIES. Any other
 * failure, and the last lost answer, are thrown.
 */
export async function sendOnce<T>(send: () => Promise<T>, look: () => Promise<T | undefined>): Promise<Sent<T>> {
  for (let tries = 1; ; tries++) {
    try {
      return { value: await send(), tries };
    } catch (e) {
      if (!answerLost(e)) throw e;
      const done = await look();
      if (done !== undefined) return { value: done, tries, settledAfter: e as Error };
      if (tries >= LOST_ANSWER_TRIES) throw e;
    }
  }
}
