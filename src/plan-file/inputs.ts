/**
 * What a plan was computed from, as a saved plan records it and `apply FILE` recomputes it: the
 * file's leaves (secret ones hashed) and a fingerprint of every live hook the plan depends on;
 * and what moved between two such records.
 */
import { createHash } from 'node:crypto';
import { isPlainObject, type LiveHook } from '../core/model.js';
import { isSensitivePath, type ProviderSpec } from '../core/spec.js';
import type { TargetState } from '../plan/plan.js';
import type { SavedPlan } from './format.js';
import type { Hasher } from './hasher.js';

/** The file's leaves as `path → value`; a secret leaf (a variable's, a credential, a secret field) as its hash. */
export function configLeaves(raw: unknown, secretPaths: readonly (readonly (string | number)[])[], specOf: (target: string) => ProviderSpec | undefined, hasher: Hasher): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const secretAt = (path: readonly (string | number)[]) => {
    if (secretPaths.some((s) => s.length <= path.length && s.every((seg, i) => String(seg) === String(path[i])))) return true;
    if (path[0] === 'targets' && path[2] === 'auth') return true;
    const spec = path[0] === 'targets' && path[2] === 'hooks' ? specOf(String(path[1])) : undefined;
    return spec !== undefined && isSensitivePath(spec, path.slice(4).map(String));
  };
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else out[JSON.stringify(path)] = typeof v === 'string' && secretAt(path) ? { hash: hasher.hash(v) } : v;
  };
  walk(raw, []);
  return out;
}

/** A live hook as a fingerprint: its fields with secret leaves hashed, then SHA-256. */
export function fingerprint(spec: ProviderSpec, hook: LiveHook, hasher: Hasher): string {
  const walk = (v: unknown, path: string[]): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, path));
    if (isPlainObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, walk(v[k], [...path, k])]));
    return typeof v === 'string' && isSensitivePath(spec, path) ? { hash: hasher.hash(v) } : v;
  };
  return createHash('sha256').update(JSON.stringify({ key: hook.key, fields: walk(hook.fields, []) })).digest('base64');
}

/**
 * What a plan depends on in one target's live state: every hook it touches or matches, by id.
 * A hook that later appears with a key the file manages is then a new id in the record.
 */
export function liveRecord(state: TargetState, touched: ReadonlySet<string>, hasher: Hasher): { target: string; live: Record<string, string> } {
  const keys = new Set(state.target.hooks.map((h) => h.key));
  const pins = new Set(state.target.hooks.flatMap((h) => (h.pinnedId ? [h.pinnedId] : [])));
  const live: Record<string, string> = {};
  for (const h of state.live) if (touched.has(h.id) || keys.has(h.key) || pins.has(h.id)) live[h.id] = fingerprint(state.spec, h, hasher);
  return { target: state.target.name, live };
}

/** The live ids each target's changes touch, read from `plan -f json` (made now, or saved). */
export function touchedIds(planJson: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const targets = isPlainObject(planJson) && Array.isArray(planJson.targets) ? planJson.targets : [];
  for (const t of targets) {
    if (!isPlainObject(t) || typeof t.target !== 'string' || !Array.isArray(t.changes)) continue;
    out.set(t.target, new Set(t.changes.flatMap((c) => (isPlainObject(c) && typeof c.id === 'string' ? [c.id] : []))));
  }
  return out;
}

/** What a plan was computed from, as a saved plan records it and `apply FILE` recomputes it. */
export function recordInputs(interpolated: unknown, fromVariables: readonly (readonly (string | number)[])[], states: readonly TargetState[], touched: ReadonlyMap<string, ReadonlySet<string>>, hasher: Hasher): Pick<SavedPlan, 'config' | 'targets'> {
  const specs = new Map(states.map((s) => [s.target.name, s.spec]));
  return {
    config: configLeaves(interpolated, fromVariables, (t) => specs.get(t), hasher),
    targets: states.map((s) => liveRecord(s, touched.get(s.target.name) ?? new Set(), hasher)),
  };
}

/** What moved since the plan was saved, one line each; empty when nothing did. */
export function movedSince(saved: SavedPlan, now: Pick<SavedPlan, 'config' | 'targets'>): string[] {
  const moved: string[] = [];
  const name = (key: string) => (JSON.parse(key) as (string | number)[]).reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
  for (const key of new Set([...Object.keys(saved.config), ...Object.keys(now.config)])) {
    const a = saved.config[key];
    const b = now.config[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const secret = isPlainObject(a) || isPlainObject(b);
    moved.push(`the file changed at ${name(key)}${secret ? ' (a secret value or a variable\'s value)' : a === undefined ? ' (added)' : b === undefined ? ' (removed)' : ''}`);
  }
  for (const t of saved.targets) {
    const current = now.targets.find((x) => x.target === t.target);
    if (!current) {
      moved.push(`target ${t.target} is not in the plan any more`);
      continue;
    }
    for (const [id, print] of Object.entries(t.live)) {
      if (!(id in current.live)) moved.push(`target ${t.target}: hook ${id} disappeared (or no longer matches the file)`);
      else if (current.live[id] !== print) moved.push(`target ${t.target}: hook ${id} changed since the plan was made`);
    }
    for (const id of Object.keys(current.live)) if (!(id in t.live)) moved.push(`target ${t.target}: hook ${id} appeared with a key the file manages`);
  }
  return moved;
}
