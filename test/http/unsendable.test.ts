import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/http/client.js';
import { fakeClock } from '../helpers/clock.js';

describe('a request that cannot be sent', () => {
  it('fails once, saying why, and is never retried', async () => {
    let received = 0;
    const server = createServer((_, res) => (received++, res.end('[]')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const clock = fakeClock();
    const client = new HttpClient({ now: clock.now, sleep: clock.sleep });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/hooks`;
      const err = await client.request({ method: 'GET', url, headers: { authorization: 'Bearer tok\r\nX-Injected: 1' } }).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/^the request could not be sent: a header holds a character HTTP forbids/);
      expect((err as Error).message).not.toContain('gave up after');
      expect(clock.sleeps).toEqual([]);
      expect(received).toBe(0);
    } finally {
      await client.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
