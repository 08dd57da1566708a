/**
 * The order a target's changes are sent in. Some vendors allow one enabled hook per trigger
 * (Auth0), so a hook that is being disabled goes before anything that might enable another;
 * replacements come next (their delete frees the name); prune deletes go last, so a failure
 * earlier never leaves a tenant with fewer hooks than it started with. Pure.
 */
import type { Change } from '../plan/model.js';

const rank = (c: Change): number => {
  if (c.action === 'update' && c.body.enabled === false) return 0;
  if (c.action === 'update' && c.body.active === false) return 0;
  if (c.action === 'replace') return 1;
  if (c.action === 'delete') return 3;
  return 2;
};

export const orderChanges = (changes: readonly Change[]): Change[] => [...changes].sort((a, b) => rank(a) - rank(b));
