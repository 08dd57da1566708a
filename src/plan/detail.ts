/**
 * Which listed hooks need more than the list answer: the planner's rule, asked by whoever lists.
 * A field the vendor's list may leave out (and write-only names) is read only when a file entry
 * that may match the hook manages that field, or when the hook is about to be replaced, since a
 * replacement carries every field over.
 */
import type { DesiredHook, LiveHook } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import { entryIndexFor } from './match.js';
import { forcesReplacement } from './replace.js';

export function detailNeeds(spec: ProviderSpec, desired: readonly DesiredHook[]): (hook: LiveHook, field: string) => boolean {
  const entryOf = entryIndexFor(desired);
  return (hook, field) => {
    const at = entryOf(hook);
    const d = at === undefined ? undefined : desired[at];
    return d !== undefined && (d.fields[field] !== undefined || forcesReplacement(spec, d.fields, hook.fields));
  };
}

/** Every field of every hook: what export needs to write a file that plans clean. */
export const everyDetail = (): boolean => true;
