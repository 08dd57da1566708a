/**
 * Where hooksync's own files are, whether it runs from src/ (tests), build/src/, the bundle in
 * build/cli/, or an installed package: the folder that holds schemas/hooks.schema.json.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function installDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'schemas', 'hooks.schema.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('schemas/hooks.schema.json not found next to the hooksync installation');
    dir = up;
  }
}

export const schemasDir = (): string => join(installDir(), 'schemas');

/** The example hooks file shipped with hooksync, as a path a user can type from `cwd`. */
export function examplePath(cwd = process.cwd()): string {
  const path = join(installDir(), 'hooks.example.yaml');
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
