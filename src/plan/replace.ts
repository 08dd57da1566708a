/**
 * Replacements: a field the API cannot change in place differs (Auth0 `triggerId`), so the live
 * hook is deleted and created anew. The new hook carries over what the file does not manage,
 * as an update would have left it, with one exception: a write-only value (Auth0 `secrets`)
 * cannot be read back, so it never travels from a live hook into a request. A write-only name
 * the file does not give a value for is lost by a replacement, and the plan must say which.
 */
import type { Fields } from '../core/model.js';
import { isPlainObject, valueAt } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';
import { jsonEqual } from './diff.js';
import { createBody, mergeDeep, withoutStandIns } from './request.js';

/** True when the file sets a field the API cannot change to something the live hook does not have. */
export function forcesReplacement(spec: ProviderSpec, desired: Fields, live: Fields): boolean {
  return spec.immutableFields.some((f) => {
    const path = f.split('.');
    const want = valueAt(desired, path);
    return want !== undefined && want !== null && !jsonEqual(want, valueAt(live, path));
  });
}

/**
 * The create request of a replacement: the live hook's readable fields overlaid with the file's.
 * A field that holds what forced the replacement (Event Streams `destination`, whose `type`
 * cannot change) is the file's alone: the old one's keys belong to another kind of thing.
 */
export function replacementBody(spec: ProviderSpec, desired: Fields, live: Fields): Fields {
  const readable: Fields = {};
  const forcedTops = new Set(spec.immutableFields.filter((f) => f.includes('.')).map((f) => f.split('.')[0]!));
  for (const [k, v] of Object.entries(live)) if (!spec.writeOnlyFields?.includes(k) && !(forcedTops.has(k) && desired[k] !== undefined)) readable[k] = v;
  return withoutStandIns(createBody(mergeDeep(readable, desired) as Fields)) as Fields;
}

export interface Losses {
  /** `field.NAME` paths whose values a replacement cannot carry over. */
  readonly lost: readonly string[];
  /** Write-only fields whose names were not read, so what would be lost is not known. */
  readonly unread: readonly string[];
}

/** What a replacement would lose: write-only names on the live hook the file gives no value for. */
export function replacementLosses(spec: ProviderSpec, desired: Fields, live: Fields): Losses {
  const lost: string[] = [];
  const unread: string[] = [];
  for (const f of spec.writeOnlyFields ?? []) {
    const have = live[f];
    if (!isPlainObject(have)) {
      unread.push(f);
      continue;
    }
    const want = isPlainObject(desired[f]) ? desired[f] : {};
    // A name the file sets to null is meant to go; only names it does not write at all are lost.
    for (const name of Object.keys(have).sort()) if (!(name in want)) lost.push(`${f}.${name}`);
  }
  return { lost, unread };
}
