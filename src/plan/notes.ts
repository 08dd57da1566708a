/** What a plan cannot see and says so: write-only values compared by name or presence only. */
import type { DesiredHook, LiveHook } from '../core/model.js';
import { isPlainObject, valueAt } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import type { TargetPlan } from './model.js';

/** A write-only value the file gives for an updated hook that the vendor cannot show. */
export interface Unseen {
  readonly field: string;
  readonly key: string;
}

/** The write-only fields (maps and single values) whose file values could not be compared on this update. */
export function unseenValues(spec: ProviderSpec, desired: DesiredHook, match: LiveHook): Unseen[] {
  return [
    ...(spec.writeOnlyFields ?? []).filter((f) => valuesNotCompared(desired.fields[f], match.fields[f])).map((field) => ({ field, key: desired.key })),
    ...(spec.writeOnlyPaths ?? []).filter((p) => valueNotCompared(valueAt(desired.fields, p), valueAt(match.fields, p))).map((p) => ({ field: p.join('.'), key: desired.key })),
  ];
}

/**
 * One note per target and write-only field, naming the updated hooks whose file gives a value
 * for a name the live hook already has: those values could not be compared. A create or a
 * replacement sends every value, and a hook with no change gets no note, so "No changes" is
 * just that (README: a changed value alone is invisible).
 */
export function writeOnlyNotes(spec: ProviderSpec, unseen: readonly Unseen[]): TargetPlan['notes'] {
  return [...(spec.writeOnlyFields ?? []), ...(spec.writeOnlyPaths ?? []).map((p) => p.join('.'))].flatMap((f) => {
    const keys = unseen.filter((u) => u.field === f).map((u) => u.key);
    if (keys.length === 0) return [];
    if (spec.writeOnlyFields?.includes(f)) return [{ keys, text: `${spec.displayName} never shows ${f} values, so only their names are compared; a value is sent when its name is new (to change a value, remove the name in one apply and add it back in the next)` }];
    const top = f.split('.')[0]!;
    if (spec.wholeObjectFields.includes(top)) return [{ keys, text: `${spec.displayName} never shows ${f}, so only whether one is set is compared; the file's value is sent whenever ${top} is (when another key of it changes)` }];
    return [{ keys, text: `${spec.displayName} never shows ${f}, so only whether one is set is compared; it is sent when the live hook has none (to change it, write ${f.split('.').pop()}: null in one apply and the new value in the next)` }];
  });
}

/** The file gives a value for a write-only scalar the live hook has one for too. */
function valueNotCompared(desired: unknown, live: unknown): boolean {
  return desired !== null && desired !== undefined && live !== null && live !== undefined;
}

/** The file gives a value for a write-only name the live hook already has: it cannot be compared. */
function valuesNotCompared(desired: unknown, live: unknown): boolean {
  if (!isPlainObject(desired) || !isPlainObject(live)) return false;
  return Object.entries(desired).some(([name, value]) => value !== null && value !== undefined && name in live);
}
