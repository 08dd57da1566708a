/**
 * Terraform-like text: a block per touched hook, unmanaged hooks, then one summary line. Rendered
 * from the JSON form (json.ts), as every human form is.
 */
import type { Plan, PlanSummary } from '../plan/model.js';
import { MASK } from '../core/redact.js';
import { visible } from '../core/visible.js';
import { planToJson, type JsonChange, type JsonField, type JsonPlan } from './json.js';
import { formatValue } from './values.js';
import { changeBlocks, failingLines, groupHeadline, namesLine, noteBlocks, selectionLines } from './groups.js';

export function headline(change: JsonChange, target: string): string {
  const name = `${target}/${change.key}`;
  switch (change.action) {
    case 'create':
      return `# ${name} will be created`;
    case 'update':
      return `# ${name} will be updated in-place (id ${change.id})`;
    case 'replace':
      return `# ${name} must be replaced (id ${change.id}): ${(change.forced_by ?? []).join(', ')} cannot be changed in place`;
    case 'delete':
      return `# ${name} will be DELETED (id ${change.id})`;
  }
}

export const summaryLine = (s: PlanSummary): string =>
  `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to delete${s.replace > 0 ? `, ${s.replace} to replace` : ''}${s.refused > 0 ? `; ${s.refused} of these REFUSED (apply will not send ${s.refused === 1 ? 'it' : 'them'})` : ''}.`;

/** Lines under a change's headline that say it will not be sent, or what to know about it. */
export function termLines(change: JsonChange): string[] {
  return [...(change.refused !== undefined ? [`! REFUSED, apply will not send this: ${change.refused}`] : []), ...(change.warnings ?? []).map((w) => `! ${w}`)];
}

export const renderText = (plan: Plan): string => textOf(planToJson(plan));

export function textOf(plan: JsonPlan): string {
  const out: string[] = [...selectionLines(plan)];
  for (const { change, target, places } of changeBlocks(plan)) {
    out.push(places ? groupHeadline(change, target, places.length) : headline(change, target));
    if (places) out.push(`    on ${namesLine(places)}`);
    out.push(...termLines(change).map((l) => `    ${l}`));
    if (change.action === 'replace') out.push('    -/+ the live hook is deleted, then created anew');
    if (change.action !== 'delete') {
      for (const f of change.fields ?? []) {
        const forces = change.action === 'replace' && (change.forced_by ?? []).includes(f.path_segments[0] ?? '') ? '   # forces replacement' : '';
        out.push(`    ${changeLine(f)}${forces}`);
      }
    } else out.push('    - (the whole hook)');
    out.push('');
  }
  for (const n of noteBlocks(plan)) out.push(`Note (${n.target}: ${n.keys.join(', ')}): ${n.text}.`, '');
  const failing = failingLines(plan);
  if (failing.length > 0) out.push(`Delivery: ${failing.length} managed ${failing.length === 1 ? 'hook fails' : 'hooks fail'} to deliver, as the vendor's list says:`, ...failing.map((l) => `  ! ${l}`), '');
  const unmanaged = plan.targets.flatMap((t) => t.unmanaged.map((h) => `    ${t.target}/${h.key || '(no name)'} (id ${h.id})`));
  if (unmanaged.length > 0) {
    out.push(`Unmanaged: ${unmanaged.length} live ${unmanaged.length === 1 ? 'hook is' : 'hooks are'} not in the file and will be left alone (--prune deletes them):`, ...unmanaged, '');
  }
  out.push(plan.has_changes ? summaryLine(plan.summary) : 'No changes. Live hooks match the configuration.');
  // Each entry is one line: a line break or control character in it came from a name, an id or a
  // value, and is shown, never obeyed.
  return `${out.map(visible).join('\n')}\n`;
}

/** `+ path: after`, `- path: before`, `~ path: before -> after`, masked where sensitive. */
export function changeLine(c: JsonField): string {
  const show = (v: unknown) => (c.sensitive ? MASK : formatValue(v));
  if (!('before' in c)) return `+ ${c.path}: ${show(c.after)}`;
  if (!('after' in c)) return `- ${c.path}: ${show(c.before)}`;
  return c.sensitive ? `~ ${c.path}: ${MASK}` : `~ ${c.path}: ${show(c.before)} -> ${show(c.after)}`;
}

