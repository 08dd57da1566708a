/** Bold Penguin: hookshot subscriptions of a Bold Penguin tenant. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createBoldPenguinAdapter } from './adapter.js';
import { boldPenguinSpec } from './spec.js';

export const boldpenguin = defineProvider({
  kind: 'boldpenguin',
  spec: boldPenguinSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createBoldPenguinAdapter,
  sandbox: { envPrefix: 'BOLDPENGUIN', emulator: async () => (await import('./emulator.js')).BoldPenguinEmulator, env: clientCredentialsEnv },
});
