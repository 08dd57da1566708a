/**
 * `npm run bench:list`: `hooksync plan` end to end against 10,000 live Logto hooks (the emulator,
 * no rate limits), the file naming all of them: pages fetched one after another
 * (`--list-concurrency 1`, how hooksync listed before) against side by side (the default, 4),
 * measured in the same run, on loopback and with 25 ms added to every answer as a nearby
 * vendor would have.
 */
import { LogtoEmulator } from '../src/providers/logto/emulator.js';
import { hooksync, ratio, seconds, table, tempFile } from './lib.js';

const N = 10_000;
const emulator = await new LogtoEmulator().start();
const lines: string[] = [];
for (let i = 0; i < N; i++) {
  const name = `hook-${String(i).padStart(5, '0')}`;
  emulator.seed({ name, events: ['PostRegister'], config: { url: `https://h${i}.example.com/logto` }, enabled: true, createdAt: i });
  lines.push(`      - { name: ${name}, events: [PostRegister], config: { url: "https://h${i}.example.com/logto" }, enabled: ${i % 100 !== 0} }`);
}
const file = tempFile('hooks.yaml', `version: 1\ntargets:\n  logto:\n    provider: logto\n    endpoint: \${E}\n    auth: { clientId: "\${I}", clientSecret: "\${S}" }\n    hooks:\n${lines.join('\n')}\n`);
const env = { E: emulator.url, I: emulator.clientId, S: emulator.clientSecret };
const rows: (string | number)[][] = [['latency', 'pages at once', 'plan wall', 'list requests', 'vs one after another']];
for (const delay of [0, 25]) {
  emulator.server.faults.delayMs = delay;
  await hooksync(['plan', '-c', file, '--list-concurrency', '1'], env); // warm-up
  const measured: Record<number, number> = {};
  for (const at of [1, 4]) {
    emulator.server.clearRequests();
    let wall = Infinity;
    for (let k = 0; k < 3; k++) {
      const r = await hooksync(['plan', '-c', file, '--list-concurrency', String(at)], env);
      if (r.code !== 0) throw new Error(r.stderr);
      wall = Math.min(wall, r.wallMs);
    }
    measured[at] = wall;
    const requests = emulator.server.requests({ method: 'GET', pathPrefix: '/api/hooks' }).length / 3;
    rows.push([`${delay} ms`, at, seconds(wall), requests, ratio(wall, measured[1]!)]);
  }
}
await emulator.stop();
process.stdout.write(`bench/list: plan against ${N} live Logto hooks, best of 3 (node ${process.version})\n${table(rows)}`);
