import { describe, expect, it } from 'vitest';
import { Dispatcher, Pool as Whole } from 'undici';
import { Pool, requestFunction } from '../../src/http/pool.js';

describe("undici's Pool loaded on its own", () => {
  it('is the class undici exports', () => {
    expect(Pool).toBe(Whole);
  });

  it("sends with the request undici's index gives every dispatcher", () => {
    expect(requestFunction).toBe((Dispatcher.prototype as unknown as { request: unknown }).request);
  });
});
