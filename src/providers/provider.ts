/**
 * A provider is one folder under src/providers/ and one entry of the list in all.ts. Its folder
 * holds its pure spec (spec.ts), its I/O (adapter.ts), its emulator (emulator.ts), the schema of
 * its hooks (schema.json) and this declaration (index.ts), which is all the rest of hooksync
 * reads: the CLI, the sandbox, the schema bundle and the config loader never name a provider.
 */
import type { RateLimitSign } from '../http/client.js';
import type { RateLimitPolicy, TargetConfig } from '../core/model.js';
import type { AdapterDeps } from './adapter-deps.js';
import type { ProviderAdapter } from '../core/adapter.js';
import type { ProviderSpec } from '../core/spec.js';

/** An emulator as the sandbox drives it: started, stopped, its server's faults and log. */
export interface SandboxEmulator {
  readonly url: string;
  readonly server: import('../sandbox/server.js').EmulatorServer;
  start(): Promise<this>;
  stop(): Promise<void>;
}

/**
 * A `hooksync sandbox` flag of this provider's emulator, as data (the CLI turns it into a
 * commander option). Its value reaches `fromFlags` under its camel-cased name.
 */
export interface SandboxFlag {
  /** Without the dashes: `auth0-burst`. */
  readonly name: string;
  /** `number` (with a range), `duration`, or `boolean` (a switch with no value). */
  readonly type: { readonly number: readonly [number, number] } | 'duration' | 'boolean';
  readonly value?: string;
  readonly description: string;
  readonly default?: number;
  /** How the default reads in --help when the value is not how a user writes it (`1m`). */
  readonly defaultText?: string;
}

/** An emulator's class: made with its port, its fault random and its own options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each class takes its own options; the sandbox passes them through
export type EmulatorClass = new (options?: any) => SandboxEmulator;
type OptionsOfClass<C extends EmulatorClass> = NonNullable<ConstructorParameters<C>[0]>;

export interface ProviderSandbox<C extends EmulatorClass> {
  /** Its variables in `hooksync sandbox` output and the demo: `${envPrefix}_ENDPOINT` and the rest. */
  readonly envPrefix: string;
  readonly flags?: readonly SandboxFlag[];
  /** Emulator options every sandbox starts with (the demo's organization, say); flags and tests override them. */
  readonly defaults?: Partial<OptionsOfClass<C>>;
  /** Emulator options from this provider's flag values (only its own are present). */
  readonly fromFlags?: (values: Readonly<Record<string, unknown>>) => Partial<OptionsOfClass<C>>;
  /**
   * Its emulator's class, loaded when a sandbox starts: emulators are test and sandbox code, and
   * `--help` or `validate` should not load them.
   */
  readonly emulator: () => Promise<C>;
  /** Its variables, names without the prefix: ENDPOINT, CLIENT_ID, CLIENT_SECRET, or TOKEN. */
  readonly env: (emulator: InstanceType<C>) => Readonly<Record<string, string>>;
}

/** How a target of this provider authenticates, and what it adds to the common target fields. */
export interface ProviderTarget {
  /** `client-credentials`: auth.clientId and auth.clientSecret (OAuth2); `token`: auth.token. */
  readonly auth: 'client-credentials' | 'token';
  /** Target fields of this provider only, as JSON Schema properties (GitHub: repository). */
  readonly properties?: Readonly<Record<string, object>>;
  /**
   * Its own target fields that name a place, not a credential (GitHub: repository and
   * organization): a variable's value there is shown, not masked, in plans, logs and links.
   */
  readonly plain?: readonly string[];
  /** Of these field groups, exactly one must be written (GitHub: repository or organization). */
  readonly oneOf?: readonly (readonly string[])[];
  /** The endpoint when the target writes none (GitHub: https://api.github.com). */
  readonly defaultEndpoint?: string;
  /** What besides the endpoint tells two tenants apart (GitHub: the repository or organization). */
  readonly scopeOf?: (target: Readonly<Record<string, unknown>>) => string | undefined;
  /**
   * The pace the vendor documents but does not announce in headers (Stripe: 25 requests a second
   * in test mode, 100 live), unless the target states its own `rateLimit`.
   */
  readonly defaultRateLimit?: (options: Readonly<Record<string, unknown>>) => RateLimitPolicy;
  /** Least time between two writes, unless the target sets `writeGap` (GitHub: 1 s, as it asks). */
  readonly writeGapMs?: number;
  /**
   * A target may select many places instead of naming one (GitHub: `repositories:` of an
   * `organization`); its hook entries may narrow themselves with the same field.
   */
  readonly selection?: { readonly field: string; readonly within: string; readonly noun: string };
}

export interface Provider<K extends string = string, C extends EmulatorClass = EmulatorClass> {
  readonly kind: K;
  readonly spec: ProviderSpec;
  readonly target: ProviderTarget;
  readonly createAdapter: (target: TargetConfig, deps: AdapterDeps) => ProviderAdapter;
  /** Answers besides 429 that this vendor means as a rate limit (GitHub: some 403s). */
  readonly rateLimited?: RateLimitSign;
  readonly sandbox: ProviderSandbox<C>;
  /**
   * A target that selects many places (`target.selection`) made into one target per place, read
   * from the vendor at plan time. Absent, or the target selects nothing: the target is itself.
   */
  readonly expand?: (target: TargetConfig, deps: AdapterDeps) => Promise<Expansion>;
}

/** What a target's selection came to: one target per place, and the places left out. */
export interface Expansion {
  /** One target per selected place the credentials may manage, each with `parent` set. */
  readonly members: readonly TargetConfig[];
  /** Selected places left out, each with why (no permission there). */
  readonly skipped: readonly { readonly repository: string; readonly why: string }[];
  /** How many places there are to select from, and the selection in words. */
  readonly of: number;
  readonly described: string;
}

/** Keeps the literal kind and the emulator's own type, which the sandbox exposes to tests. */
export const defineProvider = <K extends string, C extends EmulatorClass>(p: Provider<K, C>): Provider<K, C> => p;

/** The variables of an emulator that uses client credentials. */
export const clientCredentialsEnv = (e: { url: string; clientId: string; clientSecret: string }): Record<string, string> => ({
  ENDPOINT: e.url,
  CLIENT_ID: e.clientId,
  CLIENT_SECRET: e.clientSecret,
});
