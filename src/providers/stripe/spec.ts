import type { ProviderSpec } from '../../core/spec.js';

/**
 * Stripe webhook endpoints (`/v1/webhook_endpoints`, providers-stripe.md). There is no name:
 * `url` is the key. `enabled_events` is a set; `metadata` merges key by key (null removes one);
 * `disabled` is written and compared with the `status` Stripe reads back; `api_version` is set
 * only at creation, so a different one is a replacement, and a replacement makes Stripe generate
 * a new signing secret. 16 endpoints per account.
 */
export const stripeSpec: ProviderSpec = {
  kind: 'stripe',
  displayName: 'Stripe',
  keyField: 'url',
  immutableFields: ['api_version'],
  fieldOrder: ['id', 'url', 'enabled_events', 'description', 'metadata', 'disabled', 'api_version'],
  setFields: ['enabled_events'],
  wholeObjectFields: [],
  requiredOnCreate: [['url'], ['enabled_events']],
  sensitivePatterns: [],
  plainPatterns: [['url'], ['enabled_events', '*'], ['description'], ['metadata', '*'], ['disabled'], ['api_version']],
  quota: { flag: '*', limit: 16, rule: 'Stripe allows at most 16 webhook endpoints per account' },
  generatedSecret: { what: 'signing secret (whsec_…)', shownOnce: true },
  rotatesSecretOnReplace: 'Stripe generates a new signing secret (whsec_…) for the endpoint made in its place, and the old one stops working',
};
