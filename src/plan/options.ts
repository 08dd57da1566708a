/** What a plan is asked for, beside the file and the live state. */
import type { LiveHook, TargetConfig } from '../core/model.js';
import type { ProviderSpec } from '../core/spec.js';

export interface TargetState {
  readonly target: TargetConfig;
  readonly spec: ProviderSpec;
  readonly live: readonly LiveHook[];
}

export interface PlanOptions {
  /** Delete live hooks the file does not list, in every target (a target may also say `prune: true`). */
  readonly prune?: boolean;
  /** Let a replacement drop write-only values the file does not give (Auth0 secrets); refused otherwise. */
  readonly allowSecretLoss?: boolean;
  /** Let a replacement make the vendor generate a new signing secret (Stripe); refused otherwise. */
  readonly allowSecretRotation?: boolean;
  /** Most deletes per target (a target's own `maxDeletes` wins); more refuses every delete. */
  readonly maxDeletes?: number;
}

/**
 * Deletes one apply may make per target unless told otherwise. A tenant has tens of hooks; more
 * than ten deletes at once is far more often a wrong file, target or template than an intent.
 */
export const DEFAULT_MAX_DELETES = 10;
