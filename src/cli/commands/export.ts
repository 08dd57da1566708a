/** `hooksync export`: one target's live hooks as hooks.yaml, secrets as `${VAR}` placeholders. */
import { existsSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HooksyncError } from '../../core/errors.js';
import { visible } from '../../core/visible.js';
import { exportTargets } from '../../export/export.js';
import { isPlainObject } from '../../core/model.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';

export async function exportCommand(flags: NetFlags & { config: string; target: readonly string[]; output?: string; force?: boolean }, io: CliIo, output: Output): Promise<number> {
  if (flags.target.length === 0) throw new HooksyncError('HOOKSYNC_USAGE', 'export needs -t TARGET (repeat it to export several targets into one file); nothing was written');
  if (flags.output) refuseOverwrite(flags.output, flags.config, flags.force === true);
  const session = await openSession({ config: flags.config, targets: flags.target, targetsOnly: true, detailAll: true, net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  try {
    const states = await session.list();
    const raw = session.loaded.source.value as { targets: Record<string, unknown> };
    const plainStates = states.filter((s) => s.target.parent === undefined);
    const selecting = session.loaded.config.targets.filter((t) => states.some((s) => s.target.parent === t.name));
    const blockOf = (name: string) => {
      const block = raw.targets[name];
      return isPlainObject(block) ? block : {};
    };
    // In the file's order; a target that selects repositories is one block, its repositories places.
    const exported = exportTargets(
      session.loaded.config.targets.flatMap((t) => {
        const block = blockOf(t.name);
        const own = plainStates.find((s) => s.target.name === t.name);
        if (own) return [{ name: t.name, block, spec: own.spec, live: own.live, desired: own.target.hooks }];
        const members = states.filter((s) => s.target.parent === t.name);
        if (members.length === 0) return [];
        const written = Array.isArray(block.hooks) ? (block.hooks as unknown[]) : [];
        return [{ name: t.name, block, spec: members[0]!.spec, live: [], desired: t.hooks, places: members.map((m) => ({ place: m.target.name.slice(t.name.length + 1), live: m.live, desired: m.target.hooks, written: m.target.hooks.map((h) => written[t.hooks.indexOf(h)]) })) }];
      }),
    );
    const count = states.reduce((n, s) => n + s.live.length, 0);
    const names = [...plainStates.map((s) => s.target.name), ...selecting.map((t) => t.name)].join(', ');
    if (flags.output) {
      await writeFile(flags.output, exported.text, { flag: flags.force ? 'w' : 'wx' }).catch((e: NodeJS.ErrnoException) => {
        throw new HooksyncError('HOOKSYNC_USAGE', `cannot write ${flags.output} (${e.code ?? e.message}); nothing was written`);
      });
      output.err(`Wrote ${count} hooks of ${names} to ${flags.output}.\n`);
    } else {
      output.out(exported.text);
    }
    if (exported.kept.length > 0) {
      output.err(`Left out ${exported.kept.length === 1 ? 'a secret' : `${exported.kept.length} secrets`} the vendor keeps and ${flags.config} does not manage (plan leaves ${exported.kept.length === 1 ? 'it' : 'them'} alone):\n${exported.kept.map((k) => `  ${visible(k)}`).join('\n')}\n`);
    }
    if (exported.variables.length > 0) {
      output.err(`Secret values were replaced by placeholders. Set these variables before planning:\n${exported.variables.map((v) => `  ${v.name}  (${v.for})`).join('\n')}\n`);
    }
    return 0;
  } finally {
    await session.close();
  }
}

/**
 * An export never replaces the hooks file it was run with, and replaces another file only with
 * --force: an export is a starting point, and a typo in -o should not cost a reviewed file.
 */
function refuseOverwrite(target: string, config: string, force: boolean): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  if (real(target) === real(config)) throw new HooksyncError('HOOKSYNC_USAGE', `-o ${target} is the hooks file this export reads (-c ${config}); write the export elsewhere and compare; nothing was written`);
  if (!force && existsSync(target)) throw new HooksyncError('HOOKSYNC_USAGE', `${target} exists; pass --force to replace it, or choose another -o file; nothing was written`);
}
