/**
 * `hooksync targets`: the file's targets, offline, for a workflow that fans a large estate out
 * over a GitHub Actions matrix (one job per target: `-f json` gives `matrix.include`). GitHub
 * Actions is the scheduler; this only says what there is to schedule.
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
}

export async function targetsCommand(opts: { config: string; format: 'text' | 'json' }, io: CliIo, output: Output): Promise<number> {
  const { config } = await loadConfig(opts.config, { env: io.env, offline: true, redactor: output.redactor });
  const rows: TargetRow[] = config.targets.map((t) => {
    const selection = providerOf(t.provider).target.selection;
    const selecting = selection !== undefined && t.options?.[selection.field] !== undefined;
    return { name: t.name, provider: t.provider, hooks: t.hooks.length, ...(selecting ? { selects: `${selection.noun} of ${String(t.options?.[selection.within] ?? '')}` } : {}) };
  });
  if (opts.format === 'json') {
    output.out(`${JSON.stringify({ targets: rows, matrix: { include: rows.map((r) => ({ target: r.name })) } }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length), 6);
  for (const r of rows) output.out(`${r.name.padEnd(width)}  ${r.provider.padEnd(20)}  ${r.hooks} ${r.hooks === 1 ? 'hook' : 'hooks'}${r.selects ? `  (selects ${r.selects}; one job plans it whole)` : ''}\n`);
  return 0;
}
