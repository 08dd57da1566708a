/**
 * The quick read of a hooks file: js-yaml builds the value some ten times faster than the `yaml`
 * library builds a document with positions (25,000 keys: 115 ms against 700 ms), so a file is
 * read with it first, and the positioned document is made only when a finding needs a line.
 *
 * The two must read every file alike, so js-yaml is given YAML 1.2's core schema exactly as
 * `yaml` reads it (its own CORE schema also takes 0b101, -0x10 and +0o7 for numbers and leaves
 * -.5e3 a string). Whatever this quick read cannot promise to read the same way is left to the
 * positioned parser, which then says what it says today: any error, anchors and aliases, keys
 * that are not plain strings, and keys that could reach a prototype.
 */
import jsyaml from 'js-yaml';

const scalar = (tag: string, resolve: (s: string) => boolean, construct: (s: string) => unknown) => new jsyaml.Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => s !== null && resolve(s), construct: (s: string) => construct(s) });

const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', (s) => /^(?:~|null|Null|NULL)?$/.test(s), () => null),
    scalar('bool', (s) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(s), (s) => /^t/i.test(s)),
    scalar('int', (s) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s), (s) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : Number(s))),
    scalar(
      'float',
      (s) => /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(s),
      (s) => (/inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s)),
    ),
  ],
});

/** Keys that could reach an object's prototype: the positioned parser names them. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The file's value, or undefined when only the positioned parser may answer for it: it fails to
 * read, uses an anchor or alias, has a key that is not a plain string, or a forbidden key.
 */
export function quickValue(text: string): unknown {
  // An anchor or alias anywhere (even inside a string, which is harmless) sends the file the slow
  // way, where alias bombs are counted.
  if (/[&*]/.test(text) && /(^|[\s[{,])[&*][^\s,\]}]/m.test(text)) return undefined;
  // A complex or null key reads differently in the two parsers; `? ` starts one.
  if (/(^|\s)\?(\s|$)/m.test(text)) return undefined;
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: CORE_1_2, json: false });
  } catch {
    return undefined;
  }
  return plainKeys(value) ? value : undefined;
}

/** Every key is a string js-yaml would not have made from something else, and none is forbidden. */
function plainKeys(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(plainKeys);
  if (v === null || typeof v !== 'object') return true;
  for (const [k, x] of Object.entries(v)) {
    // js-yaml turns a null key into "null", yaml into "": such a file goes the slow way.
    if (FORBIDDEN.has(k) || k === 'null' || k === '~' || k === 'Null' || k === 'NULL') return false;
    if (!plainKeys(x)) return false;
  }
  return true;
}
