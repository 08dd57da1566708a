/** The guard on a target's deletes: an empty file, or more than the limit, refuses them all. */
import type { TargetConfig } from '../core/model.js';
import { DEFAULT_MAX_DELETES, type PlanOptions } from './options.js';

/** Why this target's deletes are refused, if they are: an empty file, or more than the limit. */
export function pruneGuard(target: TargetConfig, deletes: number, options: PlanOptions): string | undefined {
  if (deletes === 0) return undefined;
  if (target.hooks.length === 0 && !target.pruneAll) {
    return `the file lists no hooks for target ${target.name} while prune is on, which is far more often a wrong file, target or template than an intent; write "prune: all" on the target to delete every live hook`;
  }
  const limit = target.maxDeletes ?? options.maxDeletes ?? DEFAULT_MAX_DELETES;
  if (deletes > limit) return `${deletes} deletes planned for target ${target.name}, more than the limit of ${limit}; raise --max-deletes (or maxDeletes on the target) if you mean it`;
  return undefined;
}
