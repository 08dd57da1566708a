/**
 * Fields that may name a file instead of holding its text (Auth0 `script: ./hooks/x.js`): the
 * path is relative to the YAML file, and reading it is part of loading, so a missing file is a
 * config finding with its line, found offline.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isPlainObject } from '../core/model.js';
import { isProviderKind, specFor } from '../providers/specs.js';
import { locate, type Source } from './source.js';

/** A hook's code is a few KB; a file far larger than that is not one. */
export const MAX_FIELD_FILE_BYTES = 1024 * 1024;

/**
 * Replaces file references with the files' text, in place; returns one line per file it will not
 * read. A reference must stay inside the hooks file's directory (in a pull request's plan, the
 * file's text is diffed into a comment), name a regular file (a FIFO would hang), and be small.
 */
export function resolveFileFields(source: Source, value: unknown): string[] {
  const problems: string[] = [];
  const targets = isPlainObject(value) && isPlainObject(value.targets) ? value.targets : {};
  const home = realpathSync(dirname(resolve(source.file)));
  for (const [name, target] of Object.entries(targets)) {
    if (!isPlainObject(target) || !isProviderKind(target.provider) || !Array.isArray(target.hooks)) continue;
    const fileFields = specFor(target.provider).fileFields ?? [];
    target.hooks.forEach((hook, i) => {
      if (!isPlainObject(hook)) return;
      for (const { field, extension } of fileFields) {
        const ref = hook[field];
        if (typeof ref !== 'string' || ref.includes('\n') || !ref.trim().endsWith(extension)) continue;
        const at = locate(source, ['targets', name, 'hooks', i, field]);
        const read = readConfined(home, ref.trim());
        if (typeof read === 'string') hook[field] = read;
        else problems.push(`${at}: cannot read ${ref.trim()} (${read.why}; paths are relative to ${source.file} and must stay in its directory)`);
      }
    });
  }
  return problems;
}

function readConfined(home: string, ref: string): string | { why: string } {
  if (isAbsolute(ref)) return { why: 'an absolute path' };
  let real: string;
  try {
    real = realpathSync(resolve(home, ref));
  } catch (e) {
    return { why: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((e as NodeJS.ErrnoException).code ?? 'unreadable') };
  }
  const inside = relative(home, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { why: 'it is outside the directory of the hooks file' };
  const info = statSync(real);
  if (!info.isFile()) return { why: 'not a regular file' };
  if (info.size > MAX_FIELD_FILE_BYTES) return { why: `${info.size} bytes, more than the ${MAX_FIELD_FILE_BYTES / 1024} KiB a script may be` };
  try {
    return readFileSync(real, 'utf8');
  } catch (e) {
    return { why: (e as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
}
