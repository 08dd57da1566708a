/**
 * An independent model of what the README promises a plan does, written from the README's
 * rules and not from src/plan: match by pinned id, then by key; only written fields are
 * managed; `null` removes; sets compare as sets; an immutable field forces a replacement;
 * write-only maps compare by name. It predicts the plan's changes and the requests apply sends,
 * so the property tests can compare hooksync against it case by case.
 */
export type Fields = Record<string, unknown>;

export interface ModelSpec {
  /** The key field; a dotted path for a nested one (GitHub: config.url). */
  readonly key: string;
  /** A single value the vendor never shows (GitHub: config.secret): only its presence compares. */
  readonly writeOnlyValue?: readonly string[];
  readonly sets: readonly string[];
  /** Objects the vendor replaces whole: an update carries the live object merged with the file's. */
  readonly whole: readonly string[];
  readonly writeOnly?: string;
  readonly immutable: readonly string[];
  readonly required: readonly (readonly string[])[];
  readonly uniqueKey?: boolean;
  readonly exclusive?: { readonly flag: string; readonly scope: string };
}

export interface LiveModel {
  readonly id: string;
  /** In the file's shape; write-only maps hold the real values (the model knows them, hooksync does not). */
  readonly fields: Fields;
}

export interface EntryModel {
  readonly pin?: string;
  /** As written in the file after interpolation (nulls included). */
  readonly fields: Fields;
}

export interface PredictedChange {
  readonly action: 'create' | 'update' | 'replace' | 'delete';
  readonly key: string;
  readonly id?: string;
  /** Changed leaf paths, each as its segments joined by a NUL. */
  readonly paths: readonly string[];
  readonly entry?: EntryModel;
  readonly live?: LiveModel;
}

export type Prediction =
  | { readonly kind: 'error'; readonly why: 'ambiguous' | 'missing-required' }
  | {
      readonly kind: 'plan';
      readonly changes: readonly PredictedChange[];
      /** Live hooks no entry matched, left alone (no prune). */
      readonly untouched: readonly LiveModel[];
      /** Live hooks matched whose fields already agree. */
      readonly unchanged: readonly { entry: EntryModel; live: LiveModel }[];
      /** True when every change can be made: no refusal is expected. */
      readonly feasible: boolean;
    };

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const keyOf = (spec: ModelSpec, f: Fields): string => {
  const v = valueAt(f, spec.key.split('.'));
  return typeof v === 'string' ? v : '';
};
const SEP = '\u0000';

export function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  const x = new Set(a.map((v) => JSON.stringify(v)));
  const y = new Set(b.map((v) => JSON.stringify(v)));
  return x.size === y.size && [...x].every((v) => y.has(v));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys) : isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;

/** The leaf paths where the live hook differs from what the file writes. */
export function changedPaths(spec: ModelSpec, entry: Fields, live: Fields | undefined): string[] {
  const out: string[] = [];
  const walk = (want: unknown, have: unknown, present: boolean, path: string[]) => {
    if (spec.writeOnlyValue && path.join(SEP) === spec.writeOnlyValue.join(SEP)) {
      // Only whether one is set can differ.
      if ((want === null) === present) out.push(path.join(SEP));
      return;
    }
    if (want === null) {
      if (present) out.push(...leavesOf(have, path));
      return;
    }
    if (isObject(want)) {
      const h = isObject(have) ? have : {};
      if (present && !isObject(have)) out.push(path.join(SEP));
      for (const [k, v] of Object.entries(want)) walk(v, h[k], k in h, [...path, k]);
      return;
    }
    if (!present || !deepEqual(want, have)) out.push(path.join(SEP));
  };
  for (const [k, want] of Object.entries(entry)) {
    const have = live?.[k];
    const present = live !== undefined && k in live;
    if (k === spec.writeOnly && isObject(want)) {
      const names = isObject(have) ? have : {};
      for (const [name, v] of Object.entries(want)) if ((v === null) === name in names) out.push([k, name].join(SEP));
    } else if (spec.sets.includes(k) && Array.isArray(want)) {
      if (!present || !sameSet(want, have)) out.push(k);
    } else walk(want, have, present, [k]);
  }
  return out.sort();
}

const leavesOf = (v: unknown, path: string[]): string[] =>
  isObject(v) && Object.keys(v).length > 0 ? Object.entries(v).flatMap(([k, x]) => leavesOf(x, [...path, k])) : [path.join(SEP)];

/** `live` overlaid with `want`, nulls removing keys; removing keys from nothing leaves nothing. */
export function overlay(live: unknown, want: unknown): unknown {
  if (!isObject(want)) return want;
  const out: Record<string, unknown> = isObject(live) ? { ...live } : {};
  for (const [k, v] of Object.entries(want)) {
    const merged = v === null ? undefined : overlay(out[k], v);
    const nothingLeft = isObject(merged) && Object.keys(merged).length === 0 && Object.keys(v as object).length > 0 && !isObject(out[k]);
    if (merged === undefined || nothingLeft) delete out[k];
    else out[k] = merged;
  }
  return out;
}

export function predict(spec: ModelSpec, live: readonly LiveModel[], entries: readonly EntryModel[], prune: boolean, allowSecretLoss: boolean): Prediction {
  const pinned = new Set(entries.flatMap((e) => (e.pin ? [e.pin] : [])));
  const changes: PredictedChange[] = [];
  const unchanged: { entry: EntryModel; live: LiveModel }[] = [];
  const matched = new Set<string>();
  // Matching comes first: a key two live hooks share stops the plan before anything else.
  const candidatesOf = (entry: EntryModel) => live.filter((h) => !pinned.has(h.id) && keyOf(spec, h.fields) === keyOf(spec, entry.fields));
  if (entries.some((e) => !e.pin && candidatesOf(e).length > 1)) return { kind: 'error', why: 'ambiguous' };
  for (const entry of entries) {
    const key = keyOf(spec, entry.fields);
    const match = entry.pin ? live.find((h) => h.id === entry.pin) : candidatesOf(entry)[0];
    if (!match) {
      if (spec.required.some((p) => valueAt(entry.fields, p) === undefined || valueAt(entry.fields, p) === null)) return { kind: 'error', why: 'missing-required' };
      changes.push({ action: 'create', key, paths: changedPaths(spec, entry.fields, undefined), entry });
      continue;
    }
    matched.add(match.id);
    const paths = changedPaths(spec, entry.fields, match.fields);
    if (paths.length === 0) unchanged.push({ entry, live: match });
    else {
      const replace = spec.immutable.some((f) => entry.fields[f] !== undefined && !deepEqual(entry.fields[f], match.fields[f]));
      changes.push({ action: replace ? 'replace' : 'update', key: entry.pin && keyOf(spec, entry.fields) === '' ? `id:${entry.pin}` : key, id: match.id, paths, entry, live: match });
    }
  }
  const rest = live.filter((h) => !matched.has(h.id));
  if (prune) for (const h of rest) changes.push({ action: 'delete', key: keyOf(spec, h.fields), id: h.id, paths: [], live: h });
  // README: an empty file prunes nothing unless the target says `prune: all` (the generator never does).
  const emptyPrune = prune && entries.length === 0 && rest.length > 0;
  return { kind: 'plan', changes, untouched: prune ? [] : rest, unchanged, feasible: !emptyPrune && feasible(spec, changes, prune ? [] : rest, unchanged, allowSecretLoss) };
}

export const valueAt = (f: Fields, path: readonly string[]): unknown => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), f);

/** The hook's fields once its change is made (write-only values as the vendor will hold them). */
export function after(spec: ModelSpec, c: PredictedChange): Fields | undefined {
  if (c.action === 'delete') return undefined;
  const want = c.entry!.fields;
  if (c.action === 'create') return overlay({}, want) as Fields;
  const base: Fields = { ...c.live!.fields };
  if (c.action === 'replace' && spec.writeOnly) delete base[spec.writeOnly];
  const merged = overlay(base, withoutWriteOnly(spec, want)) as Fields;
  // A value the vendor never shows is kept when one is set: the file's cannot be compared to it.
  // When an object the vendor replaces whole is sent, the file's value goes with it (and a
  // value it leaves out is kept by the vendor); otherwise the one set stays.
  const hidden = spec.writeOnlyValue;
  if (hidden) {
    const had = valueAt(c.live!.fields, hidden);
    const wanted = valueAt(want, hidden);
    const sent = spec.whole.includes(hidden[0]!) && c.paths.some((p) => p.split(SEP)[0] === hidden[0]);
    const value = wanted === null ? undefined : sent && wanted !== undefined ? wanted : (had ?? wanted);
    const parent = valueAt(merged, hidden.slice(0, -1));
    if (isObject(parent)) {
      if (value === undefined) delete parent[hidden.at(-1)!];
      else parent[hidden.at(-1)!] = value;
    }
  }
  if (spec.writeOnly) {
    const have = c.action === 'replace' ? {} : isObject(c.live!.fields[spec.writeOnly]) ? (c.live!.fields[spec.writeOnly] as Fields) : {};
    const map = { ...have };
    for (const [name, v] of Object.entries(isObject(want[spec.writeOnly]) ? (want[spec.writeOnly] as Fields) : {})) {
      if (v === null) delete map[name];
      else if (!(name in map)) map[name] = v; // an existing name keeps its value: values cannot be compared
    }
    merged[spec.writeOnly] = map;
  }
  return merged;
}

const withoutWriteOnly = (spec: ModelSpec, f: Fields): Fields => Object.fromEntries(Object.entries(f).filter(([k]) => k !== spec.writeOnly));

/**
 * Whether every change can be made as planned: no replacement loses write-only names the file
 * does not write (unless allowed), the state afterwards breaks no vendor rule (unique keys, one
 * flagged hook per scope), and no two changes each wait for the other to free something.
 */
function feasible(spec: ModelSpec, changes: readonly PredictedChange[], untouched: readonly LiveModel[], unchanged: readonly { live: LiveModel }[], allowSecretLoss: boolean): boolean {
  for (const c of changes) {
    if (c.action !== 'replace' || !spec.writeOnly || allowSecretLoss) continue;
    const had = Object.keys(isObject(c.live!.fields[spec.writeOnly]) ? (c.live!.fields[spec.writeOnly] as Fields) : {});
    const written = isObject(c.entry!.fields[spec.writeOnly]) ? (c.entry!.fields[spec.writeOnly] as Fields) : {};
    if (had.some((n) => !(n in written))) return false;
  }
  const holds = (f: Fields | undefined): string[] => {
    if (!f) return [];
    const out: string[] = [];
    if (spec.uniqueKey) out.push(`key:${keyOf(spec, f)}`);
    if (spec.exclusive && f[spec.exclusive.flag] === true) out.push(`slot:${JSON.stringify(f[spec.exclusive.scope])}`);
    return out;
  };
  // A rule is broken by a change that comes to hold what another hook holds at the end: two live
  // hooks that already share a name (Event Streams allows it) are left as they are.
  const finalHolds = [...changes.map((c) => holds(after(spec, c))), ...untouched.map((h) => holds(h.fields)), ...unchanged.map((u) => holds(u.live.fields))].flat();
  const heldBy = new Map<string, number>();
  for (const r of finalHolds) heldBy.set(r, (heldBy.get(r) ?? 0) + 1);
  if (changes.some((c) => holds(after(spec, c)).some((r) => !holds(c.live?.fields).includes(r) && heldBy.get(r)! > 1))) return false;
  // A waits for B when A comes to hold what B held and gives up.
  const before = changes.map((c) => holds(c.live?.fields));
  const afterAll = changes.map((c) => holds(after(spec, c)));
  const waits = changes.map((_, a) => changes.flatMap((__, b) => (a !== b && afterAll[a]!.some((r) => !before[a]!.includes(r) && before[b]!.includes(r) && !afterAll[b]!.includes(r)) ? [b] : [])));
  const state = new Array<number>(changes.length).fill(0);
  const cyclic = (v: number): boolean => {
    if (state[v] === 1) return true;
    if (state[v] === 2) return false;
    state[v] = 1;
    const found = waits[v]!.some(cyclic);
    state[v] = 2;
    return found;
  };
  return !changes.some((_, i) => cyclic(i));
}
