/** Logto: webhooks of a Logto tenant through its Management API. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createLogtoAdapter } from './adapter.js';
import { logtoSpec } from './spec.js';

export const logto = defineProvider({
  kind: 'logto',
  spec: logtoSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createLogtoAdapter,
  sandbox: { envPrefix: 'LOGTO', emulator: async () => (await import('./emulator.js')).LogtoEmulator, env: clientCredentialsEnv },
});
