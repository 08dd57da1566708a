import type { ProviderSpec } from '../../core/spec.js';

/**
 * Auth0 hooks (Management API v2). `triggerId` cannot change in place, so a different one is a
 * replacement. `secrets` are write-only: the API answers `_VALUE_NOT_SHOWN_` for every value, so
 * only their names can be compared; a value is sent when its name is new (see writeOnlyFields).
 * Names are unique per tenant and one hook per trigger may be enabled: the planner orders and
 * refuses changes by those two rules (see plan/holdings.ts).
 */
export const auth0Spec: ProviderSpec = {
  kind: 'auth0',
  displayName: 'Auth0',
  keyField: 'name',
  immutableFields: ['triggerId'],
  fieldOrder: ['id', 'name', 'triggerId', 'enabled', 'script', 'dependencies', 'secrets'],
  setFields: [],
  // The API replaces the dependencies map whole: an update sends live merged with the file.
  wholeObjectFields: ['dependencies'],
  requiredOnCreate: [['script'], ['triggerId']],
  sensitivePatterns: [['secrets']],
  plainPatterns: [['triggerId'], ['enabled']],
  writeOnlyFields: ['secrets'],
  multilineFields: ['script'],
  fileFields: [{ field: 'script', extension: '.js' }],
  tokenBucket: true,
  uniqueKey: true,
  exclusive: { flag: 'enabled', scope: 'triggerId', rule: 'Auth0 allows one enabled hook per trigger' },
};
