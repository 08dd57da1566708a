/** Logto: webhooks of a Logto tenant through its Management API. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createLogtoAdapter } from './adapter.js';
import { LogtoEmulator } from './emulator.js';
import { logtoSpec } from './spec.js';

export const logto = defineProvider({
  kind: 'logto',
  spec: logtoSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createLogtoAdapter,
  sandbox: { envPrefix: 'LOGTO', Emulator: LogtoEmulator, env: clientCredentialsEnv },
});
