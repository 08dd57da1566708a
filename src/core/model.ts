/**
 * The values that flow between layers: desired state from the file, live state from the API.
 * The bottom of the house: it imports nothing of hooksync's.
 */

/**
 * A provider's name (`logto`, `github`). A plain name here, so nothing at the bottom depends on
 * the list of providers; the list, and the literal union for display, live with the registry
 * (providers/all.ts), and the config loader refuses a name it does not hold.
 */
export type ProviderKind = string;

/** A stated API limit: at most `requests` in any `perMs` (hooks.yaml `rateLimit`). */
export interface RateLimitPolicy {
  readonly requests: number;
  readonly perMs: number;
}

export type Fields = Record<string, unknown>;

/** A field path as segments, `['config', 'headers', 'Authorization']`. */
export type FieldPath = readonly string[];

export interface Position {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface DesiredHook {
  /** How the hook is matched to a live one (Logto: its name). */
  readonly key: string;
  /** A pinned live id: matches that hook whatever its name is. */
  readonly pinnedId: string | undefined;
  /** Exactly the fields written in the file (after interpolation); nothing else is managed. */
  readonly fields: Fields;
  /** Paths whose value came (in whole or part) from an environment variable. */
  readonly sensitivePaths: readonly FieldPath[];
  readonly position: Position;
  /** `protect: true`: never deleted or replaced. */
  readonly protect?: boolean;
  /** `allowSecretRotation: true`: a replacement that makes the vendor generate a new secret may go ahead (Stripe). */
  readonly allowSecretRotation?: boolean;
  /** Where the signing secret the vendor generates for this hook goes when apply creates it (`secretTo:`). */
  readonly secretTo?: SecretTo;
  /**
   * On a target that selects many places (GitHub: `repositories:`), the entry's own narrower
   * selection, as written; the provider reads it.
   */
  readonly select?: Readonly<Record<string, unknown>>;
}

export interface TargetConfig {
  readonly name: string;
  readonly provider: ProviderKind;
  readonly endpoint: string;
  /** What its provider authenticates with: client credentials (OAuth2) or an API token. */
  readonly auth: { readonly clientId?: string; readonly clientSecret?: string; readonly token?: string };
  /** The target fields its provider adds (GitHub: repository or organization). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Where to get a token, when it is not the provider's usual place. */
  readonly tokenUrl: string | undefined;
  readonly prune: boolean;
  /** `prune: all`: prune even when the file lists no hooks for this target. */
  readonly pruneAll?: boolean;
  /** Least time between two writes here (hooks.yaml `writeGap`, else the provider's own). */
  readonly writeGapMs?: number;
  /** Most deletes one apply may make here (hooks.yaml `maxDeletes`). */
  readonly maxDeletes?: number | undefined;
  /** Key prefix of the hooks this target owns, where two targets share a tenant (`owns`). */
  readonly owns?: string | undefined;
  /** The tenant's stated API limit (hooks.yaml `rateLimit`), for vendors that do not announce it. */
  readonly rateLimit?: RateLimitPolicy | undefined;
  readonly hooks: readonly DesiredHook[];
  readonly position: Position;
  /**
   * For one place of a target that selects many (a repository of a GitHub organization): the
   * target the file wrote, which counts deletes and groups the plan.
   */
  readonly parent?: string;
}

export interface Config {
  readonly file: string;
  readonly targets: readonly TargetConfig[];
}

/** `secretTo:` of a hook: a line of the --secrets-file, and/or a GitHub Actions secret. */
export interface SecretTo {
  /** The variable's name in the dotenv file given by --secrets-file. */
  readonly env?: string;
  readonly github?: {
    readonly repository: string;
    /** An environment's secret instead of the repository's. */
    readonly environment?: string;
    readonly secret: string;
    /** A token that may write the repository's Actions secrets. */
    readonly token: string;
    readonly endpoint: string;
  };
}

export interface LiveHook {
  readonly id: string;
  readonly key: string;
  /** The hook in the same shape as the file's fields, server-made fields removed. */
  readonly fields: Fields;
  /** What the vendor's list says of its recent deliveries, where it says anything. */
  readonly health?: DeliveryHealth;
  /**
   * A signing secret the vendor generated and showed in this answer only (Stripe's `whsec_…` in
   * a create answer): for handing to the hook's receivers where the file says; never printed.
   */
  readonly generatedSecret?: string;
}

/**
 * A hook's recent deliveries as the list the plan reads anyway tells them (GitHub's
 * `last_response`, Logto's `executionStats`): counts and statuses only, never a payload.
 */
export interface DeliveryHealth {
  /** Whether its recent deliveries fail (the last one, or any in the vendor's window). */
  readonly failing: boolean;
  /** In a few words: `last delivery failed: 502`, `12 of 40 deliveries failed in 24 h`. */
  readonly text: string;
  /** The last delivery's HTTP status, where the vendor says it. */
  readonly lastStatus?: number;
  /** Deliveries in the vendor's window, and how many of them failed. */
  readonly attempts?: number;
  readonly failed?: number;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const formatPosition = (p: Position): string => `${p.file}:${p.line}:${p.col}`;

/** The value at `path` inside nested objects, or undefined where the path leaves them. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}
