// The layers of src/, as rules that `npm run lint` (depcruise) holds the imports to. Type-only
// imports count: a type edge up the house is still the bottom depending on the top.
//
//   top        cli/, action/, bin.ts, demo.ts        print, pick exit codes
//   above      apply/, export/, render/, plan-file/, config/, secrets/
//   registry   providers/all.ts and what reads it (specs, names, registry, sandbox)
//   providers  providers/<name>/ and the helpers they share
//   beside     plan/ (pure), http/, sandbox/ (what every emulator shares)
//   bottom     core/                                  imports nothing of ours
//
// Each rule says what a room may NOT reach; everything not forbidden is allowed.
const REGISTRY = '^src/providers/(all|specs|names|registry|sandbox)\\.ts$';
const TOP = '^src/(cli|action)/|^src/(bin|demo)\\.ts$';
const ABOVE = '^src/(apply|export|render|plan-file|config|secrets)/';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import cycle makes every file in it depend on every other.', from: {}, to: { circular: true } },
    { name: 'core-is-the-bottom', severity: 'error', comment: 'core/ imports nothing of hooksync but itself.', from: { path: '^src/core/' }, to: { path: '^src/', pathNot: '^src/core/' } },
    { name: 'plan-is-pure', severity: 'error', comment: 'plan/ is pure and synchronous: it sees only core/ (no providers, no I/O, no renderers).', from: { path: '^src/plan/' }, to: { path: '^src/', pathNot: '^src/(core|plan)/' } },
    { name: 'plan-does-no-io', severity: 'error', comment: 'plan/ reads no clock, files, network or randomness: that is plan-file/ and the edges.', from: { path: '^src/plan/' }, to: { path: '^(node:)?(fs|crypto|net|http|https|child_process|os)$|^undici$', dependencyTypesNot: ['type-only'] } },
    { name: 'http-knows-no-vendor', severity: 'error', comment: 'http/ is shared per token and origin: it knows no provider, plan or config.', from: { path: '^src/http/' }, to: { path: '^src/', pathNot: '^src/(core|http)/' } },
    { name: 'sandbox-knows-no-vendor', severity: 'error', comment: 'sandbox/ is what every emulator shares; a vendor lives in its provider folder.', from: { path: '^src/sandbox/' }, to: { path: '^src/', pathNot: '^src/(core|sandbox)/' } },
    { name: 'providers-below-the-registry', severity: 'error', comment: 'A provider folder does not read the list of providers (that list imports it).', from: { path: '^src/providers/', pathNot: REGISTRY }, to: { path: REGISTRY } },
    { name: 'providers-below-the-engine', severity: 'error', comment: 'Providers stand beside plan/: they see core/, http/ and sandbox/, never the planner or what is above.', from: { path: '^src/providers/' }, to: { path: `^src/plan/|${ABOVE}|${TOP}` } },
    {
      name: 'one-vendor-per-folder',
      severity: 'error',
      comment: "A provider's folder does not reach into another's; Event Streams shares Auth0's caller and token endpoint (one vendor, one Management API).",
      from: { path: '^src/providers/([^/]+)/' },
      to: { path: '^src/providers/[^/]+/', pathNot: ['^src/providers/$1/', '^src/providers/auth0/(management|emulator-token)\\.ts$'] },
    },
    { name: 'above-reads-the-plan-not-the-top', severity: 'error', comment: 'apply, export, render, plan-file and config never reach the CLI or the Action.', from: { path: ABOVE }, to: { path: TOP } },
    { name: 'secrets-hand-over-without-vendors', severity: 'error', comment: 'secrets/ hands a generated secret to a file or GitHub: it reads the spec a hook has, never a provider, the file or an emulator.', from: { path: '^src/secrets/' }, to: { path: '^src/(providers|config|sandbox|apply|render|export|plan-file)/' } },
    { name: 'plan-consumers-need-no-vendor', severity: 'error', comment: 'apply, render and plan-file consume a Plan; they never call a provider by name or read the file.', from: { path: '^src/(apply|render|plan-file)/' }, to: { path: '^src/(providers|config|sandbox)/' } },
    { name: 'cli-not-from-action', severity: 'error', comment: 'The CLI is one of two tops; it does not depend on the Action.', from: { path: '^src/cli/' }, to: { path: '^src/action/' } },
    { name: 'tests-and-benches-are-not-imported', severity: 'error', from: { path: '^src/' }, to: { path: '^(test|bench)/' } },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dist|node_modules)/' },
  },
};
