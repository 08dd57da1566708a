/**
 * The saved plan's format and its reader. A saved plan (`plan --out`) is the plan and what it
 * was computed from, so that `apply FILE` applies exactly it or refuses. It holds no secret value: every value that came from a
 * variable, every credential and every secret field is kept only as a salted scrypt hash
 * (deliberately slow, so a plan kept as a CI artifact is no cheap way to guess a secret), and a
 * live hook only as a fingerprint made the same way.
 *
 * Format (documented in the README): `{"hooksync_saved_plan": 1, created, hooksync, config_file,
 * options, salt, config: {path: value | {hash}}, targets: [{target, live: {id: fingerprint}}],
 * plan}`, where `plan` is `plan -f json` of the same plan.
 */
import { HooksyncError } from '../core/errors.js';
import { isPlainObject } from '../core/model.js';

export const SAVED_PLAN_VERSION = 1;

export interface SavedOptions {
  readonly targets: readonly string[];
  readonly prune: boolean;
  readonly allowSecretLoss: boolean;
  readonly allowSecretRotation?: boolean;
  readonly maxDeletes: number;
  /** `--shard K/N` of the plan: apply FILE lists and plans the same shard. */
  readonly shard?: string;
}

export interface SavedPlan {
  readonly hooksync_saved_plan: number;
  readonly created: string;
  readonly hooksync: string;
  readonly config_file: string;
  readonly options: SavedOptions;
  readonly salt: string;
  /** Every leaf of the interpolated file by its path; secret ones as `{hash}`. */
  readonly config: Record<string, unknown>;
  /** Per target, the fingerprint of every live hook the plan touched or matched, by id. */
  readonly targets: readonly { readonly target: string; readonly live: Record<string, string> }[];
  readonly plan: unknown;
}

/** The saved plan in a file, checked for its shape: a truncated, edited or foreign file is an error, never a guess. */
export function readSavedPlan(file: string, text: string): SavedPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not a saved plan: it is not whole JSON (truncated or edited?); make a new one with plan --out; nothing was sent`);
  }
  if (!isPlainObject(value) || !('hooksync_saved_plan' in value)) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is not a hooksync saved plan (plan -f json output is for reading, plan --out makes one to apply); nothing was sent`);
  if (value.hooksync_saved_plan !== SAVED_PLAN_VERSION) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is a saved plan of format ${String(value.hooksync_saved_plan)}; this hooksync applies format ${SAVED_PLAN_VERSION}; make a new one with plan --out; nothing was sent`);
  const ok = typeof value.config_file === 'string' && typeof value.salt === 'string' && isPlainObject(value.config) && Array.isArray(value.targets) && isPlainObject(value.options) && value.plan !== undefined;
  if (!ok) throw new HooksyncError('HOOKSYNC_USAGE', `${file} is a damaged saved plan (a part is missing or of the wrong kind); make a new one with plan --out; nothing was sent`);
  return value as unknown as SavedPlan;
}

