/**
 * Live hooks → hooks.yaml text, in a stable order (by key, then id), the target block copied as
 * written in the source file (so `${VAR}` references stay references), and every secret value
 * replaced by a `${VAR}` placeholder whose name is listed for the user to set. Pure.
 */
import { Document } from 'yaml';
import type { Fields, FieldPath, LiveHook } from '../model.js';
import { isPlainObject } from '../model.js';
import { isSensitivePath, type ProviderSpec } from '../providers/spec.js';
import { normalizeSets } from '../plan/diff.js';

export interface ExportedVariable {
  readonly name: string;
  /** `target/hook field.path`: what the variable must hold. */
  readonly for: string;
}

export interface Exported {
  readonly text: string;
  readonly variables: readonly ExportedVariable[];
}

export function exportTarget(targetName: string, targetBlock: Record<string, unknown>, spec: ProviderSpec, live: readonly LiveHook[]): Exported {
  const variables: ExportedVariable[] = [];
  const used = new Set<string>();
  const keyCount = new Map<string, number>();
  for (const h of live) keyCount.set(h.key, (keyCount.get(h.key) ?? 0) + 1);

  const hooks = [...live]
    .sort((a, b) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id))
    .map((h) => {
      // A name shared by several live hooks (or no name) cannot match one hook: pin the id.
      const pin = h.key === '' || (keyCount.get(h.key) ?? 0) > 1;
      const fields: Fields = normalizeSets(spec, h.fields);
      if (h.key === '') delete fields[spec.keyField];
      const masked = mask(fields, [], (path) => {
        const leaf = path.length > 1 && /^\d+$/.test(path[path.length - 1] ?? '') ? path.slice(-2) : path.slice(-1);
        const name = variableName([targetName, (h.key || h.id).replace(/^https?:\/\//, ''), ...leaf], used);
        variables.push({ name, for: `${targetName}/${h.key || h.id} ${path.join('.')}` });
        return `\${${name}}`;
      }, spec) as Fields;
      return ordered(pin ? { id: h.id, ...masked } : masked, ['id', ...spec.fieldOrder]);
    });

  const { hooks: _ignored, ...block } = targetBlock;
  const doc = new Document({ version: 1, targets: { [targetName]: { ...block, hooks } } });
  const header = [
    `Exported by hooksync from target ${targetName}: ${live.length} live ${live.length === 1 ? 'hook' : 'hooks'}.`,
    ...(variables.length > 0 ? ['Secret values were not exported. Set these variables before planning:', ...variables.map((v) => `  ${v.name}  (${v.for})`)] : []),
  ];
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return { text: doc.toString({ lineWidth: 0 }), variables };
}

function mask(value: unknown, path: FieldPath, placeholder: (path: FieldPath) => string, spec: ProviderSpec): unknown {
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mask(v, [...path, k], placeholder, spec);
    return out;
  }
  // A list of secrets (Nursa) gets one variable per element, numbered from 1.
  if (Array.isArray(value) && isSensitivePath(spec, path)) return value.map((v, i) => mask(v, [...path, String(i + 1)], placeholder, spec));
  if (path.length > 0 && isSensitivePath(spec, path) && value !== null && value !== undefined) return placeholder(path);
  return value;
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
