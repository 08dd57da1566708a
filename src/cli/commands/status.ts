/**
 * `hooksync status`: each managed hook's recent deliveries as its vendor records them (GitHub's
 * delivery list, Logto's execution stats, Event Streams' failed deliveries), one page each, as a
 * table, markdown or JSON. Statuses, times and counts only: no payload, header or answer body.
 * Exit 0 when no managed hook is failing, 2 when one is, 1 on an error.
 */
import type { DeliveryRecord } from '../../core/adapter.js';
import { visible } from '../../core/visible.js';
import { matchHooks } from '../../plan/match.js';
import { JSON_FORMAT_VERSION } from '../../render/json.js';
import type { CliIo } from '../io.js';
import type { Shard } from '../../core/shard.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';

export interface StatusFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly format: 'text' | 'markdown' | 'json';
  readonly shard?: Shard;
}

interface Row {
  readonly target: string;
  readonly key: string;
  readonly id: string;
  /** undefined: the vendor's API keeps no record hooksync reads. */
  readonly record: DeliveryRecord | undefined;
  readonly vendor: string;
}

export async function statusCommand(flags: StatusFlags, io: CliIo, output: Output): Promise<number> {
  const session = await openSession({ config: flags.config, targets: flags.target, ...(flags.shard ? { shard: flags.shard } : {}), net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  try {
    const rows: Row[] = [];
    for (const { target, spec, live } of await session.list()) {
      const adapter = session.adapters.get(target.name)!;
      const owned = target.owns === undefined ? live : live.filter((h) => h.key.startsWith(target.owns!));
      for (const { live: h } of matchHooks(target.name, target.hooks, owned).pairs) {
        if (!h) continue;
        rows.push({ target: target.name, key: h.key, id: h.id, vendor: spec.displayName, record: adapter.deliveryRecord ? await adapter.deliveryRecord(h) : undefined });
      }
    }
    const failing = rows.filter((r) => r.record?.failing).length;
    if (flags.format === 'json') {
      output.out(`${JSON.stringify({ format_version: JSON_FORMAT_VERSION, failing, hooks: rows.map((r) => ({ target: r.target, key: r.key, id: r.id, ...(r.record ? { failing: r.record.failing, covers: r.record.covers, text: r.record.text, attempts: r.record.attempts } : { record: 'none', text: `${r.vendor}'s API keeps no delivery record hooksync reads` }) })) }, null, 2)}\n`);
    } else if (flags.format === 'markdown') {
      const cell = (s: string) => visible(s).replace(/\|/g, '\\|');
      output.out(`### hooksync status: ${failing === 0 ? 'no managed hook fails to deliver' : `${failing} managed ${failing === 1 ? 'hook fails' : 'hooks fail'} to deliver`}\n\n| Target | Hook | State | Recent deliveries |\n| --- | --- | --- | --- |\n${rows.map((r) => `| ${cell(r.target)} | ${cell(r.key)} | ${state(r)} | ${cell(line(r))} |`).join('\n')}\n`);
    } else {
      for (const r of rows) output.out(`${visible(`  ${state(r).padEnd(7)}  ${r.target}/${r.key || '(no name)'} (id ${r.id}): ${line(r)}`)}\n`);
      output.out(rows.length === 0 ? 'No managed live hook.\n' : `${rows.length} managed ${rows.length === 1 ? 'hook' : 'hooks'}: ${failing === 0 ? 'none failing' : `${failing} FAILING`}.\n`);
    }
    return failing > 0 ? 2 : 0;
  } finally {
    await session.close();
  }
}

// A record without a single delivery in it tells nothing either way: not "ok".
const state = (r: Row): string => (r.record === undefined || (!r.record.failing && r.record.attempts.length === 0) ? '-' : r.record.failing ? 'FAILING' : 'ok');
const line = (r: Row): string => (r.record === undefined ? `${r.vendor}'s API keeps no delivery record hooksync reads` : `${r.record.text} (${r.record.covers})`);
