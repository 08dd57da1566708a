/**
 * Machine-readable plan, `format_version` 1, and the one source the human forms render from
 * (text.ts, markdown.ts): they read this value, never the Plan, so the three cannot disagree
 * about what a plan holds, and none of them can show a value this form masks. Sensitive values
 * are replaced by a marker and flagged; request bodies are never included (they hold the
 * secrets the plan masks).
 */
import { MASK } from '../core/redact.js';
import type { ProviderKind } from '../core/model.js';
import type { FieldChange, Plan, PlanSelection, PlanSummary } from '../plan/model.js';
import { hasChanges, summarize } from '../plan/model.js';
import { formatFieldPath } from './values.js';

export const JSON_FORMAT_VERSION = '1';

export interface JsonField {
  readonly path: string;
  readonly path_segments: readonly string[];
  /** Absent when the field is being added; MASK when sensitive. */
  readonly before?: unknown;
  /** Absent when the field is being removed; MASK when sensitive. */
  readonly after?: unknown;
  readonly sensitive: boolean;
}

export interface JsonChange {
  readonly action: 'create' | 'update' | 'replace' | 'delete';
  readonly key: string;
  readonly id?: string;
  readonly fields?: readonly JsonField[];
  readonly forced_by?: readonly string[];
  readonly refused?: string;
  readonly warnings?: readonly string[];
  readonly needs?: readonly { readonly change: number; readonly why: string }[];
}

export interface JsonTarget {
  readonly target: string;
  readonly provider: ProviderKind;
  readonly changes: readonly JsonChange[];
  readonly unchanged: readonly { readonly key: string; readonly id: string }[];
  readonly unmanaged: readonly { readonly key: string; readonly id: string }[];
  readonly notes: readonly { readonly keys: readonly string[]; readonly text: string }[];
  /** The target the file wrote, when this is one repository of its selection. */
  readonly parent?: string;
  /** Managed hooks whose recent deliveries fail, as the vendor's list says. */
  readonly failing?: readonly { readonly key: string; readonly id: string; readonly text: string }[];
}

export interface JsonPlan {
  readonly format_version: string;
  readonly has_changes: boolean;
  readonly summary: PlanSummary;
  /** Targets that select repositories: what each selection came to. */
  readonly selections?: readonly PlanSelection[];
  readonly targets: readonly JsonTarget[];
}

export function planToJson(plan: Plan): JsonPlan {
  return {
    format_version: JSON_FORMAT_VERSION,
    has_changes: hasChanges(plan),
    summary: summarize(plan),
    ...(plan.selections?.length ? { selections: plan.selections } : {}),
    targets: plan.targets.map((t) => ({
      target: t.target,
      provider: t.provider,
      changes: t.changes.map((c) => ({
        action: c.action,
        key: c.key,
        ...(c.action === 'create' ? {} : { id: c.id }),
        ...(c.action === 'delete' ? {} : { fields: c.fields.map(fieldToJson) }),
        ...(c.action === 'replace' ? { forced_by: c.forcedBy } : {}),
        ...(c.refused !== undefined ? { refused: c.refused } : {}),
        ...(c.warnings?.length ? { warnings: c.warnings } : {}),
        ...(c.needs?.length ? { needs: c.needs.map((n) => ({ change: n.on, why: n.why })) } : {}),
      })),
      unchanged: t.unchanged,
      unmanaged: t.unmanaged,
      notes: t.notes,
      ...(t.parent !== undefined ? { parent: t.parent } : {}),
      ...(t.failing?.length ? { failing: t.failing } : {}),
    })),
  };
}

function fieldToJson(f: FieldChange): JsonField {
  const show = (v: unknown) => (f.sensitive ? MASK : v);
  return {
    path: formatFieldPath(f.path),
    path_segments: f.path,
    ...(f.before === undefined ? {} : { before: show(f.before) }),
    ...(f.after === undefined ? {} : { after: show(f.after) }),
    sensitive: f.sensitive,
  };
}

export const renderJson = (plan: Plan): string => `${JSON.stringify(planToJson(plan), null, 2)}\n`;
