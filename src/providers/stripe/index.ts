/** Stripe: the webhook endpoints of a Stripe account, in test or live mode. */
import { defineProvider } from '../provider.js';
import { createStripeAdapter } from './adapter.js';
import { stripeSpec } from './spec.js';

export const stripe = defineProvider({
  kind: 'stripe',
  spec: stripeSpec,
  target: {
    auth: 'token',
    defaultEndpoint: 'https://api.stripe.com',
    properties: {
      mode: { enum: ['test', 'live'], description: "which of the account's modes this target manages; its key must be of that mode (sk_test_… or sk_live_…), checked before any request" },
    },
    plain: ['mode'],
    scopeOf: (t) => (t.mode === 'live' ? 'live' : 'test'),
    // Stripe's documented pace, announced in no header: 25 requests a second in test mode, 100 live.
    defaultRateLimit: (t) => ({ requests: t.mode === 'live' ? 100 : 25, perMs: 1000 }),
  },
  createAdapter: createStripeAdapter,
  sandbox: {
    envPrefix: 'STRIPE',
    emulator: async () => (await import('./emulator.js')).StripeEmulator,
    env: (e) => ({ ENDPOINT: e.url, SECRET_KEY: e.testKey }),
  },
});
