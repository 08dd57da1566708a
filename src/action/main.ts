/**
 * The GitHub Action (action.yml runs the bundle of this file, dist/index.js). One job per event:
 * `plan` on a pull request (sticky comment, job summary), `apply` on a push (results, a failed
 * step and an annotation per failed hook), `drift` on a schedule (one issue, opened, updated and
 * closed; `reconcile: true` repairs), `validate` (annotations on the file's lines).
 *
 * Every secret hooksync learns is handed to `core.setSecret` as it is learned, before anything
 * is printed, and everything printed or posted has passed the redactor.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { executePlan, type HookResult } from '../apply/execute.js';
import { PAST } from '../apply/words.js';
import { progressLine, resultsText } from '../cli/commands/apply.js';
import { validateCommand } from '../cli/commands/validate.js';
import { Output } from '../cli/output.js';
import { openSession } from '../cli/session.js';
import { isHooksyncError } from '../core/errors.js';
import type { Config } from '../core/model.js';
import { hasChanges, summarize, type Plan } from '../plan/model.js';
import { planTargets } from '../plan/plan.js';
import { planToJson } from '../render/json.js';
import { handoffFor } from '../secrets/handoff.js';
import type { TargetState } from '../plan/options.js';
import { renderMarkdown } from '../render/markdown.js';
import { summaryLine } from '../render/text.js';
import { Redactor } from '../core/redact.js';
import { annotationOf } from './annotations.js';
import { readContext, type RunContext } from './context.js';
import { GitHub } from './github.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { driftIssueBody, planComment, planDigest, readMarker } from './posts.js';

const DRIFT_LABEL = 'hooksync-drift';
const env = process.env;
const redactor = new Redactor((value) => core.setSecret(value));
const output = new Output({ stdout: process.stdout, stderr: process.stderr, env, interactive: false }, redactor);

interface Planned {
  readonly plan: Plan;
  readonly config: Config;
  readonly adapters: Awaited<ReturnType<typeof openSession>>['adapters'];
  readonly states: readonly TargetState[];
}

/** Lists and plans, runs `then` with the plan (and the adapters, to apply it), then closes. */
async function withPlan(inputs: ActionInputs, then: (p: Planned) => Promise<void>): Promise<void> {
  const session = await openSession({ config: inputs.config, targets: inputs.targets, ...(inputs.shard ? { shard: inputs.shard } : {}), net: { maxWait: inputs.maxWait } }, env, output);
  try {
    const states = await session.list();
    const plan = { ...planTargets(states, { prune: inputs.prune, allowSecretLoss: inputs.allowSecretLoss, allowSecretRotation: inputs.allowSecretRotation, maxDeletes: inputs.maxDeletes }), selections: session.selections };
    output.out(renderMarkdown(plan));
    await then({ plan, config: session.loaded.config, adapters: session.adapters, states });
  } finally {
    await session.close();
  }
}

/** Outputs every command sets, and the JSON plan written where later steps can read it. */
function report(plan: Plan, exitCode: number, summary: string): void {
  const file = join(env.RUNNER_TEMP ?? tmpdir(), `hooksync-plan-${process.pid}.json`);
  writeFileSync(file, redactor.redact(`${JSON.stringify(planToJson(plan), null, 2)}\n`));
  core.setOutput('has-changes', String(hasChanges(plan)));
  core.setOutput('exit-code', String(exitCode));
  core.setOutput('summary', redactor.redact(summary));
  core.setOutput('plan-json', file);
}

async function jobSummary(markdown: string): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redactor.redact(markdown)).write();
}

const planSummary = (plan: Plan): string => (hasChanges(plan) ? summaryLine(summarize(plan)) : 'No changes. Live hooks match the configuration.');

async function runPlan(inputs: ActionInputs, ctx: RunContext, { plan }: Planned): Promise<void> {
  await jobSummary(renderMarkdown(plan));
  report(plan, hasChanges(plan) ? 2 : 0, planSummary(plan));
  if (ctx.pullRequest === undefined || !inputs.comment) return;
  const github = new GitHub(ctx.apiUrl, inputs.githubToken, ctx.repository);
  const post = { config: inputs.config, sha: ctx.sha, runUrl: ctx.runUrl };
  // The sticky comment is the action's own: a person's comment that quotes the marker is left alone.
  const self = await github.self(inputs.commentAuthor);
  const existing = (await github.comments(ctx.pullRequest)).find((c) => c.author === self && readMarker(c.body, 'plan', inputs.config));
  if (existing && readMarker(existing.body, 'plan', inputs.config)?.digest === planDigest(plan)) {
    core.info(`The plan comment on #${ctx.pullRequest} already shows this plan; left as it is.`);
    return;
  }
  const body = redactor.redact(planComment(plan, post));
  if (existing) await github.updateComment(existing.id, body);
  else await github.createComment(ctx.pullRequest, body);
  core.info(`${existing ? 'Updated' : 'Posted'} the plan comment on #${ctx.pullRequest}.`);
}

/** Applies a plan; results go to the log, the job summary and one annotation per failed hook. */
async function applyPlanned({ plan, config, adapters, states }: Planned, secretsFile: string | undefined): Promise<HookResult[]> {
  // A generated secret goes where its hook's secretTo says: a GitHub Actions secret, or a line
  // of the secrets-file input (a file the job's later steps read); nothing is sent without it.
  const handoff = await handoffFor(plan, states, { file: secretsFile, force: true, redactor });
  const results = await executePlan(plan, adapters, { onProgress: (e) => output.err(progressLine(e)), onCreated: handoff.onCreated }).finally(() => handoff.close());
  const text = resultsText(results);
  output.out(`\n${text}`);
  await jobSummary(`${renderMarkdown(plan)}\n#### Results\n\n\`\`\`\n${text}\`\`\`\n`);
  for (const r of results.filter((x) => x.outcome === 'failed')) {
    const hook = config.targets.find((t) => t.name === r.target)?.hooks.find((h) => h.key === r.key);
    const message = redactor.redact(`${r.target}/${r.key} was not ${PAST[r.action]}: ${r.error}`);
    core.error(message, hook ? { title: 'hooksync apply', file: hook.position.file, startLine: hook.position.line, startColumn: hook.position.col } : { title: 'hooksync apply' });
  }
  return results;
}

async function runApply(inputs: ActionInputs, ctx: RunContext, p: Planned): Promise<void> {
  if (!hasChanges(p.plan)) {
    await jobSummary(renderMarkdown(p.plan));
    report(p.plan, 0, planSummary(p.plan));
    return;
  }
  const mismatch = await notReviewed(inputs, ctx, p.plan);
  if (mismatch && inputs.onPlanMismatch === 'fail') {
    const reviewed = mismatch.comment ? `\n### The plan pull request #${mismatch.pr} showed\n\n${mismatch.comment}\n` : '';
    await jobSummary(`### hooksync did not apply: ${mismatch.why}\n\nSet \`on-plan-mismatch: apply\` to apply anyway, or re-run the plan on a pull request and review it.\n\n### The plan now\n\n${renderMarkdown(p.plan)}${reviewed}`);
    report(p.plan, 1, `Not applied: ${mismatch.why}`);
    core.setFailed(redactor.redact(`not applied: ${mismatch.why}; nothing was sent (the job summary shows both plans; on-plan-mismatch: apply applies anyway)`));
    return;
  }
  if (mismatch) core.warning(redactor.redact(`applying although ${mismatch.why} (on-plan-mismatch: apply)`));
  const results = await applyPlanned(p, inputs.secretsFile);
  const failed = results.filter((r) => r.outcome === 'failed').length;
  report(p.plan, failed ? 1 : 0, resultsText(results).trim().split('\n').at(-1) ?? '');
  if (failed) core.setFailed(`${failed} of ${results.length} changes failed; the others were made (see the annotations)`);
}

/**
 * Why the plan about to be applied on a push is not what was reviewed, or undefined when it is:
 * the merged pull request's plan comment carries the digest of the plan it showed.
 */
async function notReviewed(inputs: ActionInputs, ctx: RunContext, plan: Plan): Promise<{ why: string; pr?: number; comment?: string } | undefined> {
  const github = new GitHub(ctx.apiUrl, inputs.githubToken, ctx.repository);
  const pr = await github.mergedPullOf(ctx.sha);
  if (pr === undefined) return { why: `no pull request was merged into ${ctx.sha.slice(0, 7)} (a direct push), so nobody reviewed this plan` };
  // Only a comment the action itself wrote stands for the reviewed plan: anyone can post the
  // marker line, and the digest can be read off any plan comment.
  const self = await github.self(inputs.commentAuthor);
  const marked = (await github.comments(pr)).filter((c) => readMarker(c.body, 'plan', inputs.config));
  const comment = marked.find((c) => c.author === self);
  if (!comment) {
    const others = [...new Set(marked.map((c) => c.author || '(unknown)'))];
    const found = others.length > 0 ? `; a plan marker was found in a comment by ${others.join(', ')}, which does not count: only the action's own comments (by ${self}) stand for the reviewed plan` : '';
    return { why: `pull request #${pr} has no hooksync plan comment for ${inputs.config} written by ${self}${found}`, pr };
  }
  if (readMarker(comment.body, 'plan', inputs.config)?.digest === planDigest(plan)) return undefined;
  return { why: `the plan differs from the one pull request #${pr} showed (the live hooks or the file moved since)`, pr, comment: comment.body };
}

async function runDrift(inputs: ActionInputs, ctx: RunContext, p: Planned): Promise<void> {
  const github = new GitHub(ctx.apiUrl, inputs.githubToken, ctx.repository);
  const post = { config: inputs.config, sha: ctx.sha, runUrl: ctx.runUrl };
  const open = (await github.openIssues(DRIFT_LABEL)).find((i) => readMarker(i.body, 'drift', inputs.config));

  // Hooks that fail to deliver are drift too: the issue opens for them alone.
  const failing = summarize(p.plan).failing;
  if (!hasChanges(p.plan) && failing === 0) {
    await jobSummary(`No drift: the live hooks match \`${inputs.config}\`.\n`);
    report(p.plan, 0, 'No drift.');
    if (open) {
      await github.commentIssue(open.number, `The live hooks match \`${inputs.config}\` again as of ${ctx.sha.slice(0, 7)} ([run](${ctx.runUrl})). Closing.`);
      await github.updateIssue(open.number, { state: 'closed', state_reason: 'completed' });
      core.info(`Drift is gone: closed #${open.number}.`);
    }
    return;
  }

  if (inputs.reconcile && hasChanges(p.plan)) {
    const results = await applyPlanned(p, inputs.secretsFile);
    const failed = results.filter((r) => r.outcome === 'failed');
    const repaired = results.filter((r) => r.outcome === 'done').map((r) => `- ${r.target}/${r.key}: ${PAST[r.action]}`);
    report(p.plan, failed.length ? 1 : 0, `Repaired ${repaired.length} of ${results.length} drifted hooks.`);
    if (failed.length === 0 && failing === 0) {
      if (open) {
        await github.commentIssue(open.number, redactor.redact(`Repaired by reconcile as of ${ctx.sha.slice(0, 7)} ([run](${ctx.runUrl})):\n\n${repaired.join('\n')}\n\nClosing.`));
        await github.updateIssue(open.number, { state: 'closed', state_reason: 'completed' });
      }
      return;
    }
    if (failed.length > 0) core.setFailed(`reconcile repaired ${repaired.length} of ${results.length} drifted hooks; ${failed.length} failed (see the annotations)`);
  } else {
    await jobSummary(renderMarkdown(p.plan));
    report(p.plan, 2, hasChanges(p.plan) ? `Drift: ${planSummary(p.plan)}` : `${failing} managed ${failing === 1 ? 'hook fails' : 'hooks fail'} to deliver.`);
  }

  // Drift remains: one issue, its body the current plan, rewritten only when the plan changed.
  const body = redactor.redact(driftIssueBody(p.plan, post));
  if (!open) {
    const number = await github.createIssue(`hooksync: live webhooks drifted from ${inputs.config}`, body, DRIFT_LABEL);
    core.warning(`Drift found: opened #${number}.`);
  } else if (readMarker(open.body, 'drift', inputs.config)?.digest !== planDigest(p.plan)) {
    await github.updateIssue(open.number, { body });
    core.warning(`Drift changed: updated #${open.number}.`);
  } else {
    core.warning(`Drift unchanged since #${open.number} was written; left as it is.`);
  }
}

async function runValidate(inputs: ActionInputs): Promise<void> {
  const code = await validateCommand({ config: inputs.config }, { stdout: process.stdout, stderr: process.stderr, env, interactive: false }, output);
  core.setOutput('exit-code', String(code));
}

async function main(): Promise<void> {
  try {
    const inputs = readInputs();
    // Through the redactor, like every other secret: masked in the log and kept out of posts.
    redactor.add(inputs.githubToken);
    // A github target may use the workflow's own token: `auth: { token: "${GITHUB_TOKEN}" }`
    // works without an env: line (a step's own GITHUB_TOKEN, if it sets one, wins).
    if (!env.GITHUB_TOKEN && inputs.githubToken) env.GITHUB_TOKEN = inputs.githubToken;
    const ctx = readContext(env);
    if (ctx.fromFork && inputs.command !== 'validate') {
      // A fork's pull request has no secrets: say so, and check what can be checked.
      core.notice(`This pull request comes from a fork, which gets no secrets: validating ${inputs.config} instead of running ${inputs.command}.`);
      await runValidate(inputs);
      return;
    }
    if (inputs.command === 'validate') await runValidate(inputs);
    else if (inputs.command === 'plan') await withPlan(inputs, (p) => runPlan(inputs, ctx, p));
    else if (inputs.command === 'apply') await withPlan(inputs, (p) => runApply(inputs, ctx, p));
    else await withPlan(inputs, (p) => runDrift(inputs, ctx, p));
  } catch (e) {
    output.error(e);
    if (isHooksyncError(e)) {
      for (const problem of e.problems) {
        const a = annotationOf(problem);
        if (a) core.error(redactor.redact(a.message), { title: 'hooksync', file: a.file, startLine: a.line, startColumn: a.col });
      }
    }
    core.setOutput('exit-code', '1');
    core.setFailed(redactor.redact(isHooksyncError(e) ? `${e.code}: ${e.message}` : `unexpected error: ${(e as Error).message}`));
  }
}

await main();
