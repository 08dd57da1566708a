/**
 * schemas/ (what editors, the package and the loader read) is generated from the provider list;
 * the committed files must be exactly what the generator makes, and every provider in the list
 * has its own hook schema and target definition there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles, type BaseSchema } from '../../src/config/schema-bundle.js';
import { PROVIDERS } from '../../src/providers/all.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = schemaFiles(PROVIDERS, readJson('src/config/hooks.base.schema.json') as BaseSchema, (kind) => readJson(join('src/providers', kind, 'schema.json')) as object);

describe('schemas/', () => {
  it.each(Object.keys(files))('%s is what the provider list makes (run npm run build and commit schemas/)', (path) => {
    expect(readFileSync(join('schemas', path), 'utf8')).toBe(files[path]);
  });

  it('has a hook schema and a target definition for every provider, and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['hooks.schema.json', ...PROVIDERS.map((p) => `providers/${p.kind}.json`)].sort());
    const bundle = JSON.parse(files['hooks.schema.json']!) as { definitions: Record<string, { properties?: { provider?: { enum?: string[] } } }> };
    expect(bundle.definitions.target!.properties!.provider!.enum).toEqual(PROVIDERS.map((p) => p.kind));
    for (const p of PROVIDERS) expect(bundle.definitions[`target-${p.kind}`]).toBeDefined();
  });
});
