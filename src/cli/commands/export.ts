/** `hooksync export`: one target's live hooks as hooks.yaml, secrets as `${VAR}` placeholders. */
import { existsSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HooksyncError } from '../../errors.js';
import { exportTarget } from '../../export/export.js';
import { isPlainObject } from '../../model.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';

export async function exportCommand(flags: NetFlags & { config: string; target: string; output?: string; force?: boolean }, io: CliIo, output: Output): Promise<number> {
  if (flags.output) refuseOverwrite(flags.output, flags.config, flags.force === true);
  const session = await openSession({ config: flags.config, targets: [flags.target], targetsOnly: true, detailAll: true, net: flags }, io.env, output);
  try {
    const [state] = await session.list();
    if (!state) throw new HooksyncError('HOOKSYNC_USAGE', `unknown target "${flags.target}"`);
    const raw = session.loaded.source.value as { targets: Record<string, unknown> };
    const block = raw.targets[flags.target];
    const exported = exportTarget(flags.target, isPlainObject(block) ? block : {}, state.spec, state.live);
    if (flags.output) {
      await writeFile(flags.output, exported.text, { flag: flags.force ? 'w' : 'wx' }).catch((e: NodeJS.ErrnoException) => {
        throw new HooksyncError('HOOKSYNC_USAGE', `cannot write ${flags.output} (${e.code ?? e.message}); nothing was written`);
      });
      output.err(`Wrote ${state.live.length} hooks of ${flags.target} to ${flags.output}.\n`);
    } else {
      output.out(exported.text);
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
