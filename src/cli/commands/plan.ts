/** `hooksync plan`: list live hooks and print what apply would do. */
import { hasChanges } from '../../plan/model.js';
import { DEFAULT_MAX_DELETES, planTargets } from '../../plan/plan.js';
import { savePlan } from '../../plan-file/writer.js';
import { planToJson } from '../../render/json.js';
import { HooksyncError } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { writeFile } from 'node:fs/promises';
import { renderJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';
import { shardText, type Shard } from '../../core/shard.js';

export interface PlanFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly format: 'text' | 'markdown' | 'json';
  readonly detailedExitcode?: boolean;
  readonly prune?: boolean;
  readonly out?: string;
  readonly allowSecretLoss?: boolean;
  readonly allowSecretRotation?: boolean;
  readonly maxDeletes?: number;
  readonly shard?: Shard;
}

export const RENDERERS = { text: renderText, markdown: renderMarkdown, json: renderJson } as const;

export async function planCommand(flags: PlanFlags, io: CliIo, output: Output): Promise<number> {
  const session = await openSession({ config: flags.config, targets: flags.target, ...(flags.shard ? { shard: flags.shard } : {}), net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  try {
    const states = await session.list();
    const options = { prune: flags.prune === true, allowSecretLoss: flags.allowSecretLoss === true, allowSecretRotation: flags.allowSecretRotation === true, maxDeletes: flags.maxDeletes ?? DEFAULT_MAX_DELETES };
    const plan = { ...planTargets(states, options), selections: session.selections };
    if (flags.format === 'text') output.outPlan(RENDERERS.text(plan));
    else output.out(RENDERERS[flags.format](plan));
    if (flags.out) {
      const { interpolated, fromVariables } = session.loaded;
      const saved = savePlan({ configFile: flags.config, options: { targets: flags.target, ...options, ...(flags.shard ? { shard: shardText(flags.shard) } : {}) }, interpolated, fromVariables, states, planJson: planToJson(plan), version: VERSION });
      await writeFile(flags.out, `${JSON.stringify(saved, null, 2)}\n`).catch((e: NodeJS.ErrnoException) => {
        throw new HooksyncError('HOOKSYNC_USAGE', `cannot write the saved plan to ${flags.out} (${e.code ?? e.message})`);
      });
      output.err(`Saved the plan to ${flags.out}. Apply exactly it with: hooksync apply ${flags.out}\n`);
    }
    return flags.detailedExitcode && hasChanges(plan) ? 2 : 0;
  } finally {
    await session.close();
  }
}
