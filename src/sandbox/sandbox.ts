/**
 * Every emulator, started together on 127.0.0.1, with the environment a hooks.yaml needs to
 * reach them. Used by `hooksync sandbox`, the demo and the tests.
 */
import { Auth0Emulator } from './auth0.js';
import { BoldPenguinEmulator } from './boldpenguin.js';
import { LogtoEmulator } from './logto.js';
import { NursaEmulator } from './nursa.js';
import type { EmulatorServer } from './server.js';

export interface SandboxOptions {
  /** First port; each further emulator takes the next one. 0 picks free ports. */
  readonly port?: number;
  /** Auth0's token bucket, whether its 429s carry Retry-After, and whether its list carries scripts. */
  readonly auth0?: { readonly rateLimit?: { readonly burst: number; readonly perSecond: number }; readonly retryAfter?: boolean; readonly listScript?: boolean };
  /** Nursa's fixed window. */
  readonly nursa?: { readonly rateLimit?: { readonly requests: number; readonly windowMs: number } };
  /**
   * Where each emulator's injected faults draw their chances: one generator per emulator (a
   * seeded one makes a fault mix repeatable whatever the order the emulators are called in).
   */
  readonly random?: (emulator: 'logto' | 'auth0' | 'boldpenguin' | 'nursa') => () => number;
}

export interface Sandbox {
  readonly logto: LogtoEmulator;
  readonly auth0: Auth0Emulator;
  readonly boldpenguin: BoldPenguinEmulator;
  readonly nursa: NursaEmulator;
  /** Every emulator's server, for fault settings and request logs. */
  readonly servers: readonly EmulatorServer[];
  /** NAME → value: endpoints and credentials, in the order they are printed. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const port = (n: number) => (options.port ? options.port + n : 0);
  const random = (name: 'logto' | 'auth0' | 'boldpenguin' | 'nursa') => (options.random ? { random: options.random(name) } : {});
  // Started one after another so a port in use stops the start there, and what did start is
  // stopped again: a failed start leaves no emulator holding a port.
  const started: { stop(): Promise<void> }[] = [];
  const start = async <E extends { start(): Promise<E>; stop(): Promise<void> }>(emulator: E): Promise<E> => {
    try {
      started.push(await emulator.start());
      return emulator;
    } catch (e) {
      await Promise.all(started.map((s) => s.stop()));
      throw e;
    }
  };
  const logto = await start(new LogtoEmulator({ port: port(0), ...random('logto') }));
  const auth0 = await start(new Auth0Emulator({ port: port(1), ...random('auth0'), ...options.auth0 }));
  const boldpenguin = await start(new BoldPenguinEmulator({ port: port(2), ...random('boldpenguin') }));
  const nursa = await start(new NursaEmulator({ port: port(3), ...random('nursa'), ...options.nursa }));
  const all = [logto, auth0, boldpenguin, nursa];
  return {
    logto,
    auth0,
    boldpenguin,
    nursa,
    servers: all.map((e) => e.server),
    env: {
      LOGTO_ENDPOINT: logto.url,
      LOGTO_CLIENT_ID: logto.clientId,
      LOGTO_CLIENT_SECRET: logto.clientSecret,
      AUTH0_ENDPOINT: auth0.url,
      AUTH0_CLIENT_ID: auth0.clientId,
      AUTH0_CLIENT_SECRET: auth0.clientSecret,
      BOLDPENGUIN_ENDPOINT: boldpenguin.url,
      BOLDPENGUIN_CLIENT_ID: boldpenguin.clientId,
      BOLDPENGUIN_CLIENT_SECRET: boldpenguin.clientSecret,
      NURSA_ENDPOINT: nursa.url,
      NURSA_CLIENT_ID: nursa.clientId,
      NURSA_CLIENT_SECRET: nursa.clientSecret,
    },
    stop: async () => {
      await Promise.all(all.map((e) => e.stop()));
    },
  };
}
