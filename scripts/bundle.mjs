// Build step: bundles the compiled CLI into build/cli/ with esbuild, one file per lazily loaded
// command (splitting), so a start reads a handful of files instead of resolving some 200 modules
// across node_modules: `--help` and `validate` then cost little more than Node's own start.
// The precompiled schema validator (scripts/compile-schema.mjs) is bundled on its own and found
// beside the chunks at run time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies (commander, ajv) call require(): give the ES module chunks one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
rmSync('build/cli', { recursive: true, force: true });
await build({ ...common, entryPoints: ['build/src/bin.js'], outdir: 'build/cli', splitting: true, chunkNames: 'chunks/[name]-[hash]', external: ['./schema-validate.js'] });
await build({ ...common, entryPoints: ['build/src/config/schema-validate.js'], outfile: 'build/cli/chunks/schema-validate.js' });

// The GitHub Action: one file (plus its validator) under dist/, committed, because a runner runs
// an action's code without installing anything. `npm run check:dist` fails when it is stale.
const dist = process.env.HOOKSYNC_DIST ?? 'dist';
rmSync(dist, { recursive: true, force: true });
await build({ ...common, entryPoints: ['build/src/action/main.js'], outfile: `${dist}/index.js`, external: ['./schema-validate.js'], legalComments: 'none' });
await build({ ...common, entryPoints: ['build/src/config/schema-validate.js'], outfile: `${dist}/schema-validate.js` });
process.stdout.write(`bundled the CLI into build/cli/ and the action into ${dist}/\n`);
