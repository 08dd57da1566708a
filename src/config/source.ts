/**
 * Reads and parses the YAML file, keeping the document and its line counter so every later
 * check can point at `file:line:col`.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { HooksyncError } from '../errors.js';
import type { Position } from '../model.js';
import { formatPath } from './paths.js';

export interface Source {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The plain value of the document, before interpolation. */
  readonly value: unknown;
}

export async function readSource(file: string): Promise<Source> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new HooksyncError(
      'HOOKSYNC_CONFIG_NOT_FOUND',
      `cannot read ${file} (${why}); pass the config file with -c FILE or create hooks.yaml (see hooks.example.yaml)`,
    );
  }
  return parseSource(file, text);
}

export function parseSource(file: string, text: string): Source {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((err) => {
      const at = lines.linePos(err.pos[0]);
      const what = err.message.split('\n')[0] ?? err.message;
      return `${file}:${at.line}:${at.col} YAML syntax: ${what}`;
    });
    throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${file} is not valid YAML; fix the syntax at the place named`, problems);
  }
  return { file, doc, lines, value: doc.toJS({ maxAliasCount: 100 }) };
}

/**
 * The position of the node at `path`, or of its nearest existing ancestor. `key: true` points at
 * the key of the last segment rather than its value (for "unknown field" findings).
 */
export function positionOf(source: Source, path: readonly (string | number)[], key = false): Position {
  let node: Node | null | undefined = source.doc.contents as Node | null;
  let at: Node | null | undefined = node;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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
  const offset = at?.range?.[0] ?? 0;
  const { line, col } = source.lines.linePos(offset);
  return { file: source.file, line, col };
}

/** `file:line:col field.path`: how every finding about the file starts. */
export function locate(source: Source, path: readonly (string | number)[], key = false): string {
  const pos = positionOf(source, path, key);
  return `${pos.file}:${pos.line}:${pos.col} ${formatPath(path)}`;
}
