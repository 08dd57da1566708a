/**
 * An emulator in a process of its own, for benchmarks that run the CLI as a user does: the CLI in
 * one process, the vendor in another, so neither's work or garbage collection is counted as the
 * other's. Started by `startEmulatorProcess` (lib.ts) with what to seed; prints one `READY` line
 * with its URL and credentials, then answers commands on stdin, one line each:
 *   `requests` → `{"get":N,"write":N}` since the last `requests` (and forgets them),
 *   `refusals` → the GitHub emulator's secondary and primary refusals.
 *
 * node build/bench/emulator-process.js logto HOOKS
 * node build/bench/emulator-process.js github-org REPOS HOOKS_PER_REPO DELAY_MS
 * node build/bench/emulator-process.js stripe DELAY_MS
 */
import { createInterface } from 'node:readline';
import { GithubEmulator } from '../src/providers/github/emulator.js';
import { LogtoEmulator } from '../src/providers/logto/emulator.js';
import { StripeEmulator } from '../src/providers/stripe/emulator.js';
import type { EmulatorServer } from '../src/sandbox/server.js';

const [kind, a = '0', b = '0', c = '0'] = process.argv.slice(2);
let server: EmulatorServer;
let ready: Record<string, unknown>;
let refusals: () => unknown = () => ({});

if (kind === 'logto') {
  const emu = await new LogtoEmulator().start();
  for (let i = 0; i < Number(a); i++) {
    emu.seed({ name: `hook-${String(i).padStart(5, '0')}`, events: ['PostRegister'], config: { url: `https://h${i}.example.com/logto` }, enabled: true, createdAt: i });
  }
  server = emu.server;
  ready = { url: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret };
} else if (kind === 'github-org') {
  // GitHub played strictly: writes closer than a second apart and more than 80 creates a
  // minute are refused as secondary limits (403, no retry-after), as a careful reading of its
  // guide allows; the primary quota is large enough not to matter here.
  const emu = await new GithubEmulator({ repositories: [], organizations: ['acme'], secondary: { createsPerMinute: 80, minWriteGapMs: 1000, status: 403 }, primary: { limit: 1_000_000, windowMs: 3_600_000 } }).start();
  for (let i = 0; i < Number(a); i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    emu.addRepository('acme', { name, topics: i % 2 === 0 ? ['production'] : [], properties: { team: i % 3 === 0 ? 'payments' : 'search' } });
    for (let h = 0; h < Number(b); h++) emu.seed(`repos/acme/${name}`, { config: { url: `https://hook${h}.example.com/gh`, content_type: 'json' }, events: ['push'] });
  }
  emu.server.faults.delayMs = Number(c);
  server = emu.server;
  ready = { url: emu.url, token: emu.token };
  refusals = () => emu.refusals;
} else if (kind === 'stripe') {
  // Stripe as documented: 25 requests a second in test mode, a 429 past it.
  const emu = await new StripeEmulator().start();
  emu.server.faults.delayMs = Number(a);
  server = emu.server;
  ready = { url: emu.url, key: emu.testKey };
  refusals = () => ({ rateLimited: emu.rateLimited, endpoints: emu.all().length });
} else {
  throw new Error(`unknown emulator ${kind ?? ''}: logto, github-org or stripe`);
}

process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'requests') {
    const all = server.requests();
    process.stdout.write(`${JSON.stringify({ get: all.filter((r) => r.method === 'GET').length, write: all.filter((r) => r.method !== 'GET').length })}\n`);
    server.clearRequests();
  } else if (line === 'refusals') process.stdout.write(`${JSON.stringify(refusals())}\n`);
}
await server.stop();
