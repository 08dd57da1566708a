import type { ProviderSpec } from '../../core/spec.js';

/**
 * Bold Penguin hookshot subscriptions. Requests are flat (`url`, `secret`, `header`, `active`,
 * `events`) while answers nest `url`, `secret` and `header` under `config`; the adapter flattens
 * answers so the diff compares like with like. There is no name: `url` is the key.
 */
export const boldPenguinSpec: ProviderSpec = {
  kind: 'boldpenguin',
  displayName: 'Bold Penguin',
  keyField: 'url',
  immutableFields: [],
  fieldOrder: ['id', 'url', 'events', 'active', 'header', 'secret'],
  setFields: ['events'],
  wholeObjectFields: [],
  requiredOnCreate: [['url']],
  sensitivePatterns: [['secret'], ['header']],
  plainPatterns: [['events', '*'], ['active']],
  quota: { flag: 'active', limit: 10, needs: 'events', rule: 'Bold Penguin allows at most 10 active subscriptions per tenant' },
};
