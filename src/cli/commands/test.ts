/**
 * `hooksync test [-t TARGET] [HOOK...]`: asks each vendor to send its test delivery to the
 * managed hooks (GitHub's ping, Logto's test) and says whether each receiver answered, with its
 * status. Only when asked: plan never sends a test. No payload, header or answer body is shown.
 * Exit 0 when every tested receiver answered 2xx, 1 when one did not (or a hook named is not
 * there), and 0 with a line saying so for a vendor whose API has no test delivery.
 */
import { HooksyncError } from '../../core/errors.js';
import { matchHooks } from '../../plan/match.js';
import type { CliIo } from '../io.js';
import type { Shard } from '../../core/shard.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';
import { outcomeLine } from './verify.js';

export interface TestFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly hooks: readonly string[];
  readonly shard?: Shard;
}

export async function testCommand(flags: TestFlags, io: CliIo, output: Output): Promise<number> {
  const session = await openSession({ config: flags.config, targets: flags.target, ...(flags.shard ? { shard: flags.shard } : {}), net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  try {
    const states = await session.list();
    const wanted = new Set(flags.hooks);
    const found = new Set<string>();
    let failed = 0;
    let tested = 0;
    for (const { target, spec, live } of states) {
      const adapter = session.adapters.get(target.name)!;
      const owned = target.owns === undefined ? live : live.filter((h) => h.key.startsWith(target.owns!));
      const managed = matchHooks(target.name, target.hooks, owned).pairs.flatMap((p) => (p.live ? [p.live] : []));
      const chosen = wanted.size === 0 ? managed : managed.filter((h) => wanted.has(h.key) || wanted.has(h.id));
      for (const h of chosen) found.add(h.key).add(h.id);
      if (chosen.length === 0) continue;
      if (!adapter.testDelivery) {
        output.out(`  -       ${target.name}: ${spec.displayName}'s API has no test delivery; nothing was sent\n`);
        continue;
      }
      for (const h of chosen) {
        const outcome = await adapter.testDelivery(h);
        tested++;
        if (outcome.ok === false) failed++;
        output.out(`${outcomeLine(target.name, h.key, h.id, outcome)}\n`);
      }
    }
    const missing = [...wanted].filter((w) => !found.has(w));
    if (missing.length > 0) throw new HooksyncError('HOOKSYNC_USAGE', `no managed live hook is ${missing.map((m) => `"${m}"`).join(', ')} (name it by its key or id, as plan shows it); ${tested === 0 ? 'nothing was sent' : `${tested} tested above`}`);
    output.out(tested === 0 ? 'No test delivery sent: no managed live hook to test.\n' : `Tested ${tested} ${tested === 1 ? 'hook' : 'hooks'}: ${tested - failed} answered${failed > 0 ? `, ${failed} FAILED` : ''}.\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await session.close();
  }
}
