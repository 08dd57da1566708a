/**
 * Reads and parses the YAML file, keeping the document and its line counter so every later
 * check can point at `file:line:col`.
 */
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { HooksyncError } from '../core/errors.js';
import type { Position } from '../core/model.js';
import { quickRead } from './fast-yaml.js';
import { lineIndex, type OffsetIndex } from './quick-positions.js';
import { formatPath } from './paths.js';
import { quickSyntaxError, syntaxError } from './syntax.js';
import { examplePath } from '../core/install.js';

export interface Source {
  readonly file: string;
  /**
   * The plain value of the document, before interpolation. Its objects may have prototypes (no
   * key that reaches one gets this far); interpolation makes the copy without them that every
   * later check reads.
   */
  readonly value: unknown;
  /** Where the node at `path` (or its nearest existing ancestor) starts; `key` for its key. */
  offsetOf(path: readonly (string | number)[], key: boolean): number;
  linePos(offset: number): { line: number; col: number };
}

/** Far larger than any hooks file (10,000 hooks is about 0.5 MiB); a larger one is refused unread. */
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;
/** Keys that would reach an object's prototype instead of being fields: refused by name. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Copies an alias may make before the file counts as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export async function readSource(file: string): Promise<Source> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    if (info.size > MAX_CONFIG_BYTES) {
      throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file} is ${(info.size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB a hooks file may be; is it the right file?`);
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof HooksyncError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'ENOTFILE' ? 'it is not a regular file' : (code ?? 'unreadable');
    throw new HooksyncError(
      'HOOKSYNC_CONFIG_NOT_FOUND',
      `cannot read ${file} (${why}); pass the config file with -c FILE or create hooks.yaml (an example to start from: ${examplePath()})`,
    );
  }
  return parseSource(file, decodeText(file, bytes));
}

/** The file as UTF-8 text, or one line that says where it stops being text (never its bytes). */
export function decodeText(file: string, bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  const bad = nul !== -1 ? nul : firstInvalidUtf8(bytes);
  if (bad === -1) return bytes.toString('utf8');
  const before = bytes.subarray(0, bad).toString('utf8');
  const line = before.split('\n').length;
  const col = before.length - before.lastIndexOf('\n');
  const what = nul !== -1 ? 'a NUL byte: this is a binary file, not YAML' : `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} is not UTF-8; save the file as UTF-8`;
  throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file}:${line}:${col} is not a text file hooksync can read: ${what}`);
}

function firstInvalidUtf8(bytes: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Find the offset: the longest prefix that decodes.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

/**
 * The most values (scalars, keys, items) a hooks file may hold, counted by the separators that
 * could make them: ten thousand hooks of a few fields each take 60,000 to 80,000. The YAML
 * document that keeps every position costs about a kilobyte a value, so this keeps any file
 * within some 200 MB, and a file past it is refused before it is parsed.
 */
export const MAX_CONFIG_VALUES = 100_000;

/**
 * The most values a file may hold when only the positioned parser can read it (it uses anchors
 * or complex keys): that parser takes some 40 µs and a kilobyte a value, so this keeps such a
 * file under a second.
 */
export const MAX_POSITIONED_VALUES = 15_000;

/** Files from this size on are read quickly first (fast-yaml.ts): some hundreds of hooks. */
const QUICK_READ_FROM = 64 * 1024;

/**
 * An upper bound of the values a text can parse to, counted in one pass without parsing: every
 * value but the first is preceded by a line break, a comma, or an opening bracket.
 */
function valuesAtMost(text: string): number {
  let n = 1;
  // One native scan per separator is some ten times faster than reading each character here.
  for (const c of ['\n', ',', '[', '{']) for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) n++;
  return n * 2; // a key and its value
}

export function parseSource(file: string, text: string): Source {
  const lines = new LineCounter();
  const most = valuesAtMost(text);
  if (most > MAX_CONFIG_VALUES * 2) {
    throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file} could hold up to ${Math.floor(most / 2).toLocaleString('en-US')} values (lines, commas and brackets), more than the ${MAX_CONFIG_VALUES.toLocaleString('en-US')} a hooks file may have; is it the right file?`);
  }
  // The quick read, when it can answer; the positioned document then waits until a line is
  // needed. A small file is parsed with positions at once: it costs little, and a validate that
  // warns of unset variables needs them anyway.
  if (text.length >= QUICK_READ_FROM) {
    const quick = quickRead(text);
    if (quick.kind === 'value') return lazilyPositioned(file, text, quick.value, quick.offsets);
    // The positioned parser says what it says of small files, as long as it can do so in time;
    // past that, js-yaml's error stands, and a file needing the positioned parser is refused.
    if (most > MAX_POSITIONED_VALUES * 2) {
      if (quick.kind === 'error') throw quickSyntaxError(file, text, quick);
      throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file} uses ${quick.why} and could hold up to ${Math.floor(most / 2).toLocaleString('en-US')} values; a file that does may hold at most ${MAX_POSITIONED_VALUES.toLocaleString('en-US')} (the parser that reads them takes some 40 µs a value); write the values out, or split the file`);
    }
  }
  // The duplicate-key check is ours (below): the parser's own compares every key with every
  // other, which costs the square of a map's size (25,000 keys took 17 s).
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) throw syntaxError(file, text, lines, doc.errors);
  const where = (node: Node | null | undefined) => {
    const at = lines.linePos(node?.range?.[0] ?? 0);
    return `${file}:${at.line}:${at.col}`;
  };
  const forbidden: string[] = [];
  const duplicates: string[] = [];
  let firstAlias: Node | undefined;
  visit(doc, {
    Map: (_, map) => {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first) duplicates.push(`${where(pair.key)} is not valid YAML: the key "${key}" appears twice in one map (first at line ${lines.linePos(first.range?.[0] ?? 0).line}); keys must be unique`);
        else seen.set(key, pair.key);
      }
    },
    Pair: (_, pair) => {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) forbidden.push(`${where(pair.key)} the key "${String(pair.key.value)}" is not a field of any hooks file; remove it`);
    },
    Alias: (_, alias) => {
      firstAlias ??= alias;
    },
  });
  if (duplicates.length > 0) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${duplicates[0]}${duplicates.length > 1 ? ` (and ${duplicates.length - 1} more)` : ''}`);
  if (forbidden.length > 0) throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file} has ${forbidden.length === 1 ? 'a key' : 'keys'} that could reach an object's prototype; fix each at the place named`, forbidden);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!/alias/i.test((e as Error).message)) throw e;
    throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${where(firstAlias)} YAML aliases here expand past ${MAX_ALIAS_COUNT} copies (an alias bomb?); write the values out instead of nesting aliases`);
  }
  return { file, value, offsetOf: (path, key) => documentOffset(doc, path, key), linePos: (offset) => lines.linePos(offset) };
}

/**
 * A source whose value is known and whose positions are found the first time a finding asks for
 * a line (most runs never do): by js-yaml's events recorded in the quick read (quick-positions.ts), and by the `yaml`
 * library's document only where those cannot say.
 */
function lazilyPositioned(file: string, text: string, value: unknown, quick: () => OffsetIndex | undefined): Source {
  let slow: Document | undefined;
  let line: ((offset: number) => { line: number; col: number }) | undefined;
  return {
    file,
    value,
    offsetOf(path, key) {
      const offset = quick()?.(path, key);
      if (offset !== undefined) return offset;
      slow ??= parseDocument(text, { prettyErrors: false, uniqueKeys: false });
      return documentOffset(slow, path, key);
    },
    linePos(offset) {
      line ??= lineIndex(text);
      return line(offset);
    },
  };
}

/**
 * The position of the node at `path`, or of its nearest existing ancestor. `key: true` points at
 * the key of the last segment rather than its value (for "unknown field" findings).
 */
export function positionOf(source: Source, path: readonly (string | number)[], key = false): Position {
  const { line, col } = source.linePos(source.offsetOf(path, key));
  return { file: source.file, line, col };
}

/** The offset of the node at `path` in a positioned document, or of its nearest ancestor. */
function documentOffset(doc: Document, path: readonly (string | number)[], key: boolean): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let at: Node | null | undefined = node;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      node = (last && key ? pair.key : pair.value) as Node | null;
      at = node ?? (pair.key as Node);
    } else if (isSeq(node)) {
      node = node.items[Number(seg)] as Node | undefined;
      if (node) at = node;
    } else {
      break;
    }
  }
  return at?.range?.[0] ?? 0;
}

/**
 * A map's pairs by key, made once per map: finding every hook's place by scanning the targets
 * map each time cost the square of the number of targets.
 */
const PAIRS = new WeakMap<object, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = PAIRS.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
    PAIRS.set(map, pairs);
  }
  return pairs;
}

/** `file:line:col field.path`: how every finding about the file starts. */
export function locate(source: Source, path: readonly (string | number)[], key = false): string {
  const pos = positionOf(source, path, key);
  return `${pos.file}:${pos.line}:${pos.col} ${formatPath(path)}`;
}
