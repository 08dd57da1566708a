/**
 * Every emulator, started together on 127.0.0.1, with the environment a hooks.yaml needs to
 * reach them. Used by `hooksync sandbox`, the demo and the tests.
 */
import { LogtoEmulator } from './logto.js';

export interface SandboxOptions {
  /** First port; each further emulator takes the next one. 0 picks free ports. */
  readonly port?: number;
}

export interface Sandbox {
  readonly logto: LogtoEmulator;
  /** NAME → value: endpoints and credentials, in the order they are printed. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const port = options.port ?? 0;
  const logto = await new LogtoEmulator({ port }).start();
  return {
    logto,
    env: { LOGTO_ENDPOINT: logto.url, LOGTO_CLIENT_ID: logto.clientId, LOGTO_CLIENT_SECRET: logto.clientSecret },
    stop: () => logto.stop(),
  };
}
