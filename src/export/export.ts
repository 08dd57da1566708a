/**
 * Live hooks → hooks.yaml text, in a stable order (by key, then id), each target block copied
 * as written in the source file (so `${VAR}` references stay references). Pure.
 *
 * A secret is exported only where the source file already manages it: as the file's own
 * `${VAR}` reference when it wrote one, else as a new placeholder whose name is listed for the
 * user to set. A secret the file never managed (Nursa's generated secrets, a Bold Penguin
 * `secret`, a header set in a console) is left out, with a comment naming it: an export must
 * plan clean, and a placeholder nobody can fill in would rotate the secret on the first apply.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { DesiredHook, Fields, FieldPath, LiveHook } from '../core/model.js';
import { isPlainObject, valueAt } from '../core/model.js';
import { isSensitivePath, keyIn, type ProviderSpec } from '../core/spec.js';
import { normalizeSets } from '../plan/diff.js';
import { entryIndexFor } from '../plan/match.js';

export interface ExportedVariable {
  readonly name: string;
  /** `target/hook field.path`: what the variable must hold. */
  readonly for: string;
}

export interface ExportInput {
  readonly name: string;
  /** The target as written in the source file; its `hooks` are replaced by the live ones. */
  readonly block: Record<string, unknown>;
  readonly spec: ProviderSpec;
  readonly live: readonly LiveHook[];
  /** The target's hooks as loaded (interpolated): which entry manages which live hook. */
  readonly desired: readonly DesiredHook[];
  /**
   * A target that selects repositories: each selected repository's live hooks, with the
   * entries (as written, and as loaded) that apply there. The hooks common to every one are
   * written once; the others carry the repositories they are on.
   */
  readonly places?: readonly ExportPlace[];
}

export interface ExportPlace {
  readonly place: string;
  readonly live: readonly LiveHook[];
  /** The source file's entries that apply here, as written, in the order of `desired`. */
  readonly written: readonly unknown[];
  readonly desired: readonly DesiredHook[];
}

/** The source file's entry (as written, before interpolation) that manages a live hook. */
function entryFinder(input: ExportInput, entries?: readonly unknown[]): (hook: LiveHook) => Record<string, unknown> | undefined {
  const written = entries ?? (Array.isArray(input.block.hooks) ? (input.block.hooks as unknown[]) : []);
  const entryOf = entryIndexFor(input.desired);
  return (hook) => {
    const at = entryOf(hook);
    const entry = at === undefined ? undefined : written[at];
    return isPlainObject(entry) ? entry : undefined;
  };
}

export interface Exported {
  readonly text: string;
  readonly variables: readonly ExportedVariable[];
  /** `target/hook field.path` of each secret left with the vendor. */
  readonly kept: readonly string[];
}

export function exportTargets(inputs: readonly ExportInput[]): Exported {
  const variables: ExportedVariable[] = [];
  const kept: string[] = [];
  const used = new Set<string>();
  const doc = new Document({ version: 1, targets: {} });
  const targetsNode = doc.get('targets') as YAMLMap;
  for (const input of inputs) {
    const one = input.places ? exportPlaces(input, input.places, used) : exportHooks(input, used);
    variables.push(...one.variables);
    kept.push(...one.kept.flatMap((k) => k.paths.map((p) => `${input.name}/${k.label} ${p}`)));
    const { hooks: _ignored, ...block } = input.block;
    const node = doc.createNode({ ...block, hooks: one.hooks }) as YAMLMap;
    const hooksNode = node.get('hooks');
    if (isSeq(hooksNode)) {
      one.kept.forEach(({ index, paths }) => {
        const item = hooksNode.items[index];
        if (isMap(item)) item.commentBefore = ` Kept by ${input.spec.displayName}, not exported: ${paths.join(', ')} (secret; write ${paths.length === 1 ? 'it' : 'them'} here to manage ${paths.length === 1 ? 'it' : 'them'})`;
      });
    }
    targetsNode.set(input.name, node);
  }
  const count = inputs.reduce((n, i) => n + (i.places ? i.places.reduce((m, p) => m + p.live.length, 0) : i.live.length), 0);
  const header = [
    `Exported by hooksync from ${inputs.length === 1 ? `target ${inputs[0]!.name}` : `targets ${inputs.map((i) => i.name).join(', ')}`}: ${count} live ${count === 1 ? 'hook' : 'hooks'}.`,
    ...(kept.length > 0 ? [`${kept.length} ${kept.length === 1 ? 'secret' : 'secrets'} no source entry managed stayed with the vendor and ${kept.length === 1 ? 'is' : 'are'} left out (see the comments): plan on this file leaves ${kept.length === 1 ? 'it' : 'them'} alone.`] : []),
    ...(variables.length > 0 ? ['Secret values were not exported. Set these variables before planning:', ...variables.map((v) => `  ${v.name}  (${v.for})`)] : []),
  ];
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return { text: doc.toString({ lineWidth: 0 }), variables, kept };
}

interface HooksOf {
  readonly hooks: Fields[];
  readonly variables: ExportedVariable[];
  readonly kept: { index: number; label: string; paths: string[] }[];
}

/**
 * A selecting target's hooks, each written once: those on every selected repository as they
 * are, the others with `repositories: { include: [...] }` naming where they are. A secret's
 * placeholder is named alike on every repository, so one variable serves them all.
 */
function exportPlaces(input: ExportInput, places: readonly ExportPlace[], used: Set<string>): HooksOf {
  const before = new Set(used);
  const merged = new Map<string, { hook: Fields; places: string[]; kept?: { label: string; paths: string[] } }>();
  const variables = new Map<string, ExportedVariable>();
  for (const p of places) {
    const one = exportHooks({ ...input, live: p.live, desired: p.desired }, new Set(before), p.written);
    for (const v of one.variables) {
      variables.set(v.name, v);
      used.add(v.name);
    }
    one.hooks.forEach((hook, index) => {
      const key = JSON.stringify(hook);
      const at = merged.get(key);
      const kept = one.kept.find((k) => k.index === index);
      if (at) at.places.push(p.place);
      else merged.set(key, { hook, places: [p.place], ...(kept ? { kept: { label: kept.label, paths: kept.paths } } : {}) });
    });
  }
  // In key order, as a single target's hooks are.
  const all = [...merged.values()].sort((a, b) => (keyIn(input.spec, a.hook) ?? '').localeCompare(keyIn(input.spec, b.hook) ?? ''));
  return {
    hooks: all.map((m) => (m.places.length === places.length ? m.hook : { ...m.hook, repositories: { include: m.places } })),
    variables: [...variables.values()],
    kept: all.flatMap((m, index) => (m.kept ? [{ index, ...m.kept }] : [])),
  };
}

function exportHooks(input: ExportInput, used: Set<string>, entries?: readonly unknown[]): HooksOf {
  const { name: targetName, spec, live } = input;
  const variables: ExportedVariable[] = [];
  const kept: HooksOf['kept'] = [];
  const keyCount = new Map<string, number>();
  for (const h of live) keyCount.set(h.key, (keyCount.get(h.key) ?? 0) + 1);

  const entryFor = entryFinder(input, entries);
  const hooks = [...live]
    .sort((a, b) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id))
    .map((h, index) => {
      // A name shared by several live hooks (or no name) cannot match one hook: pin the id.
      const pin = h.key === '' || (keyCount.get(h.key) ?? 0) > 1;
      const fields: Fields = normalizeSets(spec, h.fields);
      if (h.key === '') delete fields[spec.keyField];
      const label = h.key || h.id;
      const entry = entryFor(h);
      const left: string[] = [];
      const secrets: Secrets = {
        written: (path) => (entry === undefined ? undefined : valueAt(entry, path)),
        leftOut: (path) => left.push(path.join('.')),
        placeholder: (path) => {
          const leaf = path.length > 1 && /^\d+$/.test(path[path.length - 1] ?? '') ? path.slice(-2) : path.slice(-1);
          const name = variableName([targetName, label.replace(/^https?:\/\//, ''), ...leaf], used);
          variables.push({ name, for: `${targetName}/${label} ${path.join('.')}` });
          return `\${${name}}`;
        },
      };
      const masked = mask(fields, [], secrets, spec) as Fields;
      if (left.length > 0) kept.push({ index, label, paths: left });
      return ordered(pin ? { id: h.id, ...masked } : masked, ['id', ...spec.fieldOrder]);
    });
  return { hooks, variables, kept };
}

/** Stands for a value left out of the export; removed with any map it leaves empty. */
const OMIT = Symbol('omit');

interface Secrets {
  /** What the source entry wrote at this path, before interpolation. */
  written(path: FieldPath): unknown;
  leftOut(path: FieldPath): void;
  placeholder(path: FieldPath): string;
}

function mask(value: unknown, path: FieldPath, secrets: Secrets, spec: ProviderSpec): unknown {
  const sensitive = path.length > 0 && isSensitivePath(spec, path) && value !== null && value !== undefined;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = mask(v, [...path, k], secrets, spec);
      if (m !== OMIT) out[k] = m;
    }
    return Object.keys(out).length === 0 && Object.keys(value).length > 0 ? OMIT : out;
  }
  if (!sensitive) return value;
  // A secret (or a list of secrets, Nursa's, managed whole): the file's own references, else
  // placeholders to set, else nothing when the file never managed it.
  const written = secrets.written(path);
  if (written === undefined || written === null) {
    secrets.leftOut(path);
    return OMIT;
  }
  if (onlyReferences(written)) return written;
  return Array.isArray(value) ? value.map((_, i) => secrets.placeholder([...path, String(i + 1)])) : secrets.placeholder(path);
}

/** Every string in it is a `${VAR}` reference with text around it at most: safe to copy. */
function onlyReferences(value: unknown): boolean {
  if (typeof value === 'string') return /\$\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\}/.test(value);
  if (Array.isArray(value)) return value.length > 0 && value.every(onlyReferences);
  if (isPlainObject(value)) return Object.values(value).every(onlyReferences);
  return false;
}

function ordered(fields: Fields, order: readonly string[]): Fields {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Object.fromEntries(keys.map((k) => [k, fields[k]]));
}

function variableName(parts: readonly string[], used: Set<string>): string {
  const base = parts.map((p) => p.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '')).filter(Boolean).join('_');
  const safe = /^[A-Z_]/.test(base) ? base : `_${base}`;
  let name = safe;
  for (let n = 2; used.has(name); n++) name = `${safe}_${n}`;
  used.add(name);
  return name;
}
