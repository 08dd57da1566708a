/**
 * `hooksync rotate-key -t TARGET HOOK... [--secrets-file FILE [--force]]`: has the vendor make a
 * new signing secret for each named managed hook (Logto's `PATCH /api/hooks/{id}/signing-key`)
 * and hands it over as apply hands a generated one, to where the hook's `secretTo` says. Only
 * when asked, one hook at a time. A hook whose secretTo names nowhere is refused before anything
 * is sent: its receivers would fail to verify, and no one would have the new key.
 * Exit 0 when every key was rotated and handed over, 1 otherwise.
 */
import { HooksyncError } from '../../core/errors.js';
import { visible } from '../../core/visible.js';
import { matchHooks } from '../../plan/match.js';
import { SecretHandoff } from '../../secrets/handoff.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';

export interface RotateFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly hooks: readonly string[];
  readonly secretsFile?: string;
  readonly force?: boolean;
}

export async function rotateKeyCommand(flags: RotateFlags, io: CliIo, output: Output): Promise<number> {
  if (flags.hooks.length === 0) throw new HooksyncError('HOOKSYNC_USAGE', 'rotate-key needs the hooks whose keys to rotate, by key (name) or id: hooksync rotate-key -t TARGET HOOK...; nothing was sent');
  const session = await openSession({ config: flags.config, targets: flags.target, net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  const handoff = new SecretHandoff({ file: flags.secretsFile, force: flags.force === true, redactor: output.redactor });
  try {
    const wanted = new Set(flags.hooks);
    const chosen = [];
    for (const { target, spec, live } of await session.list()) {
      const adapter = session.adapters.get(target.name)!;
      const owned = target.owns === undefined ? live : live.filter((h) => h.key.startsWith(target.owns!));
      for (const { desired, live: h } of matchHooks(target.name, target.hooks, owned).pairs) {
        if (!h || !(wanted.has(h.key) || wanted.has(h.id))) continue;
        if (!adapter.rotateSecret) throw new HooksyncError('HOOKSYNC_USAGE', `${target.name}/${h.key}: ${spec.displayName}'s API cannot rotate a hook's signing secret; nothing was sent`);
        if (!desired.secretTo) throw new HooksyncError('HOOKSYNC_USAGE', `${target.name}/${h.key} names no secretTo, so its new signing secret would reach no one and its receivers would stop verifying; write secretTo on the hook (env: NAME, or github:) first; nothing was sent`);
        chosen.push({ target: target.name, spec, desired, live: h, adapter });
        wanted.delete(h.key);
        wanted.delete(h.id);
      }
    }
    const missing = flags.hooks.filter((k) => wanted.has(k));
    if (missing.length > 0) throw new HooksyncError('HOOKSYNC_USAGE', `no managed live hook ${missing.map((k) => `"${k}"`).join(', ')} in ${flags.target.length ? `target ${flags.target.join(', ')}` : 'the file'}; nothing was sent`);
    await handoff.preflight(chosen.map((c) => ({ target: c.target, hook: c.desired, spec: c.spec })));
    let failed = 0;
    for (const c of chosen) {
      const name = `${c.target}/${c.live.key}`;
      try {
        const rotated = await c.adapter.rotateSecret!(c.live);
        const why = await handoff.deliver({ target: c.target, hook: c.desired, spec: c.spec }, rotated.id, rotated.generatedSecret!);
        if (why === undefined) output.out(`${visible(`  ok      ${name} (id ${c.live.id}): a new ${c.spec.generatedSecret?.what ?? 'signing secret'}, handed to ${where(c.desired.secretTo!)}`)}\n`);
        else {
          failed++;
          output.out(`${visible(`  FAILED  ${name}: rotated, but ${why.replace(/^created \(id [^)]+\), but /, '')}`)}\n`);
        }
      } catch (e) {
        failed++;
        output.out(`${visible(`  FAILED  ${name}: not rotated: ${(e as Error).message}`)}\n`);
      }
    }
    output.out(`${chosen.length} ${chosen.length === 1 ? 'key' : 'keys'}: ${failed === 0 ? 'all rotated and handed over' : `${failed} FAILED`}.\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await handoff.close();
    await session.close();
  }
}

const where = (to: { env?: string; github?: { secret: string; repository: string } }): string =>
  [...(to.env ? [`${to.env} in the --secrets-file`] : []), ...(to.github ? [`the GitHub secret ${to.github.secret} of ${to.github.repository}`] : [])].join(' and ');
