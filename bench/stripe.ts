/**
 * `npm run bench:stripe`: Stripe's documented pace, kept. The CLI in its own process applies 16
 * endpoints to a Stripe emulator in another (25 requests a second in test mode, a 429 past it,
 * 20 ms added to every answer): each endpoint is created disabled, so two writes each and 33
 * requests in all. Printed: wall, the floor (no more than 25 in any second: the 26th waits a
 * second after the first), 429s received, endpoints made; and, measured in the same run, the same apply with a
 * stated pace four times Stripe's (what a client that ignores the documented limit meets).
 */
import { cliProcess, ratio, seconds, startEmulatorProcess, table, tempFile } from './lib.js';

const hooks = Array.from({ length: 16 }, (_, i) => `      - { url: "https://h${i}.example.com/stripe", enabled_events: ["*"], disabled: true }`).join('\n');
const file = (extra: string) => tempFile('stripe.yaml', `version: 1\ntargets:\n  pay:\n    provider: stripe\n    endpoint: \${E}\n    mode: test\n    auth: { token: "\${K}" }\n${extra}    hooks:\n${hooks}\n`);
const rows: (string | number)[][] = [['run', 'wall', 'floor', 'vs floor', 'requests', '429s', 'endpoints']];
for (const [name, extra] of [['documented pace (default)', ''], ['4x the pace (stated rateLimit)', '    rateLimit: { requests: 100, per: 1s }\n']] as const) {
  const emu = await startEmulatorProcess(['stripe', '20']);
  try {
    const r = cliProcess(['apply', '-c', file(extra), '-y', '--parallelism', '8'], { E: emu.ready.url, K: emu.ready.key });
    const requests = await emu.ask('requests');
    const seen = await emu.ask('refusals');
    const total = (requests.get ?? 0) + (requests.write ?? 0);
    const floor = Math.floor((total - 1) / 25) * 1000;
    rows.push([name, seconds(r.wallMs), seconds(floor), ratio(r.wallMs, floor), total, seen.rateLimited ?? 0, seen.endpoints ?? 0]);
    if (r.code !== 0 && name.startsWith('documented')) throw new Error(r.stderr);
  } finally {
    emu.stop();
  }
}
process.stdout.write(`bench/stripe: 16 disabled endpoints applied to a Stripe emulator (25 requests/s, 20 ms latency), the CLI in its own process (node ${process.version})\n${table(rows)}`);
