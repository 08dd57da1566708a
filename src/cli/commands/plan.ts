/** `hooksync plan`: list live hooks and print what apply would do. */
import { hasChanges } from '../../plan/model.js';
import { planTargets } from '../../plan/plan.js';
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
  readonly allowSecretLoss?: boolean;
  readonly maxDeletes?: number;
}

export const RENDERERS = { text: renderText, markdown: renderMarkdown, json: renderJson } as const;

export async function planCommand(flags: PlanFlags, io: CliIo, output: Output): Promise<number> {
  const session = await openSession({ config: flags.config, targets: flags.target, net: flags }, io.env, output);
  try {
    const plan = planTargets(await session.list(), { prune: flags.prune === true, allowSecretLoss: flags.allowSecretLoss === true, ...(flags.maxDeletes !== undefined ? { maxDeletes: flags.maxDeletes } : {}) });
    output.out(RENDERERS[flags.format](plan));
    return flags.detailedExitcode && hasChanges(plan) ? 2 : 0;
  } finally {
    await session.close();
  }
}
