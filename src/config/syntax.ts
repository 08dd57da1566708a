/**
 * A YAML syntax error as one finding. One real mistake (an unquoted `${VAR}` inside `{ }`) makes
 * the parser report dozens of follow-on errors, each less useful than the last, so only the first
 * is shown, with a count of the rest and, when the cause is a known one, the line as it should be.
 */
import type { LineCounter, YAMLError } from 'yaml';
import { HooksyncError } from '../core/errors.js';
import { lineIndex } from './quick-positions.js';

export function syntaxError(file: string, text: string, lines: LineCounter, errors: readonly YAMLError[]): HooksyncError {
  const first = errors[0]!;
  const what = first.message.split('\n')[0] ?? first.message;
  const rest = errors.length - 1;
  const more = rest === 0 ? '' : ` (and ${rest} more after it, most likely caused by this one)`;
  return errorAt(file, text, lines.linePos(first.pos[0]), `${what}${more}`);
}

/** A syntax error as the quick read (js-yaml) found it, for files too large for the positioned parser. */
export function quickSyntaxError(file: string, text: string, error: { reason: string; offset: number; firstOffset?: number }): HooksyncError {
  const line = lineIndex(text);
  const at = line(error.offset);
  if (error.reason === 'duplicated mapping key') {
    const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)\s*:/.exec(text.slice(error.offset, error.offset + 1024))?.[1] ?? '';
    const name = /^["']/.test(key) ? key.slice(1, -1) : key;
    const first = error.firstOffset === undefined ? 'first earlier in the same map' : `first at line ${line(error.firstOffset).line}`;
    return new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file}:${at.line}:${at.col} is not valid YAML: the key "${name}" appears twice in one map (${first}); keys must be unique`);
  }
  return errorAt(file, text, at, error.reason);
}

function errorAt(file: string, text: string, at: { line: number; col: number }, what: string): HooksyncError {
  const fix = flowVariableFix(text.split(/\r?\n/), at.line);
  return new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file}:${at.line}:${at.col} is not valid YAML: ${what}`, fix ? [fix] : []);
}

/**
 * `key: { a: ${X} }` is the mistake users make most: in a flow collection `{` opens a nested
 * map, so the variable must be quoted. Looks at the error's line and the few before it (the
 * parser often notices only when the collection closes) for an unquoted `${` inside `{ }` or
 * `[ ]`, and returns the quoted form of the first such line.
 */
function flowVariableFix(lines: readonly string[], errorLine: number): string | undefined {
  for (let n = errorLine; n >= Math.max(1, errorLine - 5); n--) {
    const line = lines[n - 1];
    if (line === undefined) continue;
    const fixed = quoteFlowVariables(line);
    if (fixed !== undefined) {
      return `line ${n}: \${...} inside { } or [ ] must be quoted (YAML reads "{" as the start of a map); write: ${fixed.trim()}`;
    }
  }
  return undefined;
}

/** The line with each unquoted flow scalar that holds `${` put in double quotes, or undefined if none. */
export function quoteFlowVariables(line: string): string | undefined {
  let out = '';
  let depth = 0;
  let changed = false;
  let i = 0;
  let valueStart = false;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      out += line.slice(i);
      break;
    }
    if (c === '"' || c === "'") {
      const end = closingQuote(line, i);
      out += line.slice(i, end + 1);
      i = end + 1;
      valueStart = false;
      continue;
    }
    if (c === '{' || c === '[') {
      depth++;
      valueStart = true;
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
    } else if (c === ',') {
      valueStart = true;
    } else if (c === ':' && /\s/.test(line[i + 1] ?? ' ')) {
      valueStart = true;
    } else if (depth > 0 && valueStart && !/\s/.test(c)) {
      const end = plainEnd(line, i);
      const token = line.slice(i, end).trimEnd();
      if (token.includes('${')) {
        out += `"${token.replace(/["\\]/g, (m) => `\\${m}`)}"` + line.slice(i + token.length, end);
        changed = true;
      } else {
        out += line.slice(i, end);
      }
      i = end;
      valueStart = false;
      continue;
    }
    if (!/\s/.test(c) && c !== '{' && c !== '[' && c !== ',' && c !== ':') valueStart = false;
    out += c;
    i++;
  }
  return changed ? out : undefined;
}

/** Where a plain scalar in a flow collection ends: at `,`, `}`, `]` or `: `, a `${...}` counting as one piece. */
function plainEnd(line: string, from: number): number {
  let i = from;
  while (i < line.length) {
    if (line.startsWith('${', i)) {
      const close = line.indexOf('}', i + 2);
      i = close === -1 ? line.length : close + 1;
      continue;
    }
    const c = line[i]!;
    if (c === ',' || c === '}' || c === ']') return i;
    if (c === ':' && /\s/.test(line[i + 1] ?? ' ')) return i;
    if (c === '#' && /\s/.test(line[i - 1] ?? ' ')) return i;
    i++;
  }
  return i;
}

function closingQuote(line: string, open: number): number {
  const q = line[open]!;
  for (let i = open + 1; i < line.length; i++) {
    if (q === '"' && line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] === q) {
      if (q === "'" && line[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return line.length - 1;
}
