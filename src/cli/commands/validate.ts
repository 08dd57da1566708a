/** `hooksync validate`: offline. Syntax, schema and rules; unset variables are only warnings. */
import { loadConfig } from '../../config/load.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';

export async function validateCommand(opts: { config: string }, io: CliIo, output: Output): Promise<number> {
  const { config, warnings } = await loadConfig(opts.config, { env: io.env, offline: true, redactor: output.redactor });
  for (const w of warnings) output.err(`warning: ${w} (validate does not need it; plan and apply do)\n`);
  const hooks = config.targets.reduce((n, t) => n + t.hooks.length, 0);
  output.out(`${opts.config} is valid: ${config.targets.length} ${config.targets.length === 1 ? 'target' : 'targets'}, ${hooks} ${hooks === 1 ? 'hook' : 'hooks'}.\n`);
  return 0;
}
