/**
 * What the action posts, as pure functions: the sticky plan comment and the drift issue. Each
 * carries a hidden marker to be found again by, and a digest of its plan so that an unchanged
 * plan is recognised and not written again. A comment longer than GitHub allows is cut from
 * the per-hook details, never from the summary, and says where the whole plan is.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../plan/model.js';
import { markdownParts } from '../render/markdown.js';

/** GitHub refuses a comment or issue body longer than this. */
export const BODY_LIMIT = 65_536;

export interface PostContext {
  readonly config: string;
  readonly sha: string;
  readonly runUrl: string;
}

const markerOf = (kind: string, config: string) => `<!-- hooksync-${kind}: ${config.replace(/--/g, '-')} `;

/** The marker of a post, and the digest of the plan it shows. */
export function readMarker(body: string, kind: 'plan' | 'drift', config: string): { digest: string } | undefined {
  const start = body.indexOf(markerOf(kind, config));
  if (start < 0) return undefined;
  const m = /digest=([0-9a-f]+) -->/.exec(body.slice(start));
  return { digest: m?.[1] ?? '' };
}

export function planDigest(plan: Plan): string {
  const { head, details, tail } = markdownParts(plan);
  return createHash('sha256').update([head, ...details, tail].join('')).digest('hex').slice(0, 16);
}

export function planComment(plan: Plan, ctx: PostContext): string {
  return post('plan', plan, ctx, `Plan for \`${ctx.config}\` as of ${ctx.sha.slice(0, 7)} · [run](${ctx.runUrl})`);
}

export function driftIssueBody(plan: Plan, ctx: PostContext): string {
  return post('drift', plan, ctx, `The live hooks no longer match \`${ctx.config}\` as of ${ctx.sha.slice(0, 7)} · [run](${ctx.runUrl}). Run apply (or the drift workflow with \`reconcile: true\`) to restore them, or change the file to accept them.`);
}

function post(kind: 'plan' | 'drift', plan: Plan, ctx: PostContext, footer: string): string {
  const { head, details, tail } = markdownParts(plan);
  const marker = `${markerOf(kind, ctx.config)}digest=${planDigest(plan)} -->\n`;
  const foot = `\n---\n<sub>${footer}</sub>\n`;
  const whole = `${marker}${head}${details.join('')}${tail}${foot}`;
  if (whole.length <= BODY_LIMIT) return whole;
  // Keep as many hooks' details as fit beside the note that says the rest were left out.
  const note = (left: number) => `\n> **${left} of ${details.length} hooks' details are not shown**: a comment holds at most ${BODY_LIMIT.toLocaleString('en-US')} characters. The whole plan is in the [run's job summary](${ctx.runUrl}).\n`;
  const reserve = note(details.length).length + tail.length + foot.length;
  let top = `${marker}${head}`;
  if (top.length + reserve > BODY_LIMIT) {
    // Only a plan of thousands of changes gets here: even the summary table is cut, at a row.
    const room = BODY_LIMIT - reserve - 200;
    top = `${top.slice(0, top.lastIndexOf('\n', room))}\n\n> **The summary table is cut here**; the whole plan is in the [run's job summary](${ctx.runUrl}).\n`;
  }
  let kept = 0;
  for (const d of details) {
    if (top.length + d.length + reserve > BODY_LIMIT) break;
    top += d;
    kept++;
  }
  return `${top}${note(details.length - kept)}${tail}${foot}`;
}
