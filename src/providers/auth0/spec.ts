import type { ProviderSpec } from '../spec.js';

/**
 * Auth0 hooks (Management API v2). `triggerId` cannot change in place, so a different one is a
 * replacement. `secrets` are write-only: the API answers `_VALUE_NOT_SHOWN_` for every value, so
 * only their names can be compared; a value is sent when its name is new (see writeOnlyFields).
 */
export const auth0Spec: ProviderSpec = {
  kind: 'auth0',
  displayName: 'Auth0',
  keyField: 'name',
  immutableFields: ['triggerId'],
  fieldOrder: ['id', 'name', 'triggerId', 'enabled', 'script', 'dependencies', 'secrets'],
  setFields: [],
  wholeObjectFields: [],
  requiredOnCreate: [['script'], ['triggerId']],
  sensitivePatterns: [['secrets']],
  writeOnlyFields: ['secrets'],
  fileFields: [{ field: 'script', extension: '.js' }],
  tokenBucket: true,
};
