/** Markdown for a pull-request comment: the summary table first, each hook's fields folded. */
import type { Plan } from '../model.js';
import { hasChanges, summarize } from '../model.js';
import { headline, summaryLine } from './text.js';
import { changeLine } from './values.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fenced(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((l) => (l.match(/`+/g) ?? []).reduce((m, r) => Math.max(m, r.length), 0)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}diff`, ...lines, fence].join('\n');
}

export function renderMarkdown(plan: Plan): string {
  const s = summarize(plan);
  const out: string[] = [];
  out.push(`### hooksync plan: ${hasChanges(plan) ? summaryLine(s).replace(/^Plan: /, '') : 'no changes'}`, '');
  const rows = plan.targets.flatMap((t) =>
    t.changes.map((c) => `| ${cell(t.target)} | ${cell(c.key)} | ${c.action} | ${c.action === 'delete' ? '-' : c.fields.length} |`),
  );
  if (rows.length > 0) out.push('| Target | Hook | Action | Fields |', '| --- | --- | --- | ---: |', ...rows, '');
  else out.push('No changes. Live hooks match the configuration.', '');
  for (const t of plan.targets) {
    for (const c of t.changes) {
      const title = headline(c, t.target).replace(/^# /, '');
      const body = c.action === 'delete' ? ['- (the whole hook)'] : c.fields.map(changeLine).map((l) => (l.startsWith('~') ? `! ${l.slice(2)}` : l));
      out.push(`<details><summary>${cell(title).replace(/</g, '&lt;')}</summary>`, '', fenced(body), '', '</details>', '');
    }
  }
  for (const t of plan.targets) for (const n of t.notes) out.push(`> **Note** (${cell(t.target)}: ${n.keys.map(cell).join(', ')}): ${n.text}.`, '');
  if (s.unmanaged > 0) out.push(`${s.unmanaged} unmanaged live ${s.unmanaged === 1 ? 'hook' : 'hooks'} left alone (not in the file; \`--prune\` deletes them).`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
