/** The plan as a plain value: what will change, field by field, and the exact requests to send. */
import type { WriteOnlyPatches } from '../core/adapter.js';
import type { Fields, FieldPath, ProviderKind } from '../core/model.js';

export interface FieldChange {
  readonly path: FieldPath;
  /** Absent (undefined) when the field is being added. */
  readonly before?: unknown;
  /** Absent (undefined) when the field is being removed. */
  readonly after?: unknown;
  readonly sensitive: boolean;
}

/** Another change of the same target that must be done first, and why (a name or a trigger it frees). */
export interface Need {
  /** Index into the target's `changes`. */
  readonly on: number;
  readonly why: string;
}

/** What every change may carry besides its requests. */
export interface ChangeTerms {
  /** Changes of this target that must succeed before this one is sent. */
  readonly needs?: readonly Need[];
  /** Why this change will not be sent: the plan shows it, apply reports it and sends nothing for it. */
  readonly refused?: string;
  /** What the user must know about a change that will be made. */
  readonly warnings?: readonly string[];
}

export type Change = ChangeTerms &
  (
    | { readonly action: 'create'; readonly key: string; readonly fields: readonly FieldChange[]; readonly body: Fields }
    /** `body` holds the changed fields; `writeOnly` what changes in each write-only map (Auth0 secrets). */
    | { readonly action: 'update'; readonly key: string; readonly id: string; readonly fields: readonly FieldChange[]; readonly body: Fields; readonly writeOnly?: WriteOnlyPatches }
    /**
     * A field the API cannot change differs: delete the live hook, then create it anew. `pinnedAt`
     * is where the file pins the old id, which the new hook will not have.
     */
    | { readonly action: 'replace'; readonly key: string; readonly id: string; readonly fields: readonly FieldChange[]; readonly forcedBy: readonly string[]; readonly body: Fields; readonly pinnedAt?: string }
    | { readonly action: 'delete'; readonly key: string; readonly id: string }
  );

export interface HookRef {
  readonly key: string;
  readonly id: string;
}

export interface TargetPlan {
  readonly target: string;
  readonly provider: ProviderKind;
  readonly changes: readonly Change[];
  readonly unchanged: readonly HookRef[];
  /** Live hooks the file does not list and that will be left alone (no prune). */
  readonly unmanaged: readonly HookRef[];
  /** What the plan cannot see, said per hook (write-only values). */
  readonly notes: readonly { readonly keys: readonly string[]; readonly text: string }[];
  /** The target the file wrote, when this is one repository of its selection. */
  readonly parent?: string;
  /** Managed hooks whose recent deliveries fail, as the vendor's list says (no request more). */
  readonly failing?: readonly FailingHook[];
}

/** A managed hook whose recent deliveries fail: counts and statuses only, never a payload. */
export interface FailingHook {
  readonly key: string;
  readonly id: string;
  /** `last delivery failed: 502`, `12 of 40 deliveries failed in 24 h`. */
  readonly text: string;
}

export interface Plan {
  readonly targets: readonly TargetPlan[];
  /** What each target that selects repositories came to (read at plan time). */
  readonly selections?: readonly PlanSelection[];
}

/** A selecting target's selection: how many places it took, and which it left out and why. */
export interface PlanSelection {
  readonly target: string;
  readonly organization: string;
  readonly of: number;
  readonly selected: number;
  readonly managed: number;
  readonly described: string;
  readonly skipped: readonly { readonly repository: string; readonly why: string }[];
  /** Planned by one job of several (`--shard K/N`): which, and how many selected repositories fell in it. */
  readonly shard?: { readonly shard: string; readonly selected: number };
}

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly replace: number;
  /** Changes the plan shows but will not send (counted in their action as well). */
  readonly refused: number;
  readonly unchanged: number;
  readonly unmanaged: number;
  /** Managed hooks whose recent deliveries fail (not changes: a plan with only these has none). */
  readonly failing: number;
}

export function summarize(plan: Plan): PlanSummary {
  const all = plan.targets.flatMap((t) => t.changes);
  return {
    add: all.filter((c) => c.action === 'create').length,
    change: all.filter((c) => c.action === 'update').length,
    destroy: all.filter((c) => c.action === 'delete').length,
    replace: all.filter((c) => c.action === 'replace').length,
    refused: all.filter((c) => c.refused !== undefined).length,
    unchanged: plan.targets.reduce((n, t) => n + t.unchanged.length, 0),
    unmanaged: plan.targets.reduce((n, t) => n + t.unmanaged.length, 0),
    failing: plan.targets.reduce((n, t) => n + (t.failing?.length ?? 0), 0),
  };
}

export const hasChanges = (plan: Plan): boolean => plan.targets.some((t) => t.changes.length > 0);
