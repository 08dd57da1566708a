/**
 * Machine-readable plan, `format_version` 1. Sensitive values are replaced by a marker and
 * flagged; request bodies are never included (they hold the secrets the plan masks).
 */
import { MASK } from '../../redact.js';
import type { FieldChange, Plan } from '../model.js';
import { hasChanges, summarize } from '../model.js';
import { formatFieldPath } from './values.js';

export const JSON_FORMAT_VERSION = '1';

export function planToJson(plan: Plan): object {
  return {
    format_version: JSON_FORMAT_VERSION,
    has_changes: hasChanges(plan),
    summary: summarize(plan),
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
    })),
  };
}

function fieldToJson(f: FieldChange): object {
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
