import type { ProviderSpec } from '../../core/spec.js';

/**
 * Nursa user webhooks. Matched by `url`. `secrets` (at most 2, for rotation) are returned in
 * clear and are only ever sent when the file writes them: leaving them out never rotates them.
 */
export const nursaSpec: ProviderSpec = {
  kind: 'nursa',
  generatedSecret: { what: 'secret', unlessGiven: 'secrets', shownOnce: false, readAgain: "in the webhook's secrets, which Nursa shows in every read" },
  displayName: 'Nursa',
  keyField: 'url',
  immutableFields: [],
  fieldOrder: ['id', 'url', 'events', 'secrets'],
  setFields: ['events', 'secrets'],
  wholeObjectFields: [],
  requiredOnCreate: [['url'], ['events']],
  sensitivePatterns: [['secrets']],
  plainPatterns: [['events', '*']],
};
