/**
 * The order a target's changes are sent in, as stages: every change of a stage is done before
 * the next stage starts, and within a stage they may go in parallel. By default hooks being
 * disabled go first (vendors that cap enabled hooks), replacements next, then creates and
 * updates, and prune deletes last, so a failure earlier never leaves a tenant with fewer hooks
 * than it started with. A change the plan says must wait for another (a name or a trigger slot
 * it frees, see plan/holdings.ts) goes in a later stage than that one, whatever its rank: a
 * delete that frees a trigger for an enable is sent before that enable. Pure.
 */
import type { Change } from '../plan/model.js';

const rank = (c: Change): number => {
  if (c.action === 'update' && (c.body.enabled === false || c.body.active === false)) return 0;
  if (c.action === 'replace') return 1;
  if (c.action === 'delete') return 3;
  return 2;
};

/** Indices of `changes`, cut into stages; empty stages are left out. The plan has no cycles in `needs`. */
export function stagesOf(changes: readonly Change[]): number[][] {
  const needed = new Set(changes.flatMap((c) => (c.needs ?? []).map((n) => n.on)));
  const level = new Map<number, number>();
  const levelOf = (i: number, path: ReadonlySet<number>): number => {
    const known = level.get(i);
    if (known !== undefined) return known;
    if (path.has(i)) throw new Error(`the plan's changes wait for each other in a circle (change ${i})`);
    const c = changes[i]!;
    // A delete another change waits for goes as early as its rank among the others allows.
    let l = c.action === 'delete' && needed.has(i) ? 0 : rank(c);
    for (const n of c.needs ?? []) l = Math.max(l, levelOf(n.on, new Set([...path, i])) + 1);
    level.set(i, l);
    return l;
  };
  changes.forEach((_, i) => levelOf(i, new Set()));
  // Deletes nothing waits for stay behind every other change.
  const last = Math.max(3, ...changes.flatMap((c, i) => (c.action === 'delete' && !needed.has(i) ? [] : [level.get(i)! + 1])));
  const stages: number[][] = [];
  changes.forEach((c, i) => {
    const l = c.action === 'delete' && !needed.has(i) ? last : level.get(i)!;
    (stages[l] ??= []).push(i);
  });
  return stages.filter((s) => s !== undefined && s.length > 0);
}
