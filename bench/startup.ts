/**
 * `npm run bench:startup`: whole processes, as a user or CI step starts them. Each command runs
 * RUNS times; prints the median wall time and the peak resident memory (from /usr/bin/time when
 * the machine has it). Baselines measured in the same run: Node starting and doing nothing (the
 * floor no Node CLI can beat), and the same CLI unbundled (build/src, before esbuild).
 * Targets: 150 ms and 60 MiB; the Auth0 Deploy CLI's --help takes about 1.5 s and 115 MiB here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ratio, table } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function measure(args: string[]): { medianMs: number; peakMiB: number | undefined } {
  const walls: number[] = [];
  let peak: number | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = TIME ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    walls.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const kib = TIME ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
    if (Number.isFinite(kib)) peak = Math.max(peak ?? 0, kib / 1024);
  }
  walls.sort((a, b) => a - b);
  return { medianMs: walls[Math.floor(walls.length / 2)]!, peakMiB: peak };
}

const cases: [string, string[]][] = [
  ['node -e 0 (Node alone)', ['-e', '0']],
  ['hooksync --help', ['build/cli/bin.js', '--help']],
  ['hooksync validate (example)', ['build/cli/bin.js', 'validate', '-c', 'hooks.example.yaml']],
  ['unbundled --help (build/src)', ['build/src/bin.js', '--help']],
  ['unbundled validate (build/src)', ['build/src/bin.js', 'validate', '-c', 'hooks.example.yaml']],
];
const results = cases.map(([label, args]) => ({ label, ...measure(args) }));
const floor = results[0]!.medianMs;
process.stdout.write(`bench/startup: median of ${RUNS} runs each, node ${process.version}${TIME ? '' : ' (no /usr/bin/time: memory not measured)'}\n`);
process.stdout.write(
  table([
    ['process', 'wall (median)', 'over Node alone', 'peak memory'],
    ...results.map((r) => [r.label, `${r.medianMs.toFixed(0)} ms`, r === results[0] ? '-' : `+${(r.medianMs - floor).toFixed(0)} ms (${ratio(r.medianMs, floor)})`, r.peakMiB === undefined ? 'n/a' : `${r.peakMiB.toFixed(0)} MiB`]),
  ]),
);
