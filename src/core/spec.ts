/**
 * What the planner needs to know about a provider, as plain data and pure functions: how hooks
 * are matched, which fields compare as sets, which objects the API replaces whole, which paths
 * hold secrets. The I/O half of a provider is its adapter (the port in adapter.ts).
 */
import type { FieldPath, ProviderKind } from './model.js';

export interface ProviderSpec {
  readonly kind: ProviderKind;
  readonly displayName: string;
  /** The field hooks are matched by (Logto and Auth0: name; Bold Penguin and Nursa: url; GitHub: config.url, a dotted path). */
  readonly keyField: string;
  /** Fields the API will not change: a difference forces delete + create (Auth0 triggerId). */
  readonly immutableFields: readonly string[];
  /** The order an exported hook lists its fields in; others follow alphabetically. */
  readonly fieldOrder: readonly string[];
  /** Compared as sets: order and duplicates are not changes. */
  readonly setFields: readonly string[];
  /** Objects the API replaces whole on update: the request carries live merged with desired. */
  readonly wholeObjectFields: readonly string[];
  /** Must be written in the file for a create to succeed. */
  readonly requiredOnCreate: readonly FieldPath[];
  /** Paths whose values are secret, as patterns where `*` matches any one key. */
  readonly sensitivePatterns: readonly FieldPath[];
  /**
   * Paths whose values are never secret (flags, counts, the vendor's enums: events, triggers),
   * as patterns: a value a variable put there is shown in the plan. Everything else a variable
   * makes is sensitive, the way Terraform marks by declaration; a sensitive pattern always wins.
   */
  readonly plainPatterns: readonly FieldPath[];
  /**
   * Maps whose values the API never shows (Auth0 `secrets`): only their keys are compared, and
   * the plan says so. The live side holds a placeholder for every value.
   */
  readonly writeOnlyFields?: readonly string[];
  /**
   * Single values the API never shows (GitHub's `config.secret` reads as `********`): the adapter
   * puts WRITE_ONLY in their place on live hooks, and any value the file gives compares equal to
   * it, so only whether one is set can differ. A value read there is never sent back.
   */
  readonly writeOnlyPaths?: readonly FieldPath[];
  /**
   * A write-only path that matters only while another field has a value (Event Streams: the
   * webhook token only with `method: bearer`): a request without it is worth a warning only then.
   */
  readonly writeOnlyWhen?: readonly { readonly path: FieldPath; readonly when: { readonly path: FieldPath; readonly is: unknown } }[];
  /**
   * Objects the API updates key by key (GitHub's `PATCH .../config`): an update carries only the
   * keys that changed, never the rest of the live object (which may hold masked values).
   */
  readonly keyPatchFields?: readonly string[];
  /**
   * The vendor's quota refills continuously (a token bucket, Auth0), so its `reset` is when the
   * bucket is full again rather than when a window ends: the limiter may pace instead of waiting.
   */
  readonly tokenBucket?: boolean;
  /** Fields whose text may span lines (Auth0 script); a line break anywhere else is refused. */
  readonly multilineFields?: readonly string[];
  /** Fields that may name a file beside the YAML instead of holding the text (Auth0 script). */
  readonly fileFields?: readonly { readonly field: string; readonly extension: string }[];
  /**
   * The vendor refuses two hooks with one key (Auth0 names: 409), so a change that takes a key
   * waits for the change that frees it, and a key another hook keeps is refused at plan time.
   */
  readonly uniqueKey?: boolean;
  /**
   * At most one hook per value of `scope` may have `flag` true (Auth0: one enabled hook per
   * trigger). `rule` says so in the vendor's terms, for messages.
   */
  readonly exclusive?: { readonly flag: string; readonly scope: string; readonly rule: string };
  /**
   * At most `limit` hooks per tenant may have `flag` true (Bold Penguin: 10 active
   * subscriptions), and one with `flag` true needs a non-empty `needs` list (an active
   * subscription needs an event). A change past either is refused at plan time, not sent to
   * fail at the vendor.
   */
  readonly quota?: { readonly flag: string; readonly limit: number; readonly needs?: string; readonly rule: string };
  /**
   * A replacement (delete, then create) makes the vendor generate a new signing secret (Stripe's
   * `whsec_…`), so every receiver that verifies signatures breaks until given it: the plan says
   * so, and apply refuses it without --allow-secret-rotation or the hook's own
   * `allowSecretRotation: true`. The text says what happens, in the vendor's words.
   */
  readonly rotatesSecretOnReplace?: string;
  /**
   * The vendor generates the secret a receiver verifies signatures with, when it creates a hook
   * (Stripe's `whsec_…`, Logto's signing key, Nursa's secrets when the file gives none): what it
   * is called, the field whose absence from the file means it is generated (absent: always),
   * whether it is shown only in the create answer, and where it can be read again if not.
   */
  readonly generatedSecret?: { readonly what: string; readonly unlessGiven?: string; readonly shownOnce: boolean; readonly readAgain?: string };
  /**
   * Values of the list `field` the vendor's schema lists but its servers refuse (Logto's
   * TrustedDevice.* events, taken only with dev features on), each with why: validate refuses
   * them offline instead of letting apply meet the vendor's 400.
   */
  readonly refusedValues?: { readonly field: string; readonly values: Readonly<Record<string, string>> };
  /**
   * What the vendor gives a created hook for a field the request leaves out (GitHub: events
   * ["push"]). Never sent: the plan counts it against the limits, as the vendor will.
   */
  readonly createDefaults?: Readonly<Record<string, unknown>>;
  /** At most `limit` hooks per value of the list `field` (GitHub: 20 hooks per event), checked in the file. */
  readonly perValueLimit?: { readonly field: string; readonly limit: number; readonly rule: string };
}

/** The key field as path segments (`config.url` → ['config', 'url']). */
export const keyPath = (spec: ProviderSpec): FieldPath => spec.keyField.split('.');

/** A hook's key as written in its fields, when it has one. */
export function keyIn(spec: ProviderSpec, fields: unknown): string | undefined {
  let v = fields;
  for (const seg of keyPath(spec)) v = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[seg] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Stands for every value of a write-only map, on both sides, so only keys can differ. */
export const WRITE_ONLY = '(write-only)';

/** True when `path` is exactly one of the spec's plain patterns and touches no sensitive one. */
export function isPlainPath(spec: ProviderSpec, path: FieldPath): boolean {
  const matches = (pattern: FieldPath) => pattern.length === path.length && pattern.every((seg, i) => seg === '*' || seg === path[i]);
  return spec.plainPatterns.some(matches) && !isSensitivePath(spec, path);
}

/** True when `path` is, lies under, or contains a sensitive pattern. */
export function isSensitivePath(spec: ProviderSpec, path: FieldPath): boolean {
  return spec.sensitivePatterns.some((pattern) => {
    const n = Math.min(pattern.length, path.length);
    for (let i = 0; i < n; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
    return true;
  });
}
