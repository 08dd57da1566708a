import type { ProviderSpec } from '../../core/spec.js';

/**
 * GitHub repository and organization webhooks. Matched by `config.url` (every hook is named
 * `web`). GitHub never shows a secret (reads say `********`), and a PATCH that carries `config`
 * replaces the whole config, dropping a secret it leaves out: so `config.secret` compares by
 * presence only, and an update sends just the config keys that changed, through
 * `PATCH .../config`, which changes keys one by one (see adapter.ts). A read config is never
 * sent back.
 */
export const githubSpec: ProviderSpec = {
  kind: 'github',
  displayName: 'GitHub',
  keyField: 'config.url',
  immutableFields: [],
  fieldOrder: ['id', 'name', 'config', 'events', 'active'],
  setFields: ['events'],
  wholeObjectFields: [],
  keyPatchFields: ['config'],
  requiredOnCreate: [['config', 'url']],
  sensitivePatterns: [['config', 'secret']],
  plainPatterns: [['events', '*'], ['active'], ['config', 'content_type'], ['config', 'insecure_ssl']],
  writeOnlyPaths: [['config', 'secret']],
  // GitHub refuses a second hook with a url and an event another hook has; hooksync matches by
  // url alone, so it keeps urls unique: a create or rename that takes a url waits for the
  // change that frees it, and one another hook keeps is refused at plan time.
  uniqueKey: true,
  // A hook created without events gets ["push"]: it takes a place among push's 20.
  createDefaults: { events: ['push'] },
  perValueLimit: { field: 'events', limit: 20, rule: 'GitHub allows at most 20 hooks per event on a repository or organization' },
};
