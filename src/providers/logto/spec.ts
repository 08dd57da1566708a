import type { ProviderSpec } from '../../core/spec.js';

/**
 * Logto hooks. `config` is a JSON column the server replaces whole on PATCH, so an update of one
 * key must carry the rest of the live config too. `signingKey`, `id`, `tenantId`, `createdAt`
 * and the deprecated `event` are server-owned and never part of the desired state.
 */
export const logtoSpec: ProviderSpec = {
  kind: 'logto',
  generatedSecret: { what: 'signing key', shownOnce: false, readAgain: "in the hook's signingKey, which Logto shows in every read, or made anew with hooksync rotate-key" },
  displayName: 'Logto',
  keyField: 'name',
  immutableFields: [],
  fieldOrder: ['id', 'name', 'events', 'config', 'enabled'],
  setFields: ['events'],
  wholeObjectFields: ['config'],
  requiredOnCreate: [['events'], ['config', 'url']],
  sensitivePatterns: [['config', 'headers', '*'], ['signingKey']],
  plainPatterns: [['events', '*'], ['enabled'], ['config', 'retries']],
  refusedValues: {
    field: 'events',
    values: Object.fromEntries(
      ['TrustedDevice.Created', 'TrustedDevice.Deleted'].map((e) => [e, 'exists only on a Logto server run with dev features on (DEV_FEATURES_ENABLED); a production server answers 400 guard.invalid_input to it, so remove it']),
    ),
  },
};

export const LOGTO_SERVER_FIELDS = ['id', 'tenantId', 'createdAt', 'signingKey', 'event', 'executionStats'] as const;
