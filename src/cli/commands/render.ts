/**
 * `hooksync render PLAN.json...`: JSON plans (plan -f json, or the action's plan-json output)
 * rendered as one text or markdown plan, so the jobs of a matrix can post one combined comment.
 * The files are read as untrusted: a file that is not a hooksync plan is one clear error.
 */
import { readFile } from 'node:fs/promises';
import { HooksyncError } from '../../core/errors.js';
import { isPlainObject } from '../../core/model.js';
import { JSON_FORMAT_VERSION, type JsonPlan } from '../../render/json.js';
import type { PlanSelection } from '../../plan/model.js';
import { markdownPartsOf } from '../../render/markdown.js';
import { textOf } from '../../render/text.js';
import type { CliIo } from '../io.js';
import type { Output } from '../output.js';

/** Larger than the JSON plan of any estate hooksync plans in one run. */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;

export async function renderCommand(opts: { files: readonly string[]; format: 'text' | 'markdown' }, _io: CliIo, output: Output): Promise<number> {
  if (opts.files.length === 0) throw new HooksyncError('HOOKSYNC_USAGE', 'render needs one or more JSON plans (hooksync plan -f json > plan.json); nothing was rendered');
  const plans = await Promise.all(opts.files.map(readPlan));
  const names = new Set<string>();
  for (const [i, p] of plans.entries()) {
    for (const t of p.targets) {
      if (names.has(t.target)) throw new HooksyncError('HOOKSYNC_USAGE', `${opts.files[i]!} plans target ${t.target} again (an earlier file plans it too); render each target's plan once`);
      names.add(t.target);
    }
  }
  const merged: JsonPlan = {
    format_version: JSON_FORMAT_VERSION,
    has_changes: plans.some((p) => p.has_changes),
    summary: {
      add: sum(plans, 'add'),
      change: sum(plans, 'change'),
      destroy: sum(plans, 'destroy'),
      replace: sum(plans, 'replace'),
      refused: sum(plans, 'refused'),
      unchanged: sum(plans, 'unchanged'),
      unmanaged: sum(plans, 'unmanaged'),
      failing: sum(plans, 'failing'),
    },
    ...(plans.some((p) => p.selections?.length) ? { selections: mergeShards(plans.flatMap((p) => p.selections ?? [])) } : {}),
    targets: plans.flatMap((p) => p.targets),
  };
  if (opts.format === 'text') output.outPlan(textOf(merged));
  else {
    const { head, details, tail } = markdownPartsOf(merged);
    output.out(`${[head, ...details, tail].join('').trimEnd()}\n`);
  }
  return 0;
}

// `failing` came after format_version 1's first plans: a plan without it has none.
const sum = (plans: readonly JsonPlan[], k: keyof JsonPlan['summary']): number => plans.reduce((n, p) => n + (p.summary[k] ?? 0), 0);

async function readPlan(file: string): Promise<JsonPlan> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_PLAN_BYTES) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is ${(bytes.length / 1024 / 1024).toFixed(0)} MiB, larger than any hooksync plan; is it the right file?`);
    text = bytes.toString('utf8');
  } catch (e) {
    if (e instanceof HooksyncError) throw e;
    throw new HooksyncError('HOOKSYNC_USAGE', `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'}); nothing was rendered`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not JSON; pass plans made by hooksync plan -f json; nothing was rendered`);
  }
  const summary = isPlainObject(value) && isPlainObject(value.summary) ? value.summary : undefined;
  const counts = ['add', 'change', 'destroy', 'replace', 'refused', 'unchanged', 'unmanaged'];
  if (!isPlainObject(value) || value.format_version !== JSON_FORMAT_VERSION || !Array.isArray(value.targets) || !summary || !counts.every((k) => Number.isInteger(summary[k]))) {
    throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not a hooksync plan of format_version "${JSON_FORMAT_VERSION}" (plan -f json); nothing was rendered`);
  }
  for (const t of value.targets) {
    if (!isPlainObject(t) || typeof t.target !== 'string' || !Array.isArray(t.changes) || !Array.isArray(t.unchanged) || !Array.isArray(t.unmanaged) || !Array.isArray(t.notes)) {
      throw new HooksyncError('HOOKSYNC_USAGE', `${file} holds a target that is not one of a hooksync plan; nothing was rendered`);
    }
  }
  return value as unknown as JsonPlan;
}

/**
 * The shards of one selection (`plan --shard K/N` in each job) as one: the whole selection is
 * the same in each, the repositories each planned add up. A selection that is not sharded, or
 * whose shards do not make a whole set, is kept as each job said it.
 */
function mergeShards(selections: readonly PlanSelection[]): PlanSelection[] {
  const out: PlanSelection[] = [];
  const byTarget = new Map<string, PlanSelection[]>();
  for (const s of selections) {
    if (s.shard === undefined) out.push(s);
    else byTarget.set(s.target, [...(byTarget.get(s.target) ?? []), s]);
  }
  for (const parts of byTarget.values()) {
    const of = Number(parts[0]!.shard!.shard.split('/')[1]);
    const whole = new Set(parts.map((p) => p.shard!.shard)).size === of && parts.length === of;
    if (!whole) {
      out.push(...parts);
      continue;
    }
    const { shard: _shard, ...first } = parts[0]!;
    out.push({ ...first, managed: parts.reduce((n, p) => n + p.managed, 0), skipped: parts.flatMap((p) => p.skipped) });
  }
  return out;
}
