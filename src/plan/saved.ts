/**
 * A saved plan (`plan --out`): the plan, and what it was computed from, so that `apply FILE`
 * applies exactly it or refuses. It holds no secret value: every value that came from a
 * variable, every credential and every secret field is kept only as a salted scrypt hash
 * (deliberately slow, so a plan kept as a CI artifact is no cheap way to guess a secret), and a
 * live hook only as a fingerprint made the same way.
 *
 * Format (documented in the README): `{"hooksync_saved_plan": 1, created, hooksync, config_file,
 * options, salt, config: {path: value | {hash}}, targets: [{target, live: {id: fingerprint}}],
 * plan}`, where `plan` is `plan -f json` of the same plan.
 */
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { HooksyncError } from '../errors.js';
import { isPlainObject, type LiveHook } from '../model.js';
import { isSensitivePath, type ProviderSpec } from '../providers/spec.js';
import type { TargetState } from './plan.js';

export const SAVED_PLAN_VERSION = 1;

export interface SavedOptions {
  readonly targets: readonly string[];
  readonly prune: boolean;
  readonly allowSecretLoss: boolean;
  readonly maxDeletes: number;
}

export interface SavedPlan {
  readonly hooksync_saved_plan: number;
  readonly created: string;
  readonly hooksync: string;
  readonly config_file: string;
  readonly options: SavedOptions;
  readonly salt: string;
  /** Every leaf of the interpolated file by its path; secret ones as `{hash}`. */
  readonly config: Record<string, unknown>;
  /** Per target, the fingerprint of every live hook the plan touched or matched, by id. */
  readonly targets: readonly { readonly target: string; readonly live: Record<string, string> }[];
  readonly plan: unknown;
}

/** Salted, deliberately slow hashes, each value hashed once per run. */
export class Hasher {
  private readonly cache = new Map<string, string>();
  constructor(readonly salt: string = randomBytes(16).toString('base64')) {}

  hash(value: string): string {
    let h = this.cache.get(value);
    if (h === undefined) {
      h = scryptSync(value, this.salt, 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64');
      this.cache.set(value, h);
    }
    return h;
  }
}

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

/** The saved plan in a file, checked for its shape: a truncated, edited or foreign file is an error, never a guess. */
export function readSavedPlan(file: string, text: string): SavedPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not a saved plan: it is not whole JSON (truncated or edited?); make a new one with plan --out; nothing was sent`);
  }
  if (!isPlainObject(value) || !('hooksync_saved_plan' in value)) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not a hooksync saved plan (plan -f json output is for reading, plan --out makes one to apply); nothing was sent`);
  if (value.hooksync_saved_plan !== SAVED_PLAN_VERSION) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is a saved plan of format ${String(value.hooksync_saved_plan)}; this hooksync applies format ${SAVED_PLAN_VERSION}; make a new one with plan --out; nothing was sent`);
  const ok = typeof value.config_file === 'string' && typeof value.salt === 'string' && isPlainObject(value.config) && Array.isArray(value.targets) && isPlainObject(value.options) && value.plan !== undefined;
  if (!ok) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is a damaged saved plan (a part is missing or of the wrong kind); make a new one with plan --out; nothing was sent`);
  return value as unknown as SavedPlan;
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

/** A saved plan of `planJson` (`plan -f json`), with what it was made from. */
export function savePlan(o: { configFile: string; options: SavedOptions; interpolated: unknown; fromVariables: readonly (readonly (string | number)[])[]; states: readonly TargetState[]; planJson: unknown; version: string }): SavedPlan {
  const hasher = new Hasher();
  const { config, targets } = recordInputs(o.interpolated, o.fromVariables, o.states, touchedIds(o.planJson), hasher);
  return { hooksync_saved_plan: SAVED_PLAN_VERSION, created: new Date().toISOString(), hooksync: o.version, config_file: o.configFile, options: o.options, salt: hasher.salt, config, targets, plan: o.planJson };
}
