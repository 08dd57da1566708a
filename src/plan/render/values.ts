/** How a field path and a value are written in every human-facing rendering of a plan. */
import type { FieldPath } from '../../model.js';
import { MASK } from '../../redact.js';
import type { FieldChange } from '../model.js';

export function formatFieldPath(path: FieldPath): string {
  return path.reduce((out, seg) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? (out ? `${out}.${seg}` : seg) : `${out}[${JSON.stringify(seg)}]`), '');
}

export function formatValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return JSON.stringify(v) ?? 'null';
}

/** `+ path: after`, `- path: before`, `~ path: before -> after`, masked where sensitive. */
export function changeLine(c: FieldChange): string {
  const show = (v: unknown) => (c.sensitive ? MASK : formatValue(v));
  const path = formatFieldPath(c.path);
  if (c.before === undefined) return `+ ${path}: ${show(c.after)}`;
  if (c.after === undefined) return `- ${path}: ${show(c.before)}`;
  return c.sensitive ? `~ ${path}: ${MASK}` : `~ ${path}: ${show(c.before)} -> ${show(c.after)}`;
}
