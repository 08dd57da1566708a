/**
 * Markdown for a pull-request comment: the summary table first, each hook's fields folded.
 * Rendered from the JSON form (json.ts), as every human form is.
 */
import { visible } from '../core/visible.js';
import type { Plan } from '../plan/model.js';
import { planToJson, type JsonPlan } from './json.js';
import { changeLine, headline, summaryLine, termLines } from './text.js';
import { changeBlocks, failingLines, groupHeadline, namesLine, noteBlocks, selectionLines } from './groups.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fenced(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((l) => (l.match(/`+/g) ?? []).reduce((m, r) => Math.max(m, r.length), 0)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}diff`, ...lines, fence].join('\n');
}

/** The markdown in three parts, so a comment with a size limit can leave details out. */
export interface MarkdownParts {
  /** Title and summary table: never cut. */
  readonly head: string;
  /** One folded section per change. */
  readonly details: readonly string[];
  /** Notes and the unmanaged count. */
  readonly tail: string;
}

export const markdownParts = (plan: Plan): MarkdownParts => markdownPartsOf(planToJson(plan));

export function markdownPartsOf(plan: JsonPlan): MarkdownParts {
  const s = plan.summary;
  const head: string[] = [];
  head.push(`### hooksync plan: ${plan.has_changes ? summaryLine(s).replace(/^Plan: /, '') : 'no changes'}`, '');
  const selected = selectionLines(plan).filter((l) => l !== '');
  if (selected.length > 0) head.push(...selected.map((l) => (l.startsWith('  ') ? `> ${cell(l.trim())}` : cell(l))), '');
  // Identical changes on many repositories of one selecting target are one row and one section,
  // so the comment of a plan for hundreds of repositories keeps every count and stays short.
  const blocks = changeBlocks(plan);
  const rows = blocks.map(({ change: c, target, places }) => `| ${cell(target)}${places ? ` (${places.length} repositories)` : ''} | ${cell(c.key)} | ${c.refused !== undefined ? `**refused** ${c.action}` : c.action} | ${c.action === 'delete' ? '-' : (c.fields ?? []).length} |`);
  if (rows.length > 0) head.push('| Target | Hook | Action | Fields |', '| --- | --- | --- | ---: |', ...rows, '');
  else head.push('No changes. Live hooks match the configuration.', '');
  const failing = failingLines(plan);
  if (failing.length > 0) head.push(`**${failing.length} managed ${failing.length === 1 ? 'hook fails' : 'hooks fail'} to deliver**, as the vendor's list says:`, '', ...failing.map((l) => `- ${cell(l)}`), '');
  const details = blocks.map(({ change: c, target, places }) => {
    const title = (places ? groupHeadline(c, target, places.length) : headline(c, target)).replace(/^# /, '');
    const body = c.action === 'delete' ? ['- (the whole hook)'] : (c.fields ?? []).map(changeLine).map((l) => (l.startsWith('~') ? `! ${l.slice(2)}` : l));
    const terms = [...(places ? [`on ${namesLine(places)}`] : []), ...termLines(c)].map((l) => `> ${cell(l)}`);
    return [`<details${c.refused !== undefined ? ' open' : ''}><summary>${cell(title).replace(/</g, '&lt;')}</summary>`, '', ...(terms.length ? [...terms, ''] : []), fenced(body), '', '</details>', ''].join('\n');
  });
  const tail: string[] = [];
  for (const n of noteBlocks(plan)) tail.push(`> **Note** (${cell(n.target)}: ${n.keys.map(cell).join(', ')}): ${n.text}.`, '');
  if (s.unmanaged > 0) tail.push(`${s.unmanaged} unmanaged live ${s.unmanaged === 1 ? 'hook' : 'hooks'} left alone (not in the file; \`--prune\` deletes them).`, '');
  // Cells and titles already have their line breaks folded; what could still act on a terminal
  // (plan -f markdown) or hide in a comment (bidi overrides) is shown as an escape.
  const shown = (text: string) => text.split('\n').map(visible).join('\n');
  return { head: shown(`${head.join('\n')}\n`), details: details.map((d) => shown(`${d}\n`)), tail: tail.length ? shown(`${tail.join('\n')}\n`) : '' };
}

export function renderMarkdown(plan: Plan): string {
  const { head, details, tail } = markdownParts(plan);
  return `${[head, ...details, tail].join('').trimEnd()}\n`;
}
