/**
 * undici's Pool and its `request`, loaded on their own. undici's index also loads its fetch,
 * WebSocket, cache and mock agents, some 960 KB that cost a CLI start about 70 ms, and hooksync
 * uses only these two. They are the very modules undici's index wires together (it copies
 * `request` onto every dispatcher); test/http/pool.test.ts holds them equal, so an upgrade that
 * moves them fails a test, not a user.
 */
import type { Dispatcher, Pool as UndiciPool } from 'undici';
import PoolModule from 'undici/lib/dispatcher/pool.js';
import requestModule from 'undici/lib/api/api-request.js';

export const Pool = PoolModule as unknown as typeof UndiciPool;
export type Pool = UndiciPool;

const request = requestModule as unknown as (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;

/** `pool.request(options)`, without undici's index having put `request` on the pool's prototype. */
export function requestOn(pool: Pool, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  return request.call(pool, options);
}

/** For the test that holds this module to undici's own wiring. */
export const requestFunction: unknown = requestModule;
