/**
 * `hooksync apply`: the same plan as `plan`, shown, confirmed on an interactive terminal, then
 * sent. Progress goes to stderr, one line per hook; the results and summary to stdout.
 */
import { executePlan, type HookResult, type ProgressEvent } from '../../apply/execute.js';
import { ApplyProgress } from '../../apply/progress.js';
import { PAST, resultLine } from '../../apply/words.js';
import type { NetFlags } from '../session.js';
import { HooksyncError } from '../../core/errors.js';
import { visible } from '../../core/visible.js';
import { hasChanges } from '../../plan/model.js';
import { planTargets } from '../../plan/plan.js';
import { JSON_FORMAT_VERSION, planToJson } from '../../render/json.js';
import type { Plan } from '../../plan/model.js';
import { renderText } from '../../render/text.js';
import type { CliIo } from '../io.js';
import { parseShard, type Shard } from '../../core/shard.js';
import type { Output } from '../output.js';
import { openSession, type Session } from '../session.js';
import { verifiedText, verifyApplied, verifyFailed, type Verified } from './verify.js';
import { readFile } from 'node:fs/promises';
import type { TargetState } from '../../plan/plan.js';
import { readSavedPlan, type SavedPlan } from '../../plan-file/format.js';
import { handoffFor } from '../../secrets/handoff.js';
import { Hasher } from '../../plan-file/hasher.js';
import { movedSince, recordInputs, touchedIds } from '../../plan-file/inputs.js';

export interface ApplyFlags extends NetFlags {
  readonly config: string;
  readonly target: string[];
  readonly prune?: boolean;
  readonly allowSecretLoss?: boolean;
  readonly allowSecretRotation?: boolean;
  /** Where `secretTo.env` lines go (a dotenv file, mode 0600), and whether it may exist already. */
  readonly secretsFile?: string;
  readonly force?: boolean;
  readonly maxDeletes?: number;
  readonly shard?: Shard;
  readonly yes?: boolean;
  readonly format: 'text' | 'json';
  readonly parallelism: number;
  /** A saved plan (plan --out) to apply exactly, or refuse. */
  readonly planFile?: string | undefined;
  /** After the apply, a test delivery to each hook it created or changed. */
  readonly verify?: boolean;
}

const VERB: Record<HookResult['action'], string> = { create: 'create', update: 'update', replace: 'replace (delete, then create)', delete: 'delete' };

export async function applyCommand(flags: ApplyFlags, io: CliIo, output: Output): Promise<number> {
  const saved = flags.planFile ? await readSaved(flags.planFile) : undefined;
  const options = saved ? saved.options : { prune: flags.prune === true, allowSecretLoss: flags.allowSecretLoss === true, allowSecretRotation: flags.allowSecretRotation === true, ...(flags.maxDeletes !== undefined ? { maxDeletes: flags.maxDeletes } : {}) };
  const shard = saved ? savedShard(flags.planFile!, saved.options.shard) : flags.shard;
  const session = await openSession({ config: saved?.config_file ?? flags.config, targets: saved ? [...saved.options.targets] : flags.target, ...(shard ? { shard } : {}), net: flags, ...(io.clock ? { clock: io.clock } : {}) }, io.env, output);
  try {
    const states = await session.list();
    // A saved plan's inputs are checked before anything is planned from the live state now.
    if (saved) refuseIfMoved(flags.planFile!, saved, session, states);
    const plan = { ...planTargets(states, options), selections: session.selections };
    if (saved && JSON.stringify(planToJson(plan)) !== JSON.stringify(saved.plan)) {
      throw new HooksyncError('HOOKSYNC_STALE', `the plan computed now differs from the saved plan ${flags.planFile}, though nothing it was made from moved (made by another hooksync version?); nothing was sent. Make a new plan (plan --out) and review it`);
    }
    const json = flags.format === 'json';
    if (!json) output.outPlan(renderText(plan));
    if (!hasChanges(plan)) {
      if (json) output.out(applyJson(plan, []));
      return 0;
    }
    // Where generated secrets go is checked before consent and before anything is sent.
    const handoff = await handoffFor(plan, states, { file: flags.secretsFile, force: flags.force === true, redactor: output.redactor });
    // Consent, as terraform apply asks it: a person at a terminal types yes; anything else
    // (CI, a pipe, a cron job) must say --yes, so nothing is applied by accident. A saved plan
    // was reviewed when it was made: applying it is the consent.
    if (!flags.yes && !saved) {
      if (!io.interactive) throw new HooksyncError('HOOKSYNC_USAGE', 'apply needs consent: its input is not a terminal, so no one can answer; pass --yes to apply the plan above; nothing was changed');
      const answer = io.prompt ? await io.prompt('\nDo you want to perform these actions? Only "yes" will be accepted: ') : '';
      if (answer.trim() !== 'yes') throw new HooksyncError('HOOKSYNC_ABORTED', 'apply cancelled; nothing was changed');
    }
    output.err(`\nApplying ${changeCount(plan)}, up to ${flags.parallelism} at a time per target...\n`);
    const progress = new ApplyProgress(plan);
    // Stopped without waiting, it still says what was done, what is in flight, and what was not sent.
    io.onForcedStop?.(() => output.redactor.redact(progress.interruptedText(io.stopRequested?.() ?? 'a signal')));
    const results = await executePlan(plan, session.adapters, {
      parallelism: flags.parallelism,
      onStart: (target, i) => progress.started(target, i),
      onProgress: (e) => {
        progress.ended(e.result, e.at);
        output.err(progressLine(e));
      },
      stopRequested: io.stopRequested,
      onCreated: handoff.onCreated,
    }).finally(() => handoff.close());
    const failed = results.filter((r) => r.outcome === 'failed');
    const stopped = io.stopRequested?.();
    const verified = flags.verify && !stopped ? await verifyApplied(session, results) : [];
    if (json) {
      output.out(applyJson(plan, results, flags.verify ? verified : undefined));
    } else {
      output.outPlan(`\n${resultsText(results)}`);
      if (verified.length > 0) output.outPlan(`\n${verifiedText(verified)}`);
    }
    if (stopped) return stopped === 'SIGINT' ? 130 : 143;
    return failed.length > 0 || verifyFailed(verified) ? 1 : 0;
  } finally {
    await session.close();
  }
}

const applyJson = (plan: Plan, results: readonly HookResult[], verified?: readonly Verified[]): string =>
  `${JSON.stringify({ format_version: JSON_FORMAT_VERSION, plan: planToJson(plan), results, ...(verified ? { verified } : {}) }, null, 2)}\n`;

const changeCount = (plan: Plan): string => {
  const n = plan.targets.reduce((sum, t) => sum + t.changes.length, 0);
  return `${n} ${n === 1 ? 'change' : 'changes'}`;
};

/** One line per finished change, as it lands: shared with the GitHub Action. */
export function progressLine(e: ProgressEvent): string {
  const n = `[${e.index}/${e.total}]`;
  const r = e.result;
  if (r.outcome === 'failed') return `${visible(`${n} ${r.target}/${r.key}: FAILED to ${VERB[r.action]}: ${r.error}`)}\n`;
  return `${visible(`${n} ${r.target}/${r.key}: ${PAST[r.action]} (id ${r.id})${r.note ? `; ${r.note}` : ''}`)}\n`;
}

export function resultsText(results: readonly HookResult[]): string {
  const done = results.filter((r) => r.outcome === 'done');
  const failed = results.filter((r) => r.outcome === 'failed');
  const count = (a: HookResult['action']) => done.filter((r) => r.action === a).length;
  const lines = results.map((r) => visible(resultLine(r)));
  const head = failed.length === 0 ? 'Apply complete!' : `Apply incomplete: ${failed.length} of ${results.length} ${results.length === 1 ? 'change' : 'changes'} failed; the others were made.`;
  const replaced = count('replace') > 0 ? `, ${count('replace')} replaced` : '';
  return `Results:\n${lines.join('\n')}\n\n${head} ${count('create')} added, ${count('update')} changed, ${count('delete')} deleted${replaced}${failed.length ? `, ${failed.length} failed` : ''}.\n`;
}


async function readSaved(file: string): Promise<SavedPlan> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new HooksyncError('HOOKSYNC_USAGE', `cannot read the saved plan ${file} (${e.code === 'ENOENT' ? 'no such file' : (e.code ?? e.message)}); nothing was sent`);
  });
  return readSavedPlan(file, text);
}

/**
 * A saved plan is applied only if nothing it was computed from moved: the file (a variable's
 * value included, through its hash), every live hook it touched or matched, and no hook appeared
 * with a key it manages. Otherwise nothing is sent, and each thing that moved is named.
 */
function refuseIfMoved(file: string, saved: SavedPlan, session: Session, states: readonly TargetState[]): void {
  // The hooks the saved plan touched are the ones to fingerprint now.
  const now = recordInputs(session.loaded.interpolated, session.loaded.fromVariables, states, touchedIds(saved.plan), new Hasher(saved.salt));
  const moved = movedSince(saved, now);
  if (moved.length > 0) {
    throw new HooksyncError('HOOKSYNC_STALE', `the saved plan ${file} no longer matches what it was made from: ${moved.length} ${moved.length === 1 ? 'thing' : 'things'} moved; nothing was sent. Make a new plan (plan --out) and review it`, moved);
  }
}

/** The shard a saved plan was made for, or a refusal: a damaged value must not widen the apply. */
function savedShard(file: string, text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const shard = parseShard(text);
  if (typeof shard === 'string') throw new HooksyncError('HOOKSYNC_USAGE', `${file} is a damaged saved plan (its shard "${text}": ${shard}); make a new one with plan --out; nothing was sent`);
  return shard;
}
