/** Auth0 Event Streams: how an Auth0 tenant sends its events to a webhook since Hooks reached end of life. */
import { clientCredentialsEnv, defineProvider } from '../provider.js';
import { createEventStreamsAdapter } from './adapter.js';
import { eventStreamsSpec } from './spec.js';

export const auth0EventStreams = defineProvider({
  kind: 'auth0-event-streams',
  spec: eventStreamsSpec,
  target: { auth: 'client-credentials' },
  createAdapter: createEventStreamsAdapter,
  sandbox: {
    envPrefix: 'AUTH0_EVENTS',
    flags: [{ name: 'auth0-events-drop-secret-on-patch', type: 'boolean', description: 'Auth0 Event Streams drops a webhook token a PATCH leaves out (whether it keeps it is not confirmed; the default keeps it)' }],
    fromFlags: (v) => ({ patchWithoutSecret: v.auth0EventsDropSecretOnPatch === true ? ('drop' as const) : ('keep' as const) }),
    emulator: async () => (await import('./emulator.js')).EventStreamsEmulator,
    env: clientCredentialsEnv,
  },
});
