/**
 * Field-level diff of one desired hook against its live twin. Only what the file writes is
 * compared: the live hook is first projected onto the desired shape, so a field (or nested key)
 * left out of the file can never show up as a change. `null` in the file means "remove".
 * fast-json-patch finds the differing pointers; we then fold changes inside a set field into one
 * change of the whole set and split changed objects into their leaves, which is what people read.
 */
import jsonPatch from 'fast-json-patch';
import type { Fields, FieldPath } from '../core/model.js';
import { isPlainObject, valueAt } from '../core/model.js';
import { isSensitivePath, WRITE_ONLY, type ProviderSpec } from '../core/spec.js';
import type { FieldChange } from './model.js';

/** Sets sorted and deduplicated, so that order and repetition never count as a change. */
export function normalizeSets(spec: ProviderSpec, fields: Fields): Fields {
  if (!spec.setFields.some((f) => Array.isArray(fields[f]))) return fields;
  const out: Fields = { ...fields };
  for (const f of spec.setFields) {
    const v = out[f];
    if (!Array.isArray(v)) continue;
    // Sets of strings (events, nearly always) need no round trip through JSON.
    out[f] = v.every((x) => typeof x === 'string') ? sortedUnique(v as string[]) : sortedUnique(v.map((x) => JSON.stringify(x))).map((x) => JSON.parse(x) as unknown);
  }
  return out;
}

const sortedUnique = (v: readonly string[]): string[] => {
  const sorted = [...v].sort();
  return sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
};

/** The live value restricted to the keys the desired value names, recursively through objects. */
export function project(live: unknown, desired: unknown): unknown {
  if (!isPlainObject(desired) || !isPlainObject(live)) return live;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(desired)) if (k in live) out[k] = project(live[k], desired[k]);
  return out;
}

/**
 * Drops `null` leaves: in the file they mean "absent on the live hook". An object written only
 * to remove keys (`headers: {X-A: null}`) goes too, so removing from nothing creates nothing.
 * Copies only if needed.
 */
export function withoutNulls(value: unknown): unknown {
  if (!isPlainObject(value) || !hasNull(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && !onlyRemoves(v)) out[k] = withoutNulls(v);
  return out;
}

/** An object with at least one key, every one of them null or itself only removing keys. */
export const onlyRemoves = (v: unknown): boolean => isPlainObject(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => x === null || onlyRemoves(x));

const hasNull = (value: Record<string, unknown>): boolean => Object.values(value).some((v) => v === null || (isPlainObject(v) && hasNull(v)));

/** Equality of JSON values, cheaper than a patch: most hooks have not changed. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Write-only maps compare by key: every value the file gives becomes the same marker. */
function maskWriteOnly(spec: ProviderSpec, fields: Fields): Fields {
  if (!spec.writeOnlyFields?.length && !spec.writeOnlyPaths?.length) return fields;
  const out: Fields = { ...fields };
  for (const f of spec.writeOnlyFields ?? []) {
    const v = out[f];
    if (isPlainObject(v)) out[f] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? null : WRITE_ONLY]));
  }
  for (const path of spec.writeOnlyPaths ?? []) {
    const v = valueAt(out, path);
    if (v !== null && v !== undefined) Object.assign(out, setAt(out, path, WRITE_ONLY));
  }
  return out;
}

/** A copy of `root` with `value` at `path`, copying each object on the way. */
function setAt(root: Fields, path: FieldPath, value: unknown): Fields {
  const [head, ...rest] = path;
  if (head === undefined) return root;
  const child = root[head];
  return { ...root, [head]: rest.length === 0 ? value : setAt(isPlainObject(child) ? child : {}, rest, value) };
}

/**
 * True when the live hook already has everything the file says, checked without building the
 * projected copies: most hooks have not changed, and at 10,000 hooks those copies are most of a
 * plan's time. False means "not sure": the full diff decides.
 */
function alreadyMatches(spec: ProviderSpec, desired: Fields, live: Fields): boolean {
  for (const [k, d] of Object.entries(desired)) {
    if (spec.writeOnlyFields?.includes(k)) return false;
    const l = live[k];
    if (spec.setFields.includes(k) && Array.isArray(d)) {
      if (!Array.isArray(l) || !sameStringSet(d, l)) return false;
    } else if (!sameProjected(d, l, k in live)) return false;
  }
  return true;
}

/** `desired` (null meaning absent) against the live value, looking only at keys the file names. */
function sameProjected(desired: unknown, live: unknown, present: boolean): boolean {
  if (desired === null) return !present;
  if (!isPlainObject(desired) || !isPlainObject(live)) return present && jsonEqual(desired, live);
  for (const [k, d] of Object.entries(desired)) if (!sameProjected(d, live[k], k in live)) return false;
  return true;
}

function sameStringSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (!a.every((x) => typeof x === 'string') || !b.every((x) => typeof x === 'string')) return false;
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

export function diffFields(spec: ProviderSpec, desired: Fields, live: Fields, sensitivePaths: readonly FieldPath[]): FieldChange[] {
  if (alreadyMatches(spec, desired, live)) return [];
  const want = withoutNulls(maskWriteOnly(spec, normalizeSets(spec, desired))) as Fields;
  const have = normalizeSets(spec, project(live, desired) as Fields);
  if (jsonEqual(have, want)) return [];
  const seen = new Set<string>();
  const changes: FieldChange[] = [];
  for (const op of jsonPatch.compare(have, want)) {
    const path = foldIntoArrays(have, want, pointerSegments(op.path));
    const id = JSON.stringify(path);
    if (seen.has(id)) continue;
    seen.add(id);
    for (const leaf of leaves(path, valueAt(have, path), valueAt(want, path))) {
      changes.push({ ...leaf, sensitive: isSensitivePath(spec, leaf.path) || sensitivePaths.some((s) => overlaps(s, leaf.path)) });
    }
  }
  return changes.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
}

/** Both sides objects: one change per differing leaf. Otherwise one change for the value. */
function leaves(path: FieldPath, before: unknown, after: unknown): { path: FieldPath; before?: unknown; after?: unknown }[] {
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    // A non-object replaced by an object (or the reverse) is still shown leaf by leaf; the old
    // scalar, if any, is reported at the object's own path.
    const out: { path: FieldPath; before?: unknown; after?: unknown }[] = [];
    if (before !== undefined && !isPlainObject(before)) out.push({ path, before });
    if (after !== undefined && !isPlainObject(after)) out.push({ path, after });
    for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      if (JSON.stringify(b[k]) !== JSON.stringify(a[k])) out.push(...leaves([...path, k], b[k], a[k]));
    }
    return out;
  }
  const change: { path: FieldPath; before?: unknown; after?: unknown } = { path };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return [change];
}

/** An op inside an array becomes a change of the whole array: lists are shown and sent whole. */
function foldIntoArrays(a: unknown, b: unknown, path: string[]): string[] {
  let x = a;
  let y = b;
  for (let i = 0; i < path.length; i++) {
    if (Array.isArray(x) || Array.isArray(y)) return path.slice(0, i);
    const seg = path[i] ?? '';
    x = isPlainObject(x) ? x[seg] : undefined;
    y = isPlainObject(y) ? y[seg] : undefined;
  }
  return path;
}

const pointerSegments = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => jsonPatch.unescapePathComponent(s));

const overlaps = (a: FieldPath, b: FieldPath): boolean => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};
