/** `hooksync plan`: list live hooks and print what apply would do. */
import { hasChanges } from '../../plan/model.js';
import { DEFAULT_MAX_DELETES, planTargets } from '../../plan/plan.js';
import { Hasher, recordInputs, SAVED_PLAN_VERSION, type SavedPlan } from '../../plan/saved.js';
import { planToJson } from '../../plan/render/json.js';
import { HooksyncError } from '../../errors.js';
import { VERSION } from '../../version.js';
import { writeFile } from 'node:fs/promises';
import { renderJson } from '../../plan/render/json.js';
import { renderMarkdown } from '../../plan/render/markdown.js';
import { renderText } from '../../plan/render/text.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';
import { openSession, type NetFlags } from '../session.js';

export interface PlanFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly format: 'text' | 'markdown' | 'json';
  readonly detailedExitcode?: boolean;
  readonly prune?: boolean;
  readonly out?: string;
  readonly allowSecretLoss?: boolean;
  readonly maxDeletes?: number;
}

export const RENDERERS = { text: renderText, markdown: renderMarkdown, json: renderJson } as const;

export async function planCommand(flags: PlanFlags, io: CliIo, output: Output): Promise<number> {
  const session = await openSession({ config: flags.config, targets: flags.target, net: flags }, io.env, output);
  try {
    const states = await session.list();
    const options = { prune: flags.prune === true, allowSecretLoss: flags.allowSecretLoss === true, maxDeletes: flags.maxDeletes ?? DEFAULT_MAX_DELETES };
    const plan = planTargets(states, options);
    output.out(RENDERERS[flags.format](plan));
    if (flags.out) {
      const hasher = new Hasher();
      const { config, targets } = recordInputs(session.loaded.interpolated, session.loaded.fromVariables, states, planToJson(plan) as SavedPlanJson, hasher);
      const saved: SavedPlan = { hooksync_saved_plan: SAVED_PLAN_VERSION, created: new Date().toISOString(), hooksync: VERSION, config_file: flags.config, options: { targets: flags.target, ...options }, salt: hasher.salt, config, targets, plan: planToJson(plan) };
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

/** The parts of `plan -f json` a saved plan's record reads. */
type SavedPlanJson = { targets: { target: string; changes: { action: string; id?: string }[] }[] };
