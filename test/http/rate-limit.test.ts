/**
 * The HTTP layer against the emulators' real rate limits, on a clock that moves only when the
 * client sleeps: requests and refusals are counted, and the time is the time the client chose
 * to wait, the same on every run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.js';
import { HttpClient, RateLimitError } from '../../src/http/client.js';
import { RateLimiter } from '../../src/http/limiter.js';
import type { TargetConfig } from '../../src/core/model.js';
import type { Change, Plan } from '../../src/plan/model.js';
import { createAdapter } from '../../src/providers/registry.js';
import { specFor } from '../../src/providers/specs.js';
import { Redactor } from '../../src/core/redact.js';
import { Auth0Emulator } from '../../src/providers/auth0/emulator.js';
import { LogtoEmulator } from '../../src/providers/logto/emulator.js';
import { NursaEmulator } from '../../src/providers/nursa/emulator.js';
import { fakeClock, type FakeClock } from '../helpers/clock.js';

type Emulator = Auth0Emulator | LogtoEmulator | NursaEmulator;
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
});

function targetOf(name: string, provider: TargetConfig['provider'], emulator: Emulator, rateLimit?: TargetConfig['rateLimit']): TargetConfig {
  return { name, provider, endpoint: emulator.url, auth: { clientId: emulator.clientId, clientSecret: emulator.clientSecret }, tokenUrl: undefined, prune: false, rateLimit, hooks: [], position: { file: 'f', line: 1, col: 1 } };
}

function connect(target: TargetConfig, clock: FakeClock, maxWaitMs = 120_000) {
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0.5, maxWaitMs });
  running.push({ stop: () => http.close() });
  const limiter = new RateLimiter({ now: clock.now, sleep: clock.sleep, policy: target.rateLimit, tokenBucket: specFor(target.provider).tokenBucket === true });
  return { adapter: createAdapter(target, { http: http.forTarget(target.name, limiter), redactor: new Redactor() }), limiter };
}

const updatesOf = (target: string, provider: TargetConfig['provider'], changes: Change[]): Plan => ({ targets: [{ target, provider, changes, unchanged: [], unmanaged: [], notes: [] }] });

describe('rate limits', () => {
  it('Auth0: 40 updates through a bucket of 10 refilling 20 a second, with no 429 and near the floor', async () => {
    const clock = fakeClock(undefined, 5);
    const emulator = await new Auth0Emulator({ rateLimit: { burst: 10, perSecond: 20 }, now: clock.now }).start();
    running.push(emulator);
    for (let i = 0; i < 150; i++) emulator.seed({ name: `h${String(i).padStart(3, '0')}`, enabled: false });
    const { adapter } = connect(targetOf('a0', 'auth0', emulator), clock);
    const live = await adapter.list();
    const changes: Change[] = live.slice(0, 40).map((h) => ({ action: 'update', key: h.key, id: h.id, fields: [], body: { script: 'module.exports = () => {};' } }));
    const results = await executePlan(updatesOf('a0', 'auth0', changes), new Map([['a0', adapter]]), { parallelism: 4 });

    expect(results.filter((r) => r.outcome !== "done")).toEqual([]);
    const api = emulator.server.requests({ pathPrefix: '/api/v2/' });
    expect(api.filter((r) => r.status === 429)).toHaveLength(0);
    expect(api).toHaveLength(2 + 40); // two list pages of 100, then one PATCH per change
    // Floor: (requests − burst) / rate = (42 − 10) / 20 s. The client's own waits stay within 10 %.
    const floorMs = ((42 - 10) / 20) * 1000;
    expect(clock.elapsed()).toBeLessThanOrEqual(floorMs * 1.1);
  });

  it('Nursa: a stated limit is kept with no 429; without one, a count seen twice is learned, then no 429', async () => {
    for (const stated of [true, false]) {
      const clock = fakeClock(undefined, 5);
      const emulator = await new NursaEmulator({ rateLimit: { requests: 10, windowMs: 1000 }, now: clock.now }).start();
      running.push(emulator);
      const hooks = Array.from({ length: 35 }, (_, i) => emulator.seed({ url: `https://h${i}.example.com/n` }));
      const { adapter, limiter } = connect(targetOf('n', 'nursa', emulator, stated ? { requests: 10, perMs: 1000 } : undefined), clock);
      await adapter.list();
      const changes: Change[] = hooks.map((h) => ({ action: 'update', key: h.url, id: h.id, fields: [], body: { events: ['facility.creation.accepted'] } }));
      const results = await executePlan(updatesOf('n', 'nursa', changes), new Map([['n', adapter]]), { parallelism: 4 });
      expect(results.filter((r) => r.outcome === 'done')).toHaveLength(35);
      const api = emulator.server.requests({ pathPrefix: '/api/' });
      const refused = api.filter((r) => r.status === 429).length;
      if (stated) {
        expect(refused).toBe(0);
        expect(api).toHaveLength(36);
      } else {
        // A bare 429 is not believed alone: each wall costs the requests in flight when it came
        // (at most --parallelism) and the probe that shows it holds. A count is learned when two
        // walls in a row come after it (windows two and three); after that, none.
        expect(refused).toBeLessThanOrEqual(3 * (4 + 1));
        expect(api.filter((r) => r.status === 200).length).toBe(36);
        expect(limiter.describe()).toBe('10 requests per 1s (learned from 429s)');
      }
      expect(emulator.all().every((h) => h.events[0] === 'facility.creation.accepted')).toBe(true);
    }
  });

  it('a 429 storm with Retry-After ends in success within the budget', async () => {
    const clock = fakeClock();
    const emulator = await new LogtoEmulator().start();
    running.push(emulator);
    for (let i = 0; i < 3; i++) emulator.server.faults.script.push({ fault: { kind: 'rate-limit', retryAfterSeconds: 2 }, path: '/api/hooks' });
    const { adapter } = connect(targetOf('lg', 'logto', emulator), clock);
    expect(await adapter.list()).toEqual([]);
    expect(emulator.server.requests({ pathPrefix: '/api/' }).map((r) => r.status)).toEqual([429, 429, 429, 200]);
    expect(clock.sleeps).toEqual([2000, 2000, 2000]);
  });

  it('a 429 storm that outlasts --max-wait ends in an error naming the target and the time waited', async () => {
    const clock = fakeClock();
    const emulator = await new LogtoEmulator().start();
    running.push(emulator);
    for (let i = 0; i < 10; i++) emulator.server.faults.script.push({ fault: { kind: 'rate-limit', retryAfterSeconds: 100 }, path: '/api/hooks' });
    const { adapter } = connect(targetOf('lg', 'logto', emulator), clock, 250_000);
    const err = await adapter.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as Error).message).toBe(
      'target lg: rate limited: the next request would have to wait 1m40s (the API asked to wait 1m40s (Retry-After)), past the --max-wait budget of 4m10s (3m20s already spent on this request); nothing more was sent for this request. Raise --max-wait or run again later',
    );
    expect(emulator.server.requests({ pathPrefix: '/api/' })).toHaveLength(3);
  });
});
