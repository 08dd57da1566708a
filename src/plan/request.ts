/**
 * The request bodies a plan will send, computed with the plan so that what is shown is exactly
 * what happens. An update carries only the top-level fields that changed; an object the API
 * replaces whole (Logto `config`) is sent as the live object merged with the file's keys, so
 * nothing unmanaged is lost.
 */
import type { WriteOnlyPatch, WriteOnlyPatches } from '../core/adapter.js';
import type { Fields } from '../core/model.js';
import { isPlainObject, valueAt } from '../core/model.js';
import { WRITE_ONLY, type ProviderSpec } from '../core/spec.js';
import { onlyRemoves, withoutNulls } from './diff.js';
import type { FieldChange } from './model.js';

export function createBody(desired: Fields): Fields {
  return withoutNulls(desired) as Fields;
}

/** An update's requests: the changed fields, and apart from them each write-only map's patch. */
export interface UpdateRequest {
  readonly body: Fields;
  readonly writeOnly: WriteOnlyPatches;
}

export function updateRequest(spec: ProviderSpec, desired: Fields, live: Fields, changes: readonly FieldChange[]): UpdateRequest {
  const body: Fields = {};
  const writeOnly: Record<string, WriteOnlyPatch> = {};
  for (const field of new Set(changes.map((c) => c.path[0] ?? ''))) {
    const want = desired[field];
    if (spec.writeOnlyFields?.includes(field)) writeOnly[field] = writeOnlyPatch(field, want, changes);
    else if (spec.keyPatchFields?.includes(field)) body[field] = changedKeys(desired, field, changes);
    // A whole object carries the live keys the file does not write, but never a stand-in for a
    // value the API does not show (Event Streams' webhook token).
    else body[field] = spec.wholeObjectFields.includes(field) ? withoutStandIns(mergeDeep(live[field], want)) : want;
  }
  return { body, writeOnly };
}

/** A copy without any WRITE_ONLY stand-in: a value read as hidden is never sent back. */
export function withoutStandIns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStandIns);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== WRITE_ONLY).map(([k, v]) => [k, withoutStandIns(v)]));
}

/** Only the keys of `field` that changed, with the file's values (`null` for a removed key). */
function changedKeys(desired: Fields, field: string, changes: readonly FieldChange[]): Fields {
  const out: Fields = {};
  for (const c of changes) {
    if (c.path[0] !== field || c.path.length < 2) continue;
    let at = out;
    c.path.slice(1, -1).forEach((seg) => {
      at[seg] = isPlainObject(at[seg]) ? at[seg] : {};
      at = at[seg] as Fields;
    });
    const value = valueAt(desired, c.path);
    at[c.path[c.path.length - 1]!] = value === undefined ? null : value;
  }
  return out;
}

function writeOnlyPatch(field: string, want: unknown, changes: readonly FieldChange[]): WriteOnlyPatch {
  const values = isPlainObject(want) ? want : {};
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const c of changes) {
    const name = c.path[1];
    if (c.path[0] !== field || name === undefined) continue;
    if (c.after === undefined) remove.push(name);
    else set[name] = values[name];
  }
  return { set, remove };
}

/**
 * `live` overlaid with `desired`; `null` in desired deletes the key, and an object that only
 * removes keys from one the live hook does not have leaves it absent (nothing to remove from).
 */
export function mergeDeep(live: unknown, desired: unknown): unknown {
  if (!isPlainObject(desired)) return desired;
  const out: Record<string, unknown> = isPlainObject(live) ? { ...live } : {};
  for (const [k, v] of Object.entries(desired)) {
    if (v === null || (!isPlainObject(out[k]) && onlyRemoves(v))) delete out[k];
    else out[k] = mergeDeep(out[k], v);
  }
  return out;
}
