/** How a field path and a value are written in every human-facing rendering of a plan. */
import type { FieldPath } from '../core/model.js';

export function formatFieldPath(path: FieldPath): string {
  return path.reduce((out, seg) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? (out ? `${out}.${seg}` : seg) : `${out}[${JSON.stringify(seg)}]`), '');
}

export function formatValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return JSON.stringify(v) ?? 'null';
}
