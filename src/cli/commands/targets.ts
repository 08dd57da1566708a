/**
 * `hooksync targets`: the file's targets, offline, for a workflow that fans a large estate out
 * over a GitHub Actions matrix: `-f json` gives `matrix.include`, one job per target, or with
 * `--shards N` one job per shard (`plan --shard K/N`), which also splits a selecting target's
 * repositories. GitHub Actions is the scheduler; this only says what there is to schedule.
 */
import { loadConfig } from '../../config/load.js';
import { providerOf } from '../../providers/specs.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';

export interface TargetRow {
  readonly name: string;
  readonly provider: string;
  readonly hooks: number;
  /** A target that selects many places: what it selects among (`repositories of acme`). */
  readonly selects?: string;
  /** How it can be split over jobs: `repositories` (by `--shard K/N`) or `whole` (one job plans it). */
  readonly split: 'repositories' | 'whole';
}

export async function targetsCommand(opts: { config: string; format: 'text' | 'json'; shards?: number }, io: CliIo, output: Output): Promise<number> {
  const { config } = await loadConfig(opts.config, { env: io.env, offline: true, redactor: output.redactor });
  const rows: TargetRow[] = config.targets.map((t) => {
    const selection = providerOf(t.provider).target.selection;
    const selecting = selection !== undefined && t.options?.[selection.field] !== undefined;
    return { name: t.name, provider: t.provider, hooks: t.hooks.length, ...(selecting ? { selects: `${selection.noun} of ${String(t.options?.[selection.within] ?? '')}` } : {}), split: selecting ? 'repositories' : 'whole' };
  });
  const shards = opts.shards ?? 1;
  // One job per shard covers every target's share; without shards, one job per target.
  const include = shards > 1 ? Array.from({ length: shards }, (_, i) => ({ shard: `${i + 1}/${shards}` })) : rows.map((r) => ({ target: r.name }));
  if (opts.format === 'json') {
    output.out(`${JSON.stringify({ targets: rows, matrix: { include } }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length), 6);
  for (const r of rows) {
    const split = r.selects ? `  (selects ${r.selects}; ${shards > 1 ? `each of the ${shards} shards plans its share of them` : 'split it over jobs with --shards N'})` : '';
    output.out(`${r.name.padEnd(width)}  ${r.provider.padEnd(20)}  ${r.hooks} ${r.hooks === 1 ? 'hook' : 'hooks'}${split}\n`);
  }
  if (shards > 1) output.out(`\n${shards} shards: run hooksync plan --shard K/${shards} in job K; each repository and each other target falls in exactly one.\n`);
  return 0;
}
