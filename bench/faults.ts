/**
 * `npm run bench:faults`: apply against the four emulators under issue 10's fault mix (20% 503s,
 * 10% dropped connections, 20% bare 429s), 40 hooks per provider, from an empty and from a
 * drifted start, until the live hooks match the file. Prints runs to converge, duplicates, lost
 * updates and the apply time summed over the runs, against the same work with no faults,
 * measured in the same process.
 */
import { convergeUnderFaults, HARSH, NONE, type Scenario } from './fault-mix.js';
import { hooksyncOut, ratio, seconds, table } from './lib.js';

const SEEDS = Number(process.env.BENCH_SEEDS ?? 3);
const rows: (string | number)[][] = [['start', 'faults', 'seed', 'runs to converge', 'duplicates', 'lost updates', 'failed hooks (all runs)', 'apply time', 'vs no faults']];
for (const start of ['empty', 'drifted'] as const) {
  const base: Scenario = { start, hooks: 40, mix: NONE, seed: 0, maxRuns: 1, parallelism: 4 };
  const clean = await convergeUnderFaults(base, hooksyncOut);
  rows.push([start, 'none', '-', clean.converged ? clean.runs.length : `no (${clean.runs.length})`, 0, 0, 0, seconds(clean.wallMs), '1.00x']);
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = await convergeUnderFaults({ ...base, mix: HARSH, seed, maxRuns: 6 }, hooksyncOut);
    const dup = r.runs.reduce((n, x) => n + x.duplicates.length, 0);
    const lost = r.runs.reduce((n, x) => n + x.lost.length, 0);
    const failed = r.runs.reduce((n, x) => n + x.failed.length + (x.stopped ? 1 : 0), 0);
    rows.push([start, '20% 503, 10% drop, 20% 429', seed, r.converged ? r.runs.length : `no (${r.runs.length})`, dup, lost, failed, seconds(r.wallMs), ratio(r.wallMs, clean.wallMs)]);
  }
}
process.stdout.write(`bench/faults: 4 providers x 40 hooks, --parallelism 4 (node ${process.version})\n${table(rows)}`);
