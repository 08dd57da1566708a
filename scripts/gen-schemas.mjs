// Build step: writes schemas/ (what editors and the package use) from the provider list and each
// provider's schema.json, after tsc. The files are committed; scripts/check-dist.sh fails when
// they differ from what this makes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const { PROVIDERS } = await import('../build/src/providers/all.js');
const { schemaFiles } = await import('../build/src/config/schema-bundle.js');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const files = schemaFiles(PROVIDERS, readJson('src/config/hooks.base.schema.json'), (kind) => readJson(join('src/providers', kind, 'schema.json')));
mkdirSync('schemas/providers', { recursive: true });
for (const [path, text] of Object.entries(files)) writeFileSync(join('schemas', path), text);
process.stdout.write(`wrote schemas/ for ${PROVIDERS.length} providers\n`);
