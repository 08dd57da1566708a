/**
 * The order a target's changes are sent in, as stages: every change of a stage is done before
 * the next stage starts, and within a stage they may go in parallel. Some vendors allow one
 * enabled hook per trigger (Auth0), so hooks being disabled go first; replacements next (their
 * delete frees the name); then creates and updates; prune deletes last, so a failure earlier
 * never leaves a tenant with fewer hooks than it started with. Pure.
 */
import type { Change } from '../plan/model.js';

const rank = (c: Change): number => {
  if (c.action === 'update' && (c.body.enabled === false || c.body.active === false)) return 0;
  if (c.action === 'replace') return 1;
  if (c.action === 'delete') return 3;
  return 2;
};

/** The ordered changes cut into stages of equal rank, empty stages left out. */
export function stagesOf(changes: readonly Change[]): Change[][] {
  const stages: Change[][] = [[], [], [], []];
  for (const c of changes) stages[rank(c)]!.push(c);
  return stages.filter((s) => s.length > 0);
}
