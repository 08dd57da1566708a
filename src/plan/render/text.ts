/** Terraform-like text: a block per touched hook, unmanaged hooks, then one summary line. */
import type { Change, Plan, PlanSummary } from '../model.js';
import { hasChanges, summarize } from '../model.js';
import { changeLine } from './values.js';

export function headline(change: Change, target: string): string {
  const name = `${target}/${change.key}`;
  switch (change.action) {
    case 'create':
      return `# ${name} will be created`;
    case 'update':
      return `# ${name} will be updated in-place (id ${change.id})`;
    case 'replace':
      return `# ${name} must be replaced (id ${change.id}): ${change.forcedBy.join(', ')} cannot be changed in place`;
    case 'delete':
      return `# ${name} will be DELETED (id ${change.id})`;
  }
}

export const summaryLine = (s: PlanSummary): string =>
  `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to delete${s.replace > 0 ? `, ${s.replace} to replace` : ''}${s.refused > 0 ? `; ${s.refused} of these REFUSED (apply will not send ${s.refused === 1 ? 'it' : 'them'})` : ''}.`;

/** Lines under a change's headline that say it will not be sent, or what to know about it. */
export function termLines(change: Change): string[] {
  return [...(change.refused !== undefined ? [`! REFUSED, apply will not send this: ${change.refused}`] : []), ...(change.warnings ?? []).map((w) => `! ${w}`)];
}

export function renderText(plan: Plan): string {
  const out: string[] = [];
  for (const t of plan.targets) {
    for (const change of t.changes) {
      out.push(headline(change, t.target));
      out.push(...termLines(change).map((l) => `    ${l}`));
      if (change.action === 'replace') out.push('    -/+ the live hook is deleted, then created anew');
      if (change.action !== 'delete') {
        for (const f of change.fields) {
          const forces = change.action === 'replace' && change.forcedBy.includes(f.path[0] ?? '') ? '   # forces replacement' : '';
          out.push(`    ${changeLine(f)}${forces}`);
        }
      } else out.push('    - (the whole hook)');
      out.push('');
    }
  }
  for (const t of plan.targets) for (const n of t.notes) out.push(`Note (${t.target}: ${n.keys.join(', ')}): ${n.text}.`, '');
  const unmanaged = plan.targets.flatMap((t) => t.unmanaged.map((h) => `    ${t.target}/${h.key || '(no name)'} (id ${h.id})`));
  if (unmanaged.length > 0) {
    out.push(`Unmanaged: ${unmanaged.length} live ${unmanaged.length === 1 ? 'hook is' : 'hooks are'} not in the file and will be left alone (--prune deletes them):`, ...unmanaged, '');
  }
  out.push(hasChanges(plan) ? summaryLine(summarize(plan)) : 'No changes. Live hooks match the configuration.');
  return `${out.join('\n')}\n`;
}
