/** Nursa: user webhooks of the Nursa Public API v2. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createNursaAdapter } from './adapter.js';
import { nursaSpec } from './spec.js';

export const nursa = defineProvider({
  kind: 'nursa',
  spec: nursaSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createNursaAdapter,
  sandbox: {
    envPrefix: 'NURSA',
    flags: [
      { name: 'nursa-limit', type: { number: [1, 100_000] }, value: '<n>', description: "Nursa's fixed window: requests allowed per window", default: 100 },
      { name: 'nursa-window', type: 'duration', value: '<duration>', description: "Nursa's fixed window: its length", default: 60_000, defaultText: '1m' },
    ],
    fromFlags: (v) => ({ rateLimit: { requests: Number(v.nursaLimit ?? 100), windowMs: Number(v.nursaWindow ?? 60_000) } }),
    emulator: async () => (await import('./emulator.js')).NursaEmulator,
    env: clientCredentialsEnv,
  },
});
