/** Auth0: the hooks of an Auth0 tenant (Management API v2), for tenants that still have them. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createAuth0Adapter } from './adapter.js';
import { auth0Spec } from './spec.js';

export const auth0 = defineProvider({
  kind: 'auth0',
  spec: auth0Spec,
  target: { auth: 'client-credentials' },
  createAdapter: createAuth0Adapter,
  sandbox: {
    envPrefix: 'AUTH0',
    flags: [
      { name: 'auth0-burst', type: { number: [1, 100_000] }, value: '<n>', description: "Auth0's token bucket: its size", default: 50 },
      { name: 'auth0-rate', type: { number: [0.01, 100_000] }, value: '<per-second>', description: "Auth0's token bucket: refills per second", default: 16 },
      { name: 'auth0-retry-after', type: 'boolean', description: 'Auth0 also sends Retry-After on its 429s (whether it does is not documented)' },
      { name: 'auth0-list-without-script', type: 'boolean', description: "Auth0's hook list leaves out each hook's script (whether the real one does is not confirmed)" },
    ],
    fromFlags: (v) => ({
      rateLimit: { burst: Number(v.auth0Burst ?? 50), perSecond: Number(v.auth0Rate ?? 16) },
      retryAfter: v.auth0RetryAfter === true,
      listScript: v.auth0ListWithoutScript !== true,
    }),
    emulator: async () => (await import('./emulator.js')).Auth0Emulator,
    env: clientCredentialsEnv,
  },
});
