/**
 * Every provider's emulator, started together on 127.0.0.1 in the order of the provider list,
 * with the environment a hooks.yaml needs to reach them. Used by `hooksync sandbox`, the demo
 * and the tests. Nothing here names a provider: each one's declaration (providers/<name>/index.ts)
 * says how to make its emulator and what its variables are.
 */
import { PROVIDERS, type AnyProvider, type KnownProviderKind } from './all.js';
import type { EmulatorClass, ProviderSandbox, SandboxEmulator } from './provider.js';
import type { EmulatorServer } from '../sandbox/server.js';

type ClassOf<P extends AnyProvider> = Awaited<ReturnType<P['sandbox']['emulator']>>;
type EmulatorOf<P extends AnyProvider> = InstanceType<ClassOf<P>>;
type OptionsOf<P extends AnyProvider> = NonNullable<ConstructorParameters<ClassOf<P>>[0]>;

export type SandboxOptions = {
  /** First port; each further emulator takes the next one. 0 picks free ports. */
  readonly port?: number;
  /**
   * Where each emulator's injected faults draw their chances: one generator per emulator (a
   * seeded one makes a fault mix repeatable whatever the order the emulators are called in).
   */
  readonly random?: (emulator: KnownProviderKind) => () => number;
  /** Each provider's flag values (`hooksync sandbox`), turned into options by the provider. */
  readonly flags?: Readonly<Record<string, unknown>>;
} & {
  /** Options of one provider's emulator, over what its flags gave. */
  readonly [P in AnyProvider as P['kind']]?: Partial<OptionsOf<P>>;
};

export type Sandbox = {
  readonly [P in AnyProvider as P['kind']]: EmulatorOf<P>;
} & {
  /** Every emulator's server, for fault settings and request logs. */
  readonly servers: readonly EmulatorServer[];
  /** NAME → value: endpoints and credentials, in the order they are printed. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
};

/** The ports a sandbox takes from -p PORT on: one an emulator, PORT to PORT + SANDBOX_PORTS - 1. */
export const SANDBOX_PORTS = PROVIDERS.length;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // Started one after another so a port in use stops the start there, and what did start is
  // stopped again: a failed start leaves no emulator holding a port.
  const started: SandboxEmulator[] = [];
  const env: Record<string, string> = {};
  const byKind: Record<string, SandboxEmulator> = {};
  for (const [n, provider] of PROVIDERS.entries()) {
    const sandbox = provider.sandbox as ProviderSandbox<EmulatorClass>;
    const own = (options as Record<string, object | undefined>)[provider.kind] ?? {};
    const Emulator = await sandbox.emulator();
    const emulator = new Emulator({
      port: options.port ? options.port + n : 0,
      ...(options.random ? { random: options.random(provider.kind) } : {}),
      ...(sandbox.defaults ?? {}),
      ...(sandbox.fromFlags && options.flags ? sandbox.fromFlags(options.flags) : {}),
      ...own,
    });
    try {
      started.push(await emulator.start());
    } catch (e) {
      await Promise.all(started.map((s) => s.stop()));
      throw e;
    }
    byKind[provider.kind] = emulator;
    for (const [name, value] of Object.entries(sandbox.env(emulator))) env[`${sandbox.envPrefix}_${name}`] = value;
  }
  return {
    ...(byKind as { [P in AnyProvider as P['kind']]: EmulatorOf<P> }),
    servers: started.map((e) => e.server),
    env,
    stop: async () => {
      await Promise.all(started.map((e) => e.stop()));
    },
  };
}
