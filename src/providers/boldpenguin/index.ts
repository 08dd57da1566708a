/** Bold Penguin: hookshot subscriptions of a Bold Penguin tenant. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createBoldPenguinAdapter } from './adapter.js';
import { BoldPenguinEmulator } from './emulator.js';
import { boldPenguinSpec } from './spec.js';

export const boldpenguin = defineProvider({
  kind: 'boldpenguin',
  spec: boldPenguinSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createBoldPenguinAdapter,
  sandbox: { envPrefix: 'BOLDPENGUIN', Emulator: BoldPenguinEmulator, env: clientCredentialsEnv },
});
