/**
 * The quick read of a hooks file: js-yaml builds the value some ten times faster than the `yaml`
 * library builds a document with positions (25,000 keys: 115 ms against 700 ms), so a file is
 * read with it first, and the positioned document is made only when a finding needs a line.
 *
 * The two must read every file alike, so js-yaml is given YAML 1.2's core schema exactly as
 * `yaml` reads it (core-schema.ts). Whatever this quick read cannot promise to read the same way
 * it defers to the positioned parser: anchors and aliases, keys that are not plain strings, and
 * keys that could reach a prototype. Its errors are js-yaml's, with js-yaml's place.
 */
import jsyaml from 'js-yaml';
import { CORE_1_2 } from './core-schema.js';
import { eventRecorder, type OffsetIndex } from './quick-positions.js';

/** Keys that could reach an object's prototype: the positioned parser names them. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** What the quick read made of a file. */
export type QuickRead =
  | { readonly kind: 'value'; readonly value: unknown; readonly offsets: () => OffsetIndex | undefined }
  /** The file is not valid YAML: where and why, as js-yaml says (a duplicate key with its first place). */
  | { readonly kind: 'error'; readonly reason: string; readonly offset: number; readonly firstOffset?: number }
  /** The file uses what only the positioned parser reads as hooksync means it. */
  | { readonly kind: 'defer'; readonly why: string };

/**
 * The file's value, or undefined when only the positioned parser may answer for it: it fails to
 * read, uses an anchor or alias, has a key that is not a plain string, or a forbidden key.
 */
export function quickValue(text: string): unknown {
  const read = quickRead(text);
  return read.kind === 'value' ? read.value : undefined;
}

export function quickRead(text: string): QuickRead {
  // An anchor or alias anywhere (even inside a string, which is harmless) sends the file the slow
  // way, where alias bombs are counted.
  if (/[&*]/.test(text) && /(^|[\s[{,])[&*][^\s,\]}]/m.test(text)) return { kind: 'defer', why: 'YAML anchors or aliases (& or *)' };
  // A complex or null key reads differently in the two parsers; `? ` starts one.
  if (/(^|\s)\?(\s|$)/m.test(text)) return { kind: 'defer', why: 'a complex key ("? ")' };
  let value: unknown;
  const recorder = eventRecorder(text);
  try {
    value = jsyaml.load(text, { schema: CORE_1_2, json: false, listener: recorder.listener });
  } catch (e) {
    if (!(e instanceof jsyaml.YAMLException)) throw e;
    const offset = e.mark?.position ?? 0;
    return { kind: 'error', reason: e.reason ?? 'cannot be read', offset, ...(e.reason === 'duplicated mapping key' ? { firstOffset: firstOfDuplicate(text, offset) } : {}) };
  }
  if (!plainKeys(value)) return { kind: 'defer', why: 'a null key or one that could reach an object\'s prototype' };
  let offsets: OffsetIndex | null | undefined;
  return { kind: 'value', value, offsets: () => (offsets === undefined ? (offsets = recorder.index() ?? null) : offsets) ?? undefined };
}

/**
 * Where the key duplicated at `offset` first appears: read again letting duplicates through
 * (js-yaml's json mode), the map holding the key at `offset` has an earlier key of that name.
 */
function firstOfDuplicate(text: string, offset: number): number | undefined {
  const recorder = eventRecorder(text);
  try {
    jsyaml.load(text, { schema: CORE_1_2, json: true, listener: recorder.listener });
  } catch {
    return undefined;
  }
  return recorder.earlierKey(offset);
}

/**
 * Every key is a string js-yaml would not have made from something else, and none is forbidden.
 * The value is not copied: interpolation makes the copy without prototypes that is read after.
 */
function plainKeys(v: unknown): boolean {
  if (Array.isArray(v)) {
    for (const x of v) if (!plainKeys(x)) return false;
    return true;
  }
  if (v === null || typeof v !== 'object') return true;
  for (const k in v) {
    // js-yaml turns a null key into "null", yaml into "": such a file goes the slow way.
    if (FORBIDDEN.has(k) || k === 'null' || k === '~' || k === 'Null' || k === 'NULL') return false;
    if (!plainKeys((v as Record<string, unknown>)[k])) return false;
  }
  return true;
}
