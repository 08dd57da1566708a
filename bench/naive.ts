/**
 * The baseline the rate-limit benchmark compares against: what a fixed-throttle tool does (the
 * Auth0 Deploy CLI's approach). A fixed number of requests in flight, every matched hook PATCHed
 * whether or not it changed, rate-limit headers ignored, and a 429 retried with p-retry's
 * defaults (10 retries, 1 s doubling, no jitter). Used only by bench/, never by hooksync.
 */
import pRetry, { AbortError } from 'p-retry';
import { Pool } from 'undici';

export interface NaiveTarget {
  readonly endpoint: string;
  readonly token: () => Promise<string>;
  /** Every live hook: the list requests it took. */
  readonly list: (get: (path: string) => Promise<unknown>) => Promise<{ id: string; body: Record<string, unknown> }[]>;
  readonly hookPath: (id: string) => string;
}

export async function naiveApply(target: NaiveTarget, concurrency: number): Promise<void> {
  const pool = new Pool(target.endpoint, { connections: concurrency });
  const token = await target.token();
  const send = (method: 'GET' | 'PATCH', path: string, body?: unknown) =>
    pRetry(async () => {
      const res = await pool.request({ method, path, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.body.text();
      if (res.statusCode === 429) throw new Error('429');
      if (res.statusCode >= 300) throw new AbortError(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
      return text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as unknown) : undefined;
    });
  try {
    const hooks = await target.list((path) => send('GET', path));
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < hooks.length) {
          const hook = hooks[next++]!;
          await send('PATCH', target.hookPath(hook.id), hook.body);
        }
      }),
    );
  } finally {
    await pool.close();
  }
}
