/**
 * Fields that may name a file instead of holding its text (Auth0 `script: ./hooks/x.js`): the
 * path is relative to the YAML file, and reading it is part of loading, so a missing file is a
 * config finding with its line, found offline.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isPlainObject } from '../model.js';
import { isProviderKind, specFor } from '../providers/specs.js';
import { locate, type Source } from './source.js';

/** Replaces file references with the files' text, in place; returns one line per unreadable file. */
export function resolveFileFields(source: Source, value: unknown): string[] {
  const problems: string[] = [];
  const targets = isPlainObject(value) && isPlainObject(value.targets) ? value.targets : {};
  for (const [name, target] of Object.entries(targets)) {
    if (!isPlainObject(target) || !isProviderKind(target.provider) || !Array.isArray(target.hooks)) continue;
    const fileFields = specFor(target.provider).fileFields ?? [];
    target.hooks.forEach((hook, i) => {
      if (!isPlainObject(hook)) return;
      for (const { field, extension } of fileFields) {
        const ref = hook[field];
        if (typeof ref !== 'string' || ref.includes('\n') || !ref.trim().endsWith(extension)) continue;
        const path = resolve(dirname(source.file), ref.trim());
        try {
          hook[field] = readFileSync(path, 'utf8');
        } catch (e) {
          const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((e as NodeJS.ErrnoException).code ?? 'unreadable');
          problems.push(`${locate(source, ['targets', name, 'hooks', i, field])}: cannot read ${ref.trim()} (${why}; paths are relative to ${source.file})`);
        }
      }
    });
  }
  return problems;
}
