/**
 * `npm run bench:list`: `hooksync plan` of 10,000 live Logto hooks, the file naming all of them,
 * end to end as a user runs it: the CLI in its own process, the emulator in another (a plan run
 * inside the benchmark's own warm process understated it by about 1.5x). Pages fetched one after
 * another (`--list-concurrency 1`) against side by side (the default, 4), measured in the same
 * run, on loopback and with 25 ms added to every answer as a nearby vendor would have.
 * Goal: the loopback plan at 4 pages at once in at most 0.5 s. Beside it, the floor measured in
 * the same run (bench/list-floor.ts): Node's start, js-yaml alone reading the file, and a bare
 * client paging the list, each in a fresh process; no plan can take less than their sum.
 */
import { spawnSync } from 'node:child_process';
import { cliProcess, ratio, seconds, startEmulatorProcess, table, tempFile } from './lib.js';

/** The median wall of `node build/bench/list-floor.js ARGS`, in a fresh process each run. */
function floorPart(args: readonly string[]): number {
  const walls: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['build/bench/list-floor.js', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    walls.push(performance.now() - started);
  }
  return walls.sort((x, y) => x - y)[Math.floor(walls.length / 2)]!;
}

const N = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const lines: string[] = [];
for (let i = 0; i < N; i++) lines.push(`      - { name: hook-${String(i).padStart(5, '0')}, events: [PostRegister], config: { url: "https://h${i}.example.com/logto" }, enabled: ${i % 100 !== 0} }`);
const file = tempFile('hooks.yaml', `version: 1\ntargets:\n  logto:\n    provider: logto\n    endpoint: \${E}\n    auth: { clientId: "\${I}", clientSecret: "\${S}" }\n    hooks:\n${lines.join('\n')}\n`);

const rows: (string | number)[][] = [['latency', 'pages at once', 'plan wall (median)', 'best', 'peak memory', 'list requests', 'vs one after another']];
const floors: (string | number)[][] = [['latency', 'node start', 'js-yaml read', 'bare list (4 at once)', 'floor (sum)', 'plan (4 at once)', 'plan / floor']];
for (const delay of [0, 25]) {
  const emu = await startEmulatorProcess(['logto', String(N)]);
  try {
    const env = { E: emu.ready.url, I: emu.ready.clientId, S: emu.ready.clientSecret };
    if (delay > 0) await fetch(`${emu.ready.url}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delayMs: delay }) });
    cliProcess(['plan', '-c', file], env); // warm-up: the file cache, the emulator's JIT
    const measured: Record<number, number> = {};
    for (const at of [1, 4]) {
      await emu.ask('requests');
      const walls: number[] = [];
      let peak = 0;
      for (let k = 0; k < RUNS; k++) {
        const r = cliProcess(['plan', '-c', file, '--list-concurrency', String(at)], env);
        if (r.code !== 0) throw new Error(r.stderr);
        walls.push(r.wallMs);
        peak = Math.max(peak, r.peakMiB);
      }
      walls.sort((x, y) => x - y);
      const median = walls[Math.floor(walls.length / 2)]!;
      measured[at] = median;
      const requests = (await emu.ask('requests')).get! / RUNS;
      rows.push([`${delay} ms`, at, seconds(median), seconds(walls[0]!), `${peak.toFixed(0)} MiB`, requests, ratio(median, measured[1]!)]);
    }
    const start = floorPart(['start']);
    const read = floorPart(['read', file]) - start;
    const list = floorPart(['list', env.E, env.I, env.S, String(N / 100)].map(String)) - start;
    const floor = start + read + list;
    floors.push([`${delay} ms`, seconds(start), seconds(read), seconds(list), seconds(floor), seconds(measured[4]!), ratio(measured[4]!, floor)]);
  } finally {
    emu.stop();
  }
}
process.stdout.write(`bench/list: hooksync plan in its own process against ${N} live Logto hooks in another, ${RUNS} runs each (node ${process.version})\n${table(rows)}\nThe floor, each part in a fresh process (js-yaml and the list net of Node's start):\n${table(floors)}`);
