import type { ProviderSpec } from '../../core/spec.js';

/**
 * Auth0 Event Streams (webhook, EventBridge or Action destinations), matched by `name` (Auth0
 * does not promise names are unique: two streams with a name you manage are an error until one is
 * pinned). `subscriptions` compare as a set. A destination's `type` cannot change: a different one
 * replaces the stream. A PATCH replaces `destination` whole, so an update sends the live one
 * merged with the file's keys, never the webhook `token` or `password`, which Auth0 never shows
 * and which compare by presence only.
 */
export const eventStreamsSpec: ProviderSpec = {
  kind: 'auth0-event-streams',
  displayName: 'Auth0 Event Streams',
  keyField: 'name',
  immutableFields: ['destination.type'],
  fieldOrder: ['id', 'name', 'status', 'subscriptions', 'destination'],
  setFields: ['subscriptions'],
  wholeObjectFields: ['destination'],
  requiredOnCreate: [['destination']],
  sensitivePatterns: [
    ['destination', 'configuration', 'webhook_authorization', 'token'],
    ['destination', 'configuration', 'webhook_authorization', 'password'],
  ],
  plainPatterns: [['status']],
  writeOnlyPaths: [
    ['destination', 'configuration', 'webhook_authorization', 'token'],
    ['destination', 'configuration', 'webhook_authorization', 'password'],
  ],
  tokenBucket: true,
  // Auth0 may let two streams share a name, but hooksync matches streams by name, so two with one
  // name would be ambiguous to hooksync itself: the plan keeps names unique, as for Auth0 Hooks.
  uniqueKey: true,
  // The token matters only to bearer authorization and the password only to basic: a change of
  // method leaves the other's hidden value behind, and no warning is due for it.
  writeOnlyWhen: [
    { path: ['destination', 'configuration', 'webhook_authorization', 'token'], when: { path: ['destination', 'configuration', 'webhook_authorization', 'method'], is: 'bearer' } },
    { path: ['destination', 'configuration', 'webhook_authorization', 'password'], when: { path: ['destination', 'configuration', 'webhook_authorization', 'method'], is: 'basic' } },
  ],
};
